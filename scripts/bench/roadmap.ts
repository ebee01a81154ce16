// Benchmark of the roadmap builder. Scheduling: a roadmap of 200 rows (every item of every template, over
// and over, so each kind of deadline rule is in it) gets its deadlines for one school year and for four, the
// work calendar built from the holiday data each time, as the page does when the period changes. Budget:
// 10 ms. Export: the same 200 rows as the builder holds them (its state, scheduled as the page does) written
// to a .docx, as the «Word (.docx)» button does. Budget: 1 s.
// Run by `npm run bench` (all benchmarks) or `npm run bench -- roadmap`.
import { performance } from 'node:perf_hooks';
import { ms, stats } from './stats.ts';
import { benchFlags } from '../bench-args.ts';
import { readDataEntries } from '../../src/lib/data-loader.ts';
import { holidayYear, type HolidaysData } from '../../src/schemas/holidays.ts';
import { roadmapTemplate, type RoadmapTemplate } from '../../src/schemas/roadmap.ts';
import { workCalendar } from '../../src/lib/roadmap-builder/calendar.ts';
import { scheduleRule } from '../../src/lib/roadmap-builder/schedule.ts';
import { formatDeadline } from '../../src/lib/roadmap-builder/deadline-format.ts';
import { Packer } from 'docx';
import { newRoadmap, type BuilderState } from '../../src/lib/roadmap-builder/state.ts';
import { builderTable, scheduleState } from '../../src/lib/roadmap-builder/table.ts';
import { builtRoadmapDocument } from '../../src/lib/docx/built-roadmap.ts';

benchFlags('roadmap', {}); // takes no flags: refuses any, so a typo never passes unnoticed

const holidays = readDataEntries('src/content/holidays', holidayYear).map((e) => e.data as unknown as HolidaysData);
const templates = readDataEntries('src/content/roadmaps', roadmapTemplate).map(
  (e) => e.data as unknown as RoadmapTemplate,
);
const pool = templates.flatMap((t) =>
  t.sections.flatMap((s) => s.items.map((item) => ({ rule: item.deadline, period: t.period }))),
);
const rows = 200;
const roadmap = Array.from({ length: rows }, (_, i) => pool[i % pool.length]!);
const scheduleBudgetMs = 10;

function scheduleAll(start: string, end: string): number {
  const calendar = workCalendar(holidays);
  let count = 0;
  for (const { rule, period } of roadmap) {
    for (const deadline of scheduleRule(rule, { start, end, templatePeriod: period, calendar }))
      count += formatDeadline(deadline).length > 0 ? 1 : 0;
  }
  return count;
}

function benchScheduling(label: string, start: string, end: string) {
  const runs = 200;
  const wall: number[] = [];
  let deadlines = 0;
  for (let i = 0; i < 20 + runs; i++) {
    const t0 = performance.now();
    deadlines = scheduleAll(start, end);
    const elapsed = performance.now() - t0;
    if (i >= 20) wall.push(elapsed); // the first runs warm the JIT up
  }
  const w = stats(wall);
  console.log(`Сроки ${rows} строк, ${label} (${deadlines} сроков), ${runs} повторов:`);
  console.log(
    `  медиана ${ms(w.median)} мс, 95-й процентиль ${ms(w.p95)} мс, максимум ${ms(w.max)} мс; бюджет ${scheduleBudgetMs} мс`,
  );
  if (w.median > scheduleBudgetMs) {
    console.error(`  Медленнее бюджета: медиана ${ms(w.median)} мс > ${scheduleBudgetMs} мс`);
    process.exitCode = 1;
  }
}

benchScheduling('2026/2027 учебный год', '2026-09-01', '2027-08-31');
benchScheduling('четыре учебных года', '2026-09-01', '2030-08-31');

/** The builder's own state with 200 items: the school roadmap's sections filled from every template's items. */
function builderState200(): BuilderState {
  const school = templates.find((t) => t.level === 'school')!;
  const state = newRoadmap('bench', school, {
    start: '2026-09-01',
    end: '2027-08-31',
    id: 'bench',
    organisation: 'МБОУ «Средняя школа № 1»',
  });
  const items = templates.flatMap((t) =>
    newRoadmap('t', t, { start: '2026-09-01', end: '2027-08-31', id: 't' }).sections.flatMap((s) => s.items),
  );
  const all = Array.from({ length: rows }, (_, i) => ({ ...items[i % items.length]!, id: `i${i + 1000}` }));
  const perSection = Math.ceil(rows / state.sections.length);
  return {
    ...state,
    sections: state.sections.map((section, i) => ({
      ...section,
      items: all.slice(i * perSection, (i + 1) * perSection),
    })),
  };
}

async function benchExport() {
  const state = builderState200();
  const calendar = workCalendar(holidays);
  const runs = 20;
  const schedule: number[] = [];
  const exportMs: number[] = [];
  let size = 0;
  for (let i = 0; i < 3 + runs; i++) {
    const t0 = performance.now();
    const scheduled = scheduleState(state, calendar);
    const t1 = performance.now();
    const buffer = await Packer.toBuffer(builtRoadmapDocument(state, builderTable(state, scheduled)));
    const t2 = performance.now();
    size = buffer.length;
    if (i < 3) continue;
    schedule.push(t1 - t0);
    exportMs.push(t2 - t1);
  }
  const s = stats(schedule);
  const e = stats(exportMs);
  const rowCount = state.sections.reduce((n, section) => n + section.items.length, 0);
  console.log(`Дорожная карта конструктора: ${rowCount} строк, ${runs} повторов`);
  console.log(
    `  сроки всей карты (как на странице): медиана ${ms(s.median)} мс, максимум ${ms(s.max)} мс; бюджет ${scheduleBudgetMs} мс`,
  );
  console.log(
    `  выгрузка в .docx (${Math.round(size / 1024)} КБ): медиана ${ms(e.median)} мс, максимум ${ms(e.max)} мс; бюджет ${exportBudgetMs} мс`,
  );
  if (s.median > scheduleBudgetMs || e.median > exportBudgetMs) {
    console.error('  Медленнее бюджета');
    process.exitCode = 1;
  }
}

const exportBudgetMs = 1000;
await benchExport();
