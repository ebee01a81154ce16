// A spreadsheet of counts from schools that use neither the workspace nor the site's questionnaires: one school a
// row, columns found by their names (the first row), so a district's own Word-table-turned-Excel reads as it is.
import type { Population } from '../kpi/types.ts';
import { emptySummary } from './summary.ts';
import type { FileMessage, SchoolSummary } from './types.ts';

type Column =
  | { kind: 'name' }
  | { kind: 'count'; population: Population }
  | { kind: 'actual'; order: number }
  | { kind: 'satisfied'; who: 'mentees' | 'mentors' };

/** Column names people write, tested in order on the lowercased header: the first match wins. */
const columns: { test: RegExp; column: Column }[] = [
  { test: /^(наименование|название|организация|школа|оо|образовательная организация)(\s|$)/, column: { kind: 'name' } },
  {
    test: /анкет.*наставляем|наставляем.*анкет|опрош.*наставляем/,
    column: { kind: 'count', population: 'surveyedMentees' },
  },
  {
    test: /анкет.*наставник|наставник.*анкет|опрош.*наставник/,
    column: { kind: 'count', population: 'surveyedMentors' },
  },
  { test: /наставляем.*10|10.*наставляем/, column: { kind: 'actual', order: 1 } },
  { test: /наставник.*15|15.*наставник/, column: { kind: 'actual', order: 2 } },
  { test: /наставляем.*молод|молод.*наставляем/, column: { kind: 'actual', order: 3 } },
  { test: /партн.*наставник|предприят/, column: { kind: 'actual', order: 4 } },
  { test: /10.{0,3}18/, column: { kind: 'count', population: 'students10to18' } },
  { test: /15.{0,3}18/, column: { kind: 'count', population: 'students15to18' } },
  { test: /молод/, column: { kind: 'count', population: 'youngTeachers' } },
  { test: /партн/, column: { kind: 'count', population: 'partnerOrganisations' } },
];

const notCountsTable =
  'Это не таблица численности школ: в первой строке нужны названия столбцов, среди них «Организация» ' +
  'и хотя бы один счёт, например «Обучающихся 10–18 лет». Образец столбцов — на странице под выбором файлов.';

function columnOf(header: string): Column | null {
  const h = header.toLowerCase().replace(/ё/g, 'е');
  if (/довольн|удовлетвор/.test(h)) return { kind: 'satisfied', who: /наставник/.test(h) ? 'mentors' : 'mentees' };
  return columns.find((c) => c.test.test(h))?.column ?? null;
}

/** Schools of a counts table, the year's actuals under `year`; each bad row or cell is named. */
export function summariesFromCounts(
  file: string,
  rows: string[][],
  year: string,
): { summaries: SchoolSummary[]; messages: FileMessage[] } {
  const messages: FileMessage[] = [];
  const header = rows[0] ?? [];
  const found = header.map(columnOf);
  const nameAt = found.findIndex((c) => c?.kind === 'name');
  if (nameAt < 0 || found.filter(Boolean).length < 2)
    return {
      summaries: [],
      messages: [{ file, level: 'error', text: notCountsTable }],
    };
  const summaries: SchoolSummary[] = [];
  rows.slice(1).forEach((row, r) => {
    const name = (row[nameAt] ?? '').trim();
    if (!name) return;
    const summary = emptySummary(name, file, 'counts');
    const satisfied: { mentees?: number; mentors?: number } = {};
    found.forEach((column, c) => {
      if (!column || column.kind === 'name') return;
      const text = (row[c] ?? '').replace(/\s/g, '');
      if (!text) return;
      if (!/^\d+$/.test(text)) {
        messages.push({
          file,
          level: 'warning',
          text: `Строка ${r + 2} («${name}»), столбец «${header[c]}»: «${row[c]}» — не целое число, не посчитано.`,
        });
        return;
      }
      const n = Number(text);
      if (column.kind === 'count') summary.counts[column.population] = n;
      else if (column.kind === 'actual') summary.kpiActuals[String(column.order)] = { [year]: n };
      else satisfied[column.who] = n;
    });
    const pair = (answered: number | undefined, s: number | undefined) =>
      answered !== undefined && s !== undefined && s <= answered ? { answered, satisfied: s } : null;
    summary.mentees = pair(summary.counts.surveyedMentees, satisfied.mentees);
    summary.mentorsSatisfied = pair(summary.counts.surveyedMentors, satisfied.mentors);
    summaries.push(summary);
  });
  return { summaries, messages };
}
