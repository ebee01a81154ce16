// Benchmark of «Сводка по школам района»: 300 schools' workspace files with 3,000 mentors and 30,000 monitoring
// answers collected (each record read through its tool's check), aggregated into the KPI table, clustered and
// matched into tandems, as the page does after the files are chosen; and the size of what the page keeps.
// The budget is 2 s for the whole chain. Run by `npm run bench -- district-picture`.
import { performance } from 'node:perf_hooks';
import { ms, stats } from './stats.ts';
import { benchFlags } from '../bench-args.ts';
import { districtTable } from '../../src/lib/district-picture/aggregate.ts';
import { clusterSchools, defaultRules } from '../../src/lib/district-picture/clusters.ts';
import { collect } from '../../src/lib/district-picture/collect.ts';
import { emptyPicture } from '../../src/lib/district-picture/storage.ts';
import { matchTandems } from '../../src/lib/district-picture/tandems.ts';
import { testToday, testWorkspaceText } from '../../src/lib/district-picture/test-files.ts';
import { indicators } from '../../src/lib/kpi/test-data.ts';

benchFlags('district-picture', {}); // takes no flags: refuses any, so a typo never passes unnoticed

const schoolCount = 300;
const budgetMs = 2000;

// A third of the schools do poorly, a third well: clusters and tandems have work to do.
const files = Array.from({ length: schoolCount }, (_, i) => ({
  name: `shkola-${i + 1}.json`,
  text: testWorkspaceText({
    shortName: `Школа № ${i + 1}`,
    seed: i + 1,
    mentors: 10,
    mentees: 12,
    answers: 100,
    satisfied: i % 3 === 0 ? 0.3 : i % 3 === 1 ? 0.7 : 1,
    studentMentees: i % 3 === 0 ? 40 : i % 3 === 1 ? 120 : 240,
  }),
}));
const megabytes = (chars: number) => (chars / 1024 / 1024).toFixed(1);
const fileChars = files.reduce((sum, f) => sum + f.text.length, 0);

const settings = { firstYear: '2026', lastYear: '2030', year: '2026', trajectories: {} };
const runs = 5;
const wall: number[] = [];
const parts = { collect: [] as number[], table: [] as number[], clusters: [] as number[], tandems: [] as number[] };
let summary = '';
let kept = 0;
for (let i = 0; i < 1 + runs; i++) {
  const t0 = performance.now();
  const { schools } = collect([], files, {}, [], testToday, '2026');
  const t1 = performance.now();
  const table = districtTable(schools, indicators, settings);
  const t2 = performance.now();
  const clusters = clusterSchools(table.rows, defaultRules);
  const t3 = performance.now();
  const tandems = matchTandems(schools, clusters, 2);
  const t4 = performance.now();
  if (i === 0) {
    const mentors = schools.reduce((sum, s) => sum + s.mentors.length, 0);
    const answers = schools.reduce((sum, s) => sum + s.responses, 0);
    const groups = ['ШНОР', 'ШСОР', 'ШВОР'].map((c) => `${c} ${clusters.filter((r) => r.cluster === c).length}`);
    summary = `школ ${schools.length}, наставников ${mentors}, анкет ${answers}; ${groups.join(', ')}; тандемов ${tandems.tandems.length}`;
    kept = JSON.stringify({ v: 1, data: { ...emptyPicture(testToday), schools } }).length;
    continue; // the first run warms the JIT up
  }
  wall.push(t4 - t0);
  parts.collect.push(t1 - t0);
  parts.table.push(t2 - t1);
  parts.clusters.push(t3 - t2);
  parts.tandems.push(t4 - t3);
}
const w = stats(wall);
console.log(
  `Сводка по школам района: ${files.length} файлов школ (${megabytes(fileChars)} МБ), ${runs} повторов; ${summary}`,
);
console.log(`всё вместе:  медиана ${ms(w.median)} мс, максимум ${ms(w.max)} мс`);
for (const [name, values] of Object.entries(parts)) {
  const s = stats(values);
  console.log(`  ${name.padEnd(9)} медиана ${ms(s.median)} мс, максимум ${ms(s.max)} мс`);
}
console.log(
  `хранится в браузере: ${megabytes(kept)} МБ (итоги по школам, без файлов и ответов; лимит хранилища около 5 МБ)`,
);
console.log(`бюджет: ${budgetMs} мс.`);
if (w.median > budgetMs) {
  console.error(`Медленнее бюджета: медиана ${ms(w.median)} мс > ${budgetMs} мс`);
  process.exitCode = 1;
}
