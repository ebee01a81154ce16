// The roadmap builder as a curator uses it: a roadmap from every template for 2026/2027 with every export
// checked inside; editing in place with undo; the roadmap kept across a reload, in a link and in a file;
// a pair's plan from the pairs tool's link; and bad input refused with the previous state kept.
import ICAL from 'ical.js';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice, type Downloaded } from './office.ts';
import { docxText } from '../../src/lib/docx/read.ts';
import { newPlanHash } from '../../src/lib/roadmap-builder/link.ts';
import { decodeShare } from '../../src/lib/roadmap-builder/persist.ts';

const path = '/instrumenty/konstruktor-dorozhnoy-karty/';
const organisation = 'МБОУ «Средняя школа № 12»';

async function open(page: Page, url = path) {
  await page.goto(url);
  const island = page.locator('[data-roadmap-builder]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', 'true');
}

const table = (page: Page) => page.getByRole('region', { name: 'Дорожная карта' }).getByRole('table');
const row = (page: Page, n: string) =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: String(n), exact: true }) });
const dates = (text: string) =>
  [...text.matchAll(/\b(\d{2})\.(\d{2})\.(\d{4})\b/g)].map((m) => `${m[3]}-${m[2]}-${m[1]}`);
/** The text of the «Срок» column (activities may quote acts with their own dates). */
const deadlineColumn = async (page: Page) =>
  (
    await table(page)
      .locator('tbody tr:not(.rb-section) td:nth-child(3) .rb-deadline')
      .evaluateAll((spans) => spans.map((span) => span.firstChild?.textContent ?? ''))
  ).join('\n');
/** The texts of one column of the spreadsheet, by its letter. */
const sheetColumn = (xml: string, column: string) =>
  [...xml.matchAll(new RegExp(`<c r="${column}\\d+"[^>]*><is><t[^>]*>([^<]*)</t>`, 'g'))].map((m) => m[1]!).join('\n');

const templates = [
  { id: 'shkolnaya-dorozhnaya-karta', start: '2026-09-01', end: '2027-08-31' },
  { id: 'municipalnaya-dorozhnaya-karta', start: '2026-09-01', end: '2027-08-31' },
  { id: 'municipalnaya-dvuhurovnevaya', start: '2026-09-01', end: '2027-08-31' },
  { id: 'plan-shkoly-nastavnichestva', start: '2026-09-01', end: '2028-08-31' },
  { id: 'individualnyj-plan-molodogo-pedagoga', start: '2026-09-01', end: '2027-08-31' },
  { id: 'vstrechi-nastavnicheskoj-pary', start: '2026-10-15', end: '2027-06-30' },
  { id: 'dorozhnaya-karta-detskogo-sada', start: '2026-09-01', end: '2027-08-31' },
  { id: 'dorozhnaya-karta-kolledzha', start: '2026-09-01', end: '2027-08-31' },
];

