// Runs every benchmark in scripts/bench/ (or those named: `npm run bench -- kpi roadmap`), one process each,
// one after another so they do not compete for the processor. Fails if any benchmark misses its budget.
// Flags go through to each benchmark run (`npm run bench -- district --keep`); one it does not know stops it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { splitBenchArgs } from './bench-args.ts';

const all = readdirSync('scripts/bench')
  // stats.ts and browser-site.ts are shared helpers, not benchmarks.
  .filter((file) => file.endsWith('.ts') && !['stats.ts', 'browser-site.ts'].includes(file))
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();
const { names, flags, unknown } = splitBenchArgs(process.argv.slice(2), all);
if (unknown.length > 0) {
  console.error(`Нет таких бенчмарков: ${unknown.join(', ')}. Есть: ${all.join(', ')}`);
  process.exit(1);
}
let failed = 0;
for (const name of names.length > 0 ? names : all) {
  console.log(`\n== ${name} ==`);
  const run = spawnSync(process.execPath, [`scripts/bench/${name}.ts`, ...flags], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
