// Benchmark of the KPI calculator's maths: recomputing a district of 300 schools × 6 indicators × 5 years,
// as the page does on every keystroke. Prints the median and the worst of repeated runs; the page needs it
// well under one frame (16 ms). Run by `npm run bench` (all benchmarks) or `npm run bench -- kpi`.
import { performance } from 'node:perf_hooks';
import { ms, stats } from './stats.ts';
import { benchFlags } from '../bench-args.ts';
import { indicator as indicatorSchema } from '../../src/schemas/indicator.ts';
import { readDataEntries } from '../../src/lib/data-loader.ts';
import { kpiIndicators } from '../../src/lib/kpi/indicators.ts';
import { computeKpi } from '../../src/lib/kpi/district.ts';
import { exampleState } from '../../src/lib/kpi/url-state.ts';
import type { KpiState } from '../../src/lib/kpi/types.ts';

benchFlags('kpi', {}); // takes no flags: refuses any, so a typo never passes unnoticed

const indicators = kpiIndicators(
  readDataEntries('src/content/indicators', indicatorSchema).map((e) => indicatorSchema.parse(e.data)),
);
const schools = 300;
const budgetMs = 16;
const base = exampleState('2026-11-20');
const state: KpiState = {
  ...base,
  mode: 'district',
  schools: Array.from({ length: schools }, (_, i) => ({
    name: `Школа № ${i + 1}`,
    counts: {
      students10to18: String(100 + ((i * 37) % 900)),
      students15to18: String(30 + ((i * 13) % 300)),
      youngTeachers: String(1 + (i % 7)),
      partnerOrganisations: String(5 + (i % 4)),
      surveyedMentees: String(20 + (i % 80)),
      surveyedMentors: String(10 + (i % 40)),
    },
  })),
  // One indicator of each kind of trajectory, so every path of the maths is measured.
  trajectories: {
    2: { kind: 'line', from: '2', to: '12,5' },
    5: { kind: 'manual', values: { '2026': '50', '2027': '55', '2028': '60', '2029': '70', '2030': '85' } },
  },
};

const runs = 200;
const wall: number[] = [];
const cpu: number[] = [];
let sink = 0;
for (let i = 0; i < 20 + runs; i++) {
  // A fresh copy each time, as the page recomputes from a new state object after each edit.
  const input: KpiState = { ...state, schools: state.schools.map((s) => ({ ...s, counts: { ...s.counts } })) };
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = computeKpi(input, indicators);
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  sink += result.total.indicators[0]!.years[4]!.people ?? 0;
  if (Object.keys(result.errors).length > 0)
    throw new Error(`Ошибки во входных данных бенчмарка: ${JSON.stringify(result.errors)}`);
  if (i < 20) continue; // the first runs warm the JIT up
  wall.push(elapsed);
  cpu.push((used.user + used.system) / 1000);
}
const w = stats(wall);
const c = stats(cpu);
console.log(
  `Пересчёт района: ${schools} школ × ${indicators.length} показателей × 5 лет, ${runs} повторов (контрольная сумма ${sink})`,
);
console.log(
  `время по часам:      медиана ${ms(w.median)} мс, 95-й процентиль ${ms(w.p95)} мс, максимум ${ms(w.max)} мс`,
);
console.log(
  `время процессора:    медиана ${ms(c.median)} мс, 95-й процентиль ${ms(c.p95)} мс, максимум ${ms(c.max)} мс`,
);
console.log(
  `бюджет: ${budgetMs} мс. Максимум по часам включает паузы, когда система отдавала процессор другим задачам.`,
);
if (w.median > budgetMs) {
  console.error(`Медленнее бюджета: медиана ${ms(w.median)} мс > ${budgetMs} мс`);
  process.exitCode = 1;
}
