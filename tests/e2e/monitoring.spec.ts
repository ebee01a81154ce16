// The monitoring tool as a curator uses it: twenty answer files (good ones, a broken one, a form of another
// kind, a duplicate) and a survey CSV whose columns are mapped by hand; the figures on the page, a changed
// threshold, the .docx report with its charts, and the link into the KPI calculator.
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice } from './office.ts';
import { toXlsx } from '../../src/lib/table-export/xlsx.ts';
import { docxText } from '../../src/lib/docx/read.ts';
import { decodeState } from '../../src/lib/kpi/url-state.ts';
import { loadMonitoredForms } from '../../src/lib/monitoring/test-forms.ts';
import { exportOf, sampleValues, seeded } from '../../src/lib/monitoring/sample-answers.ts';

const path = '/instrumenty/monitoring/';
const forms = loadMonitoredForms();
const random = seeded(7);
const school = 'МБОУ «Школа № 5»';

function answers(formId: string, code: string, stageOption: string, date: string, fixed: Record<string, string>) {
  const form = forms[formId]!;
  return exportOf(form, { ...sampleValues(form, { organisation: school, code, stageOption, date, random }), ...fixed });
}

/** Twenty files, as a curator collects them in a folder. */
function answerFiles() {
  const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
  const add = (name: string, text: string) =>
    files.push({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  // Mentees N1–N5 at the start and at the end: overall 9, 8, 7, 6, 3 at the end; confidence 3→6, 4→6, 5→5, 6→8, 7→9.
  const overall = ['9', '8', '7', '6', '3'];
  const before = ['3', '4', '5', '6', '7'];
  const after = ['6', '6', '5', '8', '9'];
  for (let i = 0; i < 5; i++) {
    add(
      `nastavlyaemyj-${i + 1}-sentyabr.json`,
      answers('anketa-nastavlyaemogo', `N${i + 1}`, 'В начале программы', '2025-09-15', {
        'self-confidence': before[i]!,
      }),
    );
    add(
      `nastavlyaemyj-${i + 1}-maj.json`,
      answers('anketa-nastavlyaemogo', `N${i + 1}`, 'При завершении программы', '2026-05-20', {
        'self-confidence': after[i]!,
        overall: overall[i]!,
      }),
    );
  }
  // Mentors M1–M4 at the end: overall 9, 7, 6, 8.
  ['9', '7', '6', '8'].forEach((value, i) => {
    add(
      `nastavnik-${i + 1}.json`,
      answers('anketa-nastavnika', `M${i + 1}`, 'При завершении программы', '2026-05-21', { overall: value }),
    );
  });
  add('nastavnik-1-kopiya.json', files.find((f) => f.name === 'nastavnik-1.json')!.buffer.toString());
  add(
    'kurator-1.json',
    answers('anketa-kuratora', '', 'II полугодие (май)', '2026-05-25', {
      strengths: 'Пары подобраны по интересам.',
      weaknesses: 'Встречи срывались в конце четверти.',
    }),
  );
  add(
    'kurator-2.json',
    answers('anketa-kuratora', '', 'II полугодие (май)', '2026-05-26', { strengths: 'Наставники прошли обучение.' }),
  );
  add(
    'deficity-1.json',
    answers('anketa-professionalnye-deficity', 'T1', 'В начале учебного года (сентябрь)', '2025-09-20', {}),
  );
  add('slomannyj.json', '{"format": "nastavnik-form", "form": ');
  add(
    'prikaz.json',
    JSON.stringify({
      format: 'nastavnik-form',
      form: 'prikaz-o-zakreplenii-nastavnicheskih-par',
      title: 'Приказ о закреплении наставнических пар',
      values: { organisation: 'Школа' },
    }),
  );
  return files;
}

/** A survey export: mentors M5–M8, overall 10, 5, 8, 7; no stage column, one answer off the scale. */
const surveyCsv = [
  'Отметка времени;Код участника;В целом я удовлетворён(а) участием в программе наставничества;Готовы ли вы быть наставником снова?;Ваш любимый цвет',
  '21.05.2026 10:00:00;M5;10;Да;синий',
  '21.05.2026 10:05:00;M6;5;Скорее нет;',
  '21.05.2026 10:09:00;M7;8;Да;"зелёный;\nи жёлтый"',
  '22.05.2026 11:00:00;M8;7;Скорее да;',
  '22.05.2026 11:30:00;M9;15;Да;',
].join('\r\n');

async function open(page: Page) {
  await page.goto(path);
  const tool = page.getByRole('region', { name: 'Обработка анкет мониторинга' });
  await tool.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return tool;
}

const row = (page: Page, table: string, name: string) =>
  page.getByRole('table', { name: table, exact: true }).getByRole('row').filter({ hasText: name });

test('двадцать файлов ответов и таблица опроса дают показатели, оба этапа, отчёт .docx и ссылку в калькулятор', async ({
  page,
}) => {
  test.setTimeout(120_000); // axe over the full results in two themes takes a while on a loaded machine
  const tool = await open(page);
  await tool.getByLabel('Файлы с ответами').setInputFiles(answerFiles());
  await expect(tool.getByText('Прочитано файлов: 20. Учтено анкет: 17.')).toBeVisible();

  // A message per bad file; the good files are counted.
  const notes = tool.getByRole('region', { name: 'Замечания по файлам' }).or(tool.locator('.mon-notes'));
  await expect(notes.getByText(/Не учтено — slomannyj\.json: Файл не читается/)).toBeVisible();
  await expect(
    notes.getByText(/Не учтено — prikaz\.json: Это «Приказ о закреплении наставнических пар», а не анкета мониторинга/),
  ).toBeVisible();
  await expect(notes.getByText(/nastavnik-1.*Повтор анкеты участника с кодом M1/)).toBeVisible();

  // The survey: the mapping is suggested from the titles; the stage is chosen for the whole table.
  await tool.getByLabel('Файлы с ответами').setInputFiles({
    name: 'opros-nastavnikov.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(surveyCsv)]),
  });
  const mapping = tool.getByRole('group', { name: /Таблица «opros-nastavnikov\.csv»/ });
  await mapping.getByLabel('Какая это анкета').selectOption({ label: 'Анкета наставника' });
  await expect(mapping.getByLabel('Код участника', { exact: true })).toHaveValue('respondent-code');
  await mapping.getByLabel('Отметка времени').selectOption({ label: 'Дата заполнения' });
  await mapping.getByLabel('Когда проводился опрос').selectOption({ label: 'завершение программы' });
  await mapping.getByRole('button', { name: 'Учесть ответы' }).click();
  await expect(tool.getByText('Прочитано файлов: 21. Учтено анкет: 22.')).toBeVisible();
  await expect(
    tool.getByText(
      /opros-nastavnikov\.csv, строка 6: «В целом я удовлетворён\(а\) участием в программе наставничества»: ответ «15» не по шкале 1–10/,
    ),
  ).toBeVisible();

  // Satisfaction: mentees 3 of 5 (60 %), mentors 6 of 8 (75 %) at the threshold of 7.
  await expect(row(page, 'В целом', 'Анкета наставляемого')).toContainText('53 (≥ 7)60');
  await expect(row(page, 'В целом', 'Анкета наставника')).toContainText('86 (≥ 7)75');
  await expect(page.getByRole('figure').filter({ hasText: 'Доля удовлетворённых' }).locator('canvas')).toBeVisible();

  // The working tool, with its tables, charts and messages, passes axe in both themes.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = new AxeBuilder({ page })
      .include('.mon')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']);
    const { violations } = await axe.analyze();
    expect(
      violations.map((v) => `${colorScheme} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
    ).toEqual([]);
  }

  // A lower threshold counts the mentee who gave 6.
  await tool.getByLabel(/«Анкета наставляемого»: удовлетворён/).fill('6');
  await expect(row(page, 'В целом', 'Анкета наставляемого')).toContainText('54 (≥ 6)80');

  // Stage 2: confidence 5 → 6,8 over five pairs, four grew, none fell.
  await expect(row(page, 'Анкета наставляемого', 'Я уверен(а) в своих силах')).toContainText('556,8+1,84 / 0');
  // Stage 1 collects the curators' conclusions.
  await expect(tool.getByText('Пары подобраны по интересам.')).toBeVisible();

  await tool.getByLabel(/Организация или муниципалитет/).fill(school);
  const report = await download(page, 'Скачать отчёт (.docx)');
  const text = docxText(report.bytes);
  for (const expected of [
    'Отчёт о мониторинге программы наставничества',
    school,
    'Период: 2025/2026 учебный год',
    'Анкета наставляемого',
    'Встречи срывались в конце четверти.',
    'Я уверен(а) в своих силах',
    'Рисунок: Доля удовлетворённых',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).toMatch(/Анкета наставника\s*8\s*6 \(от 7\)\s*75/);
  const media = Object.keys(unzipSync(report.bytes)).filter((name) => name.startsWith('word/media/'));
  expect(media.length).toBeGreaterThanOrEqual(3);
  // The report, pictures and all, opens in LibreOffice.
  const [pdf] = openInLibreOffice([report]);
  expect(pdf!.text).toContain('Отчёт о мониторинге программы наставничества');
  expect(pdf!.pages).toBeGreaterThan(1);

  // The KPI link carries the surveyed and satisfied counts for 2025/2026.
  const link = tool.getByRole('link', { name: 'Открыть в калькуляторе показателей' });
  const href = (await link.getAttribute('href'))!;
  const state = decodeState(href.split('#kpi=')[1]!)!;
  expect(state).toMatchObject({
    monitoring: true,
    mode: 'school',
    organisation: school,
    actuals: { 5: { '2025': '4' }, 6: { '2025': '6' } },
  });
  // Indicators 5–6 are shares of all mentees and mentors of the programmes: the link leaves that number to the
  // school and says so, rather than take the respondents (or the worked example) for it.
  expect(state.schools[0]!.counts).toMatchObject({ surveyedMentees: '', surveyedMentors: '' });
  await expect(tool.getByText('Наставляемые: в калькуляторе не указано, сколько их всего в программах.')).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/kalkulyator-pokazateley\/#kpi=/);
  await page.locator('[data-kpi]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-kpi]')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByText('Данные взяты из ссылки.')).toBeVisible();
  await expect(page.getByLabel(/Все наставляемые программ наставничества/).first()).toHaveValue('');
});

test('таблица не того формата и пустой файл называют причину, остальное работает', async ({ page }) => {
  const tool = await open(page);
  await tool.getByLabel('Файлы с ответами').setInputFiles([
    {
      name: 'otvety.xlsx',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    },
    { name: 'pustoj.csv', mimeType: 'text/csv', buffer: Buffer.from('') },
    {
      name: 'ok.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        answers('anketa-nastavnika', 'M1', 'При завершении программы', '2026-05-21', { overall: '9' }),
      ),
    },
  ]);
  await expect(tool.getByText('Прочитано файлов: 3. Учтено анкет: 1.')).toBeVisible();
  await expect(tool.getByText(/otvety\.xlsx: Это файл старого формата Excel \(\.xls\)/)).toBeVisible();
  await expect(tool.getByText(/pustoj\.csv: Файл пуст\./)).toBeVisible();
  await expect(row(page, 'В целом', 'Анкета наставника')).toContainText('11 (≥ 7)100');
});

test('таблица опроса в .xlsx читается так же, как .csv', async ({ page }) => {
  const tool = await open(page);
  // The same survey as the CSV above, saved as a workbook (our own writer makes the .xlsx Excel would).
  const rows = surveyCsv.split('\r\n').map((line) => line.split(';'));
  const workbook = toXlsx(rows.slice(0, 5), 'Ответы');
  await tool.getByLabel('Файлы с ответами').setInputFiles({
    name: 'opros.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook),
  });
  const mapping = tool.getByRole('group', { name: /Таблица «opros\.xlsx»/ });
  await mapping.getByLabel('Какая это анкета').selectOption({ label: 'Анкета наставника' });
  await expect(mapping.getByLabel('Код участника', { exact: true })).toHaveValue('respondent-code');
  await mapping.getByLabel('Когда проводился опрос').selectOption({ label: 'завершение программы' });
  await mapping.getByRole('button', { name: 'Учесть ответы' }).click();
  // Mentors M5–M8 gave 10, 5, 8, 7: three of four are satisfied at the threshold of 7.
  await expect(row(page, 'В целом', 'Анкета наставника')).toContainText('43 (≥ 7)75');
});

test('три тысячи файлов читаются с ходом чтения «Прочитано N из M файлов», и чтение можно отменить', async ({
  page,
}) => {
  const tool = await open(page);
  const text = answers('anketa-nastavlyaemogo', 'N1', 'В начале программы', '2025-09-15', {});
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      name: `otvet-${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(text.replace('"N1"', `"N${i + 1}"`)),
    }));
  const status = tool.getByRole('status').filter({ hasText: /Прочитано|Чтение отменено|Прочитано файлов/ });

  // Cancelled at once: nothing of those files is kept.
  await tool.getByLabel('Файлы с ответами').setInputFiles(many(3000));
  await tool.getByRole('button', { name: 'Отменить чтение' }).click();
  await expect(status).toHaveText(/^Чтение отменено: из выбранных файлов ничего не добавлено/);
  await expect(tool.getByLabel('Файлы с ответами')).toBeEnabled();

  // Read to the end: the progress names the count, then the summary counts every file.
  await tool.getByLabel('Файлы с ответами').setInputFiles(many(3000));
  await expect(status).toHaveText(/Прочитано \d+ из 3000 файлов…|Прочитано файлов: 3000/);
  await expect(status).toHaveText('Прочитано файлов: 3000. Учтено анкет: 3000.', { timeout: 30_000 });
});

test('без Web Worker (старый браузер) файлы читаются и считаются на самой странице, с теми же цифрами', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as { Worker?: unknown }).Worker;
  });
  const tool = await open(page);
  await tool.getByLabel('Файлы с ответами').setInputFiles(answerFiles());
  await expect(tool.getByText('Прочитано файлов: 20. Учтено анкет: 17.')).toBeVisible();
  await expect(row(page, 'В целом', 'Анкета наставляемого')).toContainText('53 (≥ 7)60');
  await expect(row(page, 'В целом', 'Анкета наставника')).toContainText('43 (≥ 7)75');
  await expect(row(page, 'Анкета наставляемого', 'Я уверен(а) в своих силах')).toContainText('556,8+1,84 / 0');
});
