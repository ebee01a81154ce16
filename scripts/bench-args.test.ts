import { describe, expect, test } from 'vitest';
import { readBenchFlags, splitBenchArgs } from './bench-args.ts';

const available = ['district', 'kpi', 'monitoring', 'pairs', 'roadmap'];

describe.each([
  { args: [], expected: { names: [], flags: [], unknown: [] } },
  { args: ['district', '--keep'], expected: { names: ['district'], flags: ['--keep'], unknown: [] } },
  { args: ['--keep', 'district'], expected: { names: ['district'], flags: ['--keep'], unknown: [] } },
  { args: ['kpi', 'pairs'], expected: { names: ['kpi', 'pairs'], flags: [], unknown: [] } },
  { args: ['kpii', '--keep'], expected: { names: ['kpii'], flags: ['--keep'], unknown: ['kpii'] } },
])('splitBenchArgs($args)', ({ args, expected }) => {
  test('flags pass through, names must be benchmarks', () => {
    expect(splitBenchArgs(args, available)).toEqual(expected);
  });
});

describe('readBenchFlags', () => {
  const district = { keep: { type: 'boolean', default: false } } as const;

  test.each([
    { args: [], keep: false },
    { args: ['--keep'], keep: true },
  ])('district $args', ({ args, keep }) => {
    expect(readBenchFlags('district', district, args)).toEqual({ values: { keep } });
  });

  test.each([
    {
      name: 'district',
      options: district,
      args: ['--kep'],
      error: 'Бенчмарк district не понимает --kep. Его флаги: --keep.',
    },
    { name: 'kpi', options: {}, args: ['--keep'], error: 'Бенчмарк kpi не понимает --keep. Его флаги: нет.' },
    { name: 'kpi', options: {}, args: ['extra'], error: 'Бенчмарк kpi не понимает extra. Его флаги: нет.' },
  ])('$name refuses $args', ({ name, options, args, error }) => {
    expect(readBenchFlags(name, options, args)).toEqual({ error });
  });
});