test('a roadmap from every template: .docx, .xlsx, .csv and .ics carry the organisation and dates within the period', async ({
  page,
}) => {
  test.slow();
  await open(page);
  const documents: Downloaded[] = [];
  for (const { id, start, end } of templates) {
    await page.getByLabel('С какого шаблона начать').selectOption(id);
    await page.getByRole('button', { name: 'Создать по шаблону' }).click();
    await page.getByLabel('Название организации (обязательно)').fill(organisation);
    await page.getByLabel('Начало периода').fill(start);
    await page.getByLabel('Окончание периода').fill(end);
    await expect(page.getByText(/^МБОУ «Средняя школа № 12», на /)).toBeVisible();

    const onPage = dates(await deadlineColumn(page));
    expect(onPage.length, id).toBeGreaterThan(0);
    for (const day of onPage) expect(day >= start && day <= end, `${id}: ${day} вне ${start} – ${end}`).toBe(true);

    const docx = await download(page, 'Word (.docx)');
    expect(docx.name).toMatch(/\.docx$/);
    const text = docxText(docx.bytes);
    expect(text).toMatch(/УТВЕРЖДЕНА|УТВЕРЖДАЮ/);
    expect(text).toContain(organisation);
    for (const day of new Set(onPage)) expect(text, `${id} .docx`).toContain(day.split('-').reverse().join('.'));
    documents.push(docx);

    const xlsx = await download(page, 'Excel (.xlsx)');
    const sheet = strFromU8(unzipSync(xlsx.bytes)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('Мероприятие');
    const sheetDates = dates(`${sheetColumn(sheet, 'E')}\n${sheetColumn(sheet, 'F')}`);
    expect(sheetDates.length).toBeGreaterThan(0);
    for (const day of sheetDates) expect(day >= start && day <= end, `${id} .xlsx: ${day}`).toBe(true);

    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode((await download(page, 'Таблица (.csv)')).bytes);
    expect(csv.startsWith('\ufeffРаздел;№ п/п;Мероприятие;Срок;Начало;Окончание')).toBe(true);
    const csvRows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' })
      .data.slice(1)
      .filter((r) => r.length > 5);
    for (const day of dates(csvRows.map((r) => `${r[4]}\n${r[5]}`).join('\n')))
      expect(day >= start && day <= end, `${id} .csv: ${day}`).toBe(true);

    const ics = new TextDecoder().decode((await download(page, 'В календарь (.ics)')).bytes);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.length, id).toBeGreaterThan(0);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${organisation}: дорожная карта`);
    for (const event of events) {
      const first = String(event.getFirstPropertyValue('dtstart'));
      expect(first >= start && first <= end, `${id} .ics: ${first}`).toBe(true);
      expect(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D');
    }
  }
  // Every .docx opens in LibreOffice: one start of it for all of them.
  for (const [index, pdf] of openInLibreOffice(documents).entries()) {
    expect(pdf.text, templates[index]!.id).toContain(organisation);
    expect(pdf.pages).toBeGreaterThan(0);
  }
});

test('a curator builds, edits and exports the 2026/2027 roadmap; it survives a reload and travels in a link', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await open(page);
  await page.getByLabel('С какого шаблона начать').selectOption('shkolnaya-dorozhnaya-karta');
  await page.getByRole('button', { name: 'Создать по шаблону' }).click();
  await page.getByLabel('Название организации (обязательно)').fill(organisation);
  await page.getByLabel('Руководитель (ФИО)').fill('Соколова Е. В.');
  await page.getByLabel('Дата приказа об утверждении').fill('2026-08-28');
  await page.getByLabel('Номер приказа').fill('115-о');
  await page.getByRole('button', { name: '2026/2027' }).click();
  await page.getByLabel('Куратор внедрения ЦМН').fill('Петрова А. А.');
  await expect(row(page, '1.1')).toContainText('до\u00a001.10.2026');

  // Rename the first section, change item 1, move it down, remove item 3 and bring it back.
  await page.getByRole('button', { name: /^Переименовать раздел «Нормативное/ }).click();
  await page.getByLabel('Название раздела').fill('Документы школы');
  await page.getByRole('button', { name: 'Готово' }).click();
  await page.getByRole('button', { name: 'Изменить пункт 1.1', exact: true }).click();
  await page.getByLabel('Мероприятие', { exact: true }).fill('Приказ о назначении куратора');
  await page.getByLabel('дата', { exact: true }).check();
  await page.getByLabel('Дата', { exact: true }).fill('2026-09-14');
  await page.getByLabel('Ответственный (исполнитель)', { exact: true }).fill('Директор, Куратор внедрения ЦМН');
  await page.getByLabel('Ответственный (исполнитель)', { exact: true }).blur();
  await page.getByRole('button', { name: 'Ниже' }).click();
  await page.getByRole('button', { name: 'Готово' }).click();
  await expect(row(page, '1.2')).toContainText('Приказ о назначении куратора');
  await expect(row(page, '1.2')).toContainText('до\u00a014.09.2026');
  await expect(row(page, '1.2')).toContainText('Куратор внедрения ЦМН (Петрова А. А.)');
  const activity = async (n: string) => (await row(page, n).getByRole('cell').nth(1).innerText()).split('\n')[0]!;
  const [third, fourth] = [await activity('1.3'), await activity('1.4')];
  const count = await table(page).locator('tbody tr:not(.rb-section)').count();
  await page.getByRole('button', { name: 'Изменить пункт 1.3', exact: true }).click();
  await page.getByRole('button', { name: 'Удалить пункт 1.3', exact: true }).click();
  await expect(page.getByText('Пункт 1.3 удалён.')).toBeVisible();
  // The numbers after it close up at once (no 1.2, 1.4 gap): the old 1.4 is 1.3 now.
  await expect(row(page, '1.3')).toContainText(fourth);
  await expect(table(page)).not.toContainText(third);
  await expect(table(page).locator('tbody tr:not(.rb-section)')).toHaveCount(count - 1);
  await page.getByRole('button', { name: 'Вернуть' }).click();
  // «Вернуть» puts the row back with its number, and the others get theirs back.
  await expect(row(page, '1.3')).toContainText(third);
  await expect(row(page, '1.4')).toContainText(fourth);

  // Only the curator's tasks, then the timeline.
  await page.getByLabel('Показать задачи').selectOption('Петрова А. А.');
  await expect(table(page)).toContainText('Приказ о назначении куратора');
  await expect(table(page)).not.toContainText('Согласование дорожной карты');
  await page.getByRole('button', { name: 'График' }).click();
  await expect(page.getByRole('figure')).toContainText('Приказ о назначении куратора — до\u00a014.09.2026');
  await page.getByRole('button', { name: 'Таблица', exact: true }).click();
  await page.getByLabel('Показать задачи').selectOption('');

  // The Word document has the approval block and the edits.
  const docx = docxText((await download(page, 'Word (.docx)')).bytes);
  for (const fragment of [
    'УТВЕРЖДЕНА',
    `приказом директора ${organisation}`,
    'от 28.08.2026 № 115-о',
    'на 2026/2027 учебный год',
    'Документы школы',
    'Приказ о назначении куратора',
    'Руководитель организации',
  ])
    expect(docx).toContain(fragment);

  // A reload opens the same roadmap.
  await page.reload();
  await open(page, page.url());
  await expect(page.getByRole('status').filter({ hasText: 'составляли в этом браузере' })).toBeVisible();
  await expect(row(page, '1.2')).toContainText('Приказ о назначении куратора');
  await expect(page.getByLabel('Название организации (обязательно)')).toHaveValue(organisation);

  // By default the link carries the roles, not the names; asked to, it opens the whole roadmap in another browser.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Скопировать ссылку' }).click();
  await expect(page.getByText('Ссылка скопирована.')).toBeVisible();
  const nameless = await decodeShare((await page.evaluate(() => navigator.clipboard.readText())).split('#r=')[1]!);
  if (!('state' in nameless)) throw new Error(nameless.error);
  expect(JSON.stringify(nameless.state)).not.toMatch(/Петрова|Средняя школа № 12/);
  expect(nameless.state.people.map((person) => person.role)).toContain('Куратор внедрения ЦМН');
  await page.getByRole('checkbox', { name: 'Включить имена в ссылку' }).check();
  await page.getByRole('button', { name: 'Скопировать ссылку' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#r=');
  const other = await browser.newContext({ baseURL: baseURL! });
  const second = await other.newPage();
  await open(second, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(second.getByRole('status').filter({ hasText: 'открыта из ссылки' })).toBeVisible();
  await expect(row(second, '1.2')).toContainText('Приказ о назначении куратора');
  await expect(row(second, '1.2')).toContainText('Куратор внедрения ЦМН (Петрова А. А.)');
  expect(second.url()).not.toContain('#r=');
  await other.close();
});

test('the JSON file re-opens the roadmap; a foreign or broken file is refused and nothing changes', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Название организации (обязательно)').fill(organisation);
  const saved = await download(page, 'Сохранить файл (.json)');
  expect(JSON.parse(new TextDecoder().decode(saved.bytes)).format).toBe('nastavnik-roadmap');
  await page.getByLabel('Название организации (обязательно)').fill('Другая школа');

  const chooser = page.getByLabel('Открыть файл (.json)');
  await chooser.setInputFiles({
    name: 'anketa.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'nastavnik-form', title: 'Анкета наставника', values: {} })),
  });
  await expect(page.getByText('Это файл заполненной формы «Анкета наставника», а не дорожной карты.')).toBeVisible();
  await chooser.setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: Buffer.from('\u0089PNG') });
  await expect(page.getByText(/Файл не открывается: это не JSON/)).toBeVisible();
  await chooser.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { start: '2026-02-30' } })),
  });
  await expect(page.getByText(/Данные дорожной карты не читаются/)).toBeVisible();
  await expect(page.getByLabel('Название организации (обязательно)')).toHaveValue('Другая школа');

  await chooser.setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: Buffer.from(saved.bytes) });
  await expect(page.getByText(`Открыт файл «${saved.name}».`)).toBeVisible();
  await expect(page.getByLabel('Название организации (обязательно)')).toHaveValue(organisation);
});

test('bad input: the period ending before it starts and a missing organisation are explained, the roadmap is kept', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('С какого шаблона начать').selectOption('shkolnaya-dorozhnaya-karta');
  await page.getByRole('button', { name: 'Создать по шаблону' }).click();
  await page.getByRole('button', { name: '2026/2027' }).click();
  await expect(row(page, '1.1')).toContainText('до\u00a001.10.2026');

  await page.getByLabel('Окончание периода').fill('2026-06-30');
  await expect(page.getByText('Период заканчивается раньше, чем начинается: проверьте даты.')).toBeVisible();
  await expect(page.getByLabel('Окончание периода')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('Пока даты не исправлены, сроки рассчитаны на прежний период: 01.09.2026 – 31.08.2027.'),
  ).toBeVisible();
  await expect(row(page, '1.1')).toContainText('до\u00a001.10.2026');

  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByLabel('Название организации (обязательно)').fill('');
  await page.getByRole('button', { name: 'Word (.docx)' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Чтобы скачать дорожную карту, исправьте:' });
  await expect(summary).toBeVisible();
  await summary.getByRole('link', { name: /Укажите название организации/ }).click();
  await expect(page.getByLabel('Название организации (обязательно)')).toBeFocused();
  expect(downloaded).toBe(false);

  // A date outside the period is refused at the row.
  await page.getByLabel('Окончание периода').fill('2027-08-31');
  await page.getByRole('button', { name: 'Изменить пункт 1.2', exact: true }).click();
  await page.getByLabel('дата', { exact: true }).check();
  await page.getByLabel('Дата', { exact: true }).fill('2025-05-20');
  await expect(
    page.getByText('Дата вне периода дорожной карты (01.09.2026 – 31.08.2027). Срок не изменён.'),
  ).toBeVisible();
  await expect(row(page, '1.2')).toContainText('до\u00a001.10.2026');
});

test('a corrupted autosave gives a message and a fresh roadmap, and a pair link opens the pair’s plan', async ({
  page,
}) => {
  await page.goto(path);
  await page.evaluate(() => {
    localStorage.setItem('nastavnik:roadmap:current', 'x1');
    localStorage.setItem('nastavnik:roadmap:x1', '{"version":1,');
  });
  await open(page);
  await expect(
    page.getByRole('status').filter({
      hasText: 'повреждено и не читается (запись оборвана или испорчена), поэтому открыта новая дорожная карта',
    }),
  ).toBeVisible();
  await expect(row(page, '1.1')).toBeVisible();
  await page.getByLabel('Название организации (обязательно)').fill('Школа, которая была до ссылки');

  await page.goto('about:blank');
  await open(
    page,
    `${path}${newPlanHash({ template: 'vstrechi-nastavnicheskoj-pary', start: '2026-10-15', organisation, mentor: 'Орлова Н. В.', mentee: 'Код 17' })}`,
  );
  await expect(page.getByRole('status').filter({ hasText: 'план наставнической пары' })).toBeVisible();
  await expect(page.getByLabel('Начало периода')).toHaveValue('2026-10-15');
  await expect(page.getByLabel('Наставник', { exact: true })).toHaveValue('Орлова Н. В.');
  await expect(page.getByLabel('Наставляемый', { exact: true })).toHaveValue('Код 17');
  await expect(table(page)).toContainText('Наставник (Орлова Н. В.)');
  expect(new URL(page.url()).hash).toBe('');
  // Both roadmaps are kept in this browser.
  const saved = page.getByLabel('Дорожные карты в этом браузере').getByRole('option');
  await expect(saved).toHaveCount(2);
  await expect(saved.filter({ hasText: 'Школа, которая была до ссылки' })).toHaveCount(1);
});

test('print shows the approval block, the title and the table only', async ({ page }) => {
  await open(page);
  await page.getByLabel('Название организации (обязательно)').fill(organisation);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('УТВЕРЖДЕНА', { exact: true })).toBeVisible();
  await expect(table(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Word (.docx)' })).toBeHidden();
  await expect(page.getByLabel('Название организации (обязательно)')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Изменить пункт 1.1', exact: true })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Конструктор дорожной карты' })).toBeHidden();
  await expect(page.getByText('Каждый год школа переписывает дорожную карту')).toBeHidden();
});

test('the approval line names the organisation in the genitive, as suggested or as corrected', async ({ page }) => {
  await open(page);
  const full = 'Муниципальное автономное общеобразовательное учреждение «Лицей № 2»';
  await page.getByLabel('Название организации (обязательно)').fill(full);
  const genitive = page.getByLabel('Название в родительном падеже (кого? чего?)');
  await expect(genitive).toHaveValue('Муниципального автономного общеобразовательного учреждения «Лицей № 2»');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.rb-print-head')).toContainText(
    'приказом директора Муниципального автономного общеобразовательного учреждения «Лицей № 2»',
  );
  await page.emulateMedia({ media: 'screen' });
  let docx = docxText((await download(page, 'Word (.docx)')).bytes);
  expect(docx).toContain('приказом директора Муниципального автономного общеобразовательного учреждения «Лицей № 2»');
  // The title keeps the name as it is.
  expect(docx).toContain(`\n${full}\n`);

  await genitive.fill('МАОУ «Лицей № 2» г. Заречного');
  docx = docxText((await download(page, 'Word (.docx)')).bytes);
  expect(docx).toContain('приказом директора МАОУ «Лицей № 2» г. Заречного');
  // A new name brings a new suggestion: the correction was for the old one.
  await page.getByLabel('Название организации (обязательно)').fill('Гимназия № 3');
  await expect(genitive).toHaveValue('Гимназии № 3');
});

test('the kindergarten roadmap keeps its numbers and «УТВЕРЖДАЮ»; the curator switches to an order, adds a row 1.5', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('С какого шаблона начать').selectOption('dorozhnaya-karta-detskogo-sada');
  await page.getByRole('button', { name: 'Создать по шаблону' }).click();
  const kindergarten = 'МБДОУ «Детский сад № 5 „Солнышко“»';
  await page.getByLabel('Название организации (обязательно)').fill(kindergarten);
  await page.getByLabel('Руководитель (ФИО)').fill('Иванова М. П.');
  await page.getByRole('button', { name: '2026/2027' }).click();
  await expect(table(page).locator('thead th')).toHaveText([
    '№ п/п',
    'Мероприятие',
    'Срок',
    'Ответственный (исполнитель)',
    'Результат, вид документа',
  ]);
  await expect(row(page, '2.3')).toContainText('до\u00a015.10.2026');
  await expect(page.getByLabel('Должность того, кто утверждает (Директор, Заведующий)')).toHaveValue('Заведующий');

  // «УТВЕРЖДАЮ» in the document: position and organisation in the genitive, signature line with the name.
  let docx = docxText((await download(page, 'Word (.docx)')).bytes);
  expect(docx).toContain('УТВЕРЖДАЮ');
  expect(docx).toContain('Заведующий МБДОУ «Детский сад № 5 „Солнышко“»');
  expect(docx).toContain('____________ / Иванова М. П. /');
  expect(docx).not.toContain('УТВЕРЖДЕНА');
  for (const number of ['1.1', '2.3', '4.3']) expect(docx).toContain(`\n${number}\n`);

  // A row added to section 1 is numbered after its last one; the order form is chosen instead of the signature.
  await page.getByRole('button', { name: /^Добавить мероприятие в раздел «Нормативное/ }).click();
  await page.locator('textarea[id$="-activity"]').fill('Приказ о поощрении наставников');
  await page.getByRole('button', { name: 'Готово' }).click();
  await expect(row(page, '1.5')).toContainText('Приказ о поощрении наставников');
  await page.getByRole('radio', { name: /^приказом/ }).check();
  await page.getByLabel('Номер приказа').fill('12-о');
  docx = docxText((await download(page, 'Word (.docx)')).bytes);
  expect(docx).toContain('УТВЕРЖДЕНА');
  expect(docx).toContain('приказом заведующего МБДОУ');
  expect(docx).toContain('№ 12-о');
  expect(docx).toContain('\n1.5\nПриказ о поощрении наставников');
});

test('a template with its own columns: the builder, the .docx and the .csv show them under its headings', async ({
  page,
}) => {
  // The teachers' system roadmap shape of #16 (tests/fixtures/roadmaps) as a saved roadmap file, opened as a user would.
  const { readDataEntries } = await import('../../src/lib/data-loader.ts');
  const { roadmapTemplate } = await import('../../src/schemas/roadmap.ts');
  const { newRoadmap } = await import('../../src/lib/roadmap-builder/state.ts');
  const { roadmapFile } = await import('../../src/lib/roadmap-builder/persist.ts');
  const [entry] = readDataEntries('tests/fixtures/roadmaps/sistema-pedagogov.yaml', roadmapTemplate);
  const template = roadmapTemplate.parse(entry!.data);
  const state = {
    ...newRoadmap('sistema-pedagogov', template, { start: '2026-09-01', end: '2027-08-31', id: 'shape2' }),
    organisation,
  };
  await open(page);
  await page.getByLabel('Открыть файл (.json)').setInputFiles({
    name: 'dorozhnaya-karta.json',
    mimeType: 'application/json',
    buffer: Buffer.from(roadmapFile(state, '2026-09-01T10:00:00Z')),
  });
  const headings = [
    '№',
    'Мероприятия',
    'Содержание деятельности и примерный план мероприятий',
    'Сроки',
    'Ответственный',
    'Ожидаемый результат',
  ];
  await expect(table(page).locator('thead th')).toHaveText(headings);
  await expect(row(page, '1')).toContainText('перенесено на начало плана');
  await expect(row(page, '1')).toContainText('Издание приказа');

  // The item editor names its fields by the template's headings.
  await page.getByRole('button', { name: 'Изменить пункт 4', exact: true }).click();
  await expect(page.getByLabel('Содержание деятельности и примерный план мероприятий')).toHaveValue(
    /Анализ результатов пар/,
  );
  await page.getByLabel('Ожидаемый результат').fill('Отчёт куратора на педсовете');
  await page.getByRole('button', { name: 'Готово' }).click();

  const docx = docxText((await download(page, 'Word (.docx)')).bytes);
  for (const heading of headings) expect(docx).toContain(heading);
  expect(docx).toContain('Отчёт куратора на педсовете');
  expect(docx).toContain('до 30.06.2027'.replace(' ', '\u00a0'));
  const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode((await download(page, 'Таблица (.csv)')).bytes);
  expect(csv.split('\n')[0]).toBe(
    '\ufeffРаздел;№;Мероприятия;Содержание деятельности и примерный план мероприятий;Сроки;Начало;Окончание;Ответственный;Ожидаемый результат\r',
  );
});
