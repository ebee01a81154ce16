// Shared by the benchmarks: median, 95th percentile and maximum of repeated timings, and their printing.
export function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

export const ms = (value: number) => value.toFixed(2);
