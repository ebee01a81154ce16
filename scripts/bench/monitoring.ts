// Benchmark of the monitoring tool: 5,000 filled questionnaires processed end to end — as 5,000 form-filler
// JSON files (parsed, checked, duplicates dropped, analysed overall, by school and by form), and as one
// survey CSV of 5,000 rows (decoded and split by the shared reader, mapped, analysed). Budget: under 1 s each.
// Run by `npm run bench` (all benchmarks) or `npm run bench -- monitoring`.
import { performance } from 'node:perf_hooks';
import { ms, stats } from './stats.ts';
import { benchFlags } from '../bench-args.ts';
import { loadMonitoredForms } from '../../src/lib/monitoring/test-forms.ts';
import { exportOf, sampleValues, seeded } from '../../src/lib/monitoring/sample-answers.ts';
import { readJsonFile } from '../../src/lib/monitoring/json-files.ts';
import { combine } from '../../src/lib/monitoring/pipeline.ts';
import { analyse } from '../../src/lib/monitoring/analyse.ts';
import { readSurveyRows, suggestMapping } from '../../src/lib/monitoring/survey.ts';
import { readSpreadsheet } from '../../src/lib/import/index.ts';

benchFlags('monitoring', {}); // takes no flags: refuses any, so a typo never passes unnoticed

const forms = loadMonitoredForms();
const list = Object.values(forms);
const count = 5000;
const budgetMs = 1000;
const random = seeded(42);
const mentee = forms['anketa-nastavlyaemogo']!;
const mentor = forms['anketa-nastavnika']!;

// 5,000 files: mentees and mentors of 20 schools, half at the start and half at the end of the programme.
const files = Array.from({ length: count }, (_, i) => {
  const form = i % 3 === 0 ? mentor : mentee;
  const stageOption = i % 2 === 0 ? 'В начале программы' : 'При завершении программы';
  const values = sampleValues(form, {
    organisation: `Школа № ${(i % 20) + 1}`,
    code: `К-${Math.floor(i / 2)}`,
    stageOption,
    date: i % 2 === 0 ? '2025-09-15' : '2026-05-20',
    random,
  });
  return { name: `otvet-${i + 1}.json`, text: exportOf(form, values) };
});

// The same mentee answers as one survey table, columns titled by the questions.
const header = mentee.fields.map((f) => f.label);
const cell = (v: unknown) => {
  const text = Array.isArray(v) ? v.join(', ') : String(v ?? '');
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvRows = Array.from({ length: count }, (_, i) => {
  const values = sampleValues(mentee, {
    organisation: `Школа № ${(i % 20) + 1}`,
    code: `К-${Math.floor(i / 2)}`,
    stageOption: i % 2 === 0 ? 'В начале программы' : 'При завершении программы',
    date: '2026-05-20',
    random,
  });
  return mentee.fields.map((f) => cell(values[f.id])).join(';');
});
const csv = new TextEncoder().encode([header.map(cell).join(';'), ...csvRows].join('\r\n'));

const settings = { thresholds: {}, stage: 'all' as const };
function processJson() {
  const batch = combine(files.map((f) => readJsonFile(f.name, f.text, forms)));
  return analyse(batch.responses, list, settings);
}
async function processCsv() {
  const sheet = await readSpreadsheet(csv);
  const mapping = suggestMapping(mentee, sheet.rows[0]!);
  const batch = combine([readSurveyRows(mentee, 'opros.csv', sheet.rows, mapping)]);
  return analyse(batch.responses, list, settings);
}

let failed = false;
for (const [name, run] of [
  ['файлы анкет (.json)', processJson],
  ['таблица опроса (.csv)', processCsv],
] as const) {
  const wall: number[] = [];
  let responses = 0;
  for (let i = 0; i < 13; i++) {
    const start = performance.now();
    const result = await run();
    if (i >= 3) wall.push(performance.now() - start);
    responses = result.overall.responses;
  }
  const s = stats(wall);
  const ok = s.max < budgetMs;
  failed ||= !ok;
  console.log(
    `${name}: ${responses} ответов, 10 повторов: медиана ${ms(s.median)} мс, максимум ${ms(s.max)} мс; бюджет ${budgetMs} мс${ok ? '' : ' — МЕДЛЕННЕЕ БЮДЖЕТА'}`,
  );
}
process.exitCode = failed ? 1 : 0;
