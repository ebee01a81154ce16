// The pairs tool as a curator uses it: two lists from files, the matching, fixing and forbidding pairs, the
// order downloaded with the names in it; bad files and rows explained; the work kept across a reload.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice } from './office.ts';
import { docxText } from '../../src/lib/docx/read.ts';
import { toXlsx } from '../../src/lib/table-export/xlsx.ts';

const path = '/instrumenty/nastavnicheskie-pary/';
const fixture = (name: string) => `tests/fixtures/pairs/${name}`;

async function open(page: Page) {
  await page.goto(path);
  const island = page.locator('[data-pairs]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', 'true');
}

async function loadLists(page: Page) {
  await page.getByLabel('Таблица наставляемых (CSV или XLSX)').setInputFiles(fixture('nastavlyaemye.csv'));
  await expect(page.getByText('Добавлено строк: 3 («nastavlyaemye.csv»)')).toBeVisible();
  await page.getByLabel('Таблица наставников (CSV или XLSX)').setInputFiles(fixture('nastavniki.csv'));
  await expect(page.getByText('Добавлено строк: 3 («nastavniki.csv»)')).toBeVisible();
}

const pairsTable = (page: Page) => page.getByRole('list', { name: 'Предложенные пары' });
const pairRow = (page: Page, mentee: string) => pairsTable(page).getByRole('listitem').filter({ hasText: mentee });

test('import two files, match, fix a pair, forbid one, and find the names in the order', async ({ page }) => {
  test.slow(); // LibreOffice opens the order
  await open(page);
  await expect(page.getByText('Списки пусты.')).toBeVisible();
  await loadLists(page);
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  await expect(page.getByText('Пар: 3. Без наставника: 0.')).toBeVisible();
  // «ИКТ; оценивание» meets «цифровые навыки; оценивание» through the declared synonyms.
  await expect(pairRow(page, 'Лесная Дарья Андреевна')).toContainText('Светлова Ирина Павловна');
  await expect(pairRow(page, 'Лесная Дарья Андреевна')).toContainText('общие темы: Цифровые инструменты; Оценивание');
  await expect(pairRow(page, 'Травин Кирилл Олегович')).toContainText('Ручьёв Олег Николаевич');

  await page.getByRole('button', { name: 'Закрепить пару Ручьёв Олег Николаевич — Травин Кирилл Олегович' }).click();
  await expect(pairRow(page, 'Травин Кирилл Олегович')).toContainText('закреплена куратором');
  await expect(page.getByText('Закреплена: Ручьёв Олег Николаевич — Травин Кирилл Олегович')).toBeVisible();

  // Forbidding Лесная's pair gives her the one other mentor who can help with ИКТ, and leaves Озёрова alone.
  await page
    .getByRole('button', { name: 'Запретить пару Светлова Ирина Павловна — Лесная Дарья Андреевна и подобрать заново' })
    .click();
  await expect(pairRow(page, 'Лесная Дарья Андреевна')).toContainText('Калинина Вера Сергеевна');
  await expect(page.getByText('Пар: 2. Без наставника: 1.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Озёрова Мария Ильинична' })).toContainText('заняты');

  const link = pairRow(page, 'Лесная Дарья Андреевна').getByRole('link', { name: /Индивидуальный план пары/ });
  await expect(link).toHaveAttribute(
    'href',
    /\/instrumenty\/konstruktor-dorozhnoy-karty\/#new=individualnyj-plan-molodogo-pedagoga&start=\d{4}-10-01/,
  );

  await page.getByLabel('Полное наименование организации').fill('МБОУ «Средняя школа № 1»');
  await page.getByLabel('Номер приказа').fill('45-о');
  // «Куратору …» needs the dative; «Ким Е. В.» does not tell the gender, so the order asks before it downloads.
  await page.getByLabel('Куратор (ФИО, должность)', { exact: true }).fill('Ким Е. В., заместитель директора по УВР');
  await page.getByRole('button', { name: 'Скачать приказ (.docx)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'выберите пол' })).toBeVisible();
  await page.getByRole('radio', { name: 'мужской' }).check();
  await expect(
    page.getByRole('group', { name: /^Куратор \(ФИО, должность\) — в тексте документа/ }).getByRole('textbox'),
  ).toHaveValue('Киму Е. В., заместителю директора по УВР');
  const order = await download(page, 'Скачать приказ (.docx)');
  expect(order.name).toBe('prikaz-o-zakreplenii-par.docx'); // named by the order's date once it has one
  const text = docxText(order.bytes);
  for (const name of [
    'Ручьёв Олег Николаевич, учитель физики',
    'Травин Кирилл Олегович, молодой педагог',
    'Калинина Вера Сергеевна',
    'Лесная Дарья Андреевна',
    'МБОУ «Средняя школа № 1»',
    '45-о',
  ])
    expect(text).toContain(name);
  expect(text).not.toContain('Светлова');
  expect(text.replace(/\u00a0/g, ' ')).toContain('3. Куратору Киму Е. В., заместителю директора по УВР, обеспечить');
  const [opened] = openInLibreOffice([order]);
  expect(opened?.text).toContain('Травин Кирилл Олегович');

  const csv = await download(page, 'Скачать таблицу пар (.csv)');
  const table = new TextDecoder().decode(csv.bytes);
  expect(table).toContain('Лесная Дарья Андреевна');
  expect(table).toContain('Без наставника');
});

test('a name pasted from Excel that looks like a formula is exported as text: LibreOffice shows it, not its result', async ({
  page,
}) => {
  test.slow(); // LibreOffice opens the CSV
  await open(page);
  const pasteBox = page.locator('#pairs-mentees-paste');
  await page.locator('details.pairs-paste', { has: pasteBox }).locator('summary').click();
  // As Excel copies cells: tabs between them, a cell holding quotes or a line break in quotes.
  const formula = '=HYPERLINK("http://x","y")';
  const header = 'Код\tФИО\tОрганизация\tФорма наставничества\tС чем нужна помощь';
  const mentee = `НЯ-001\t"${formula.replace(/"/g, '""')}"\tШкола № 1\tучитель – учитель\t"ИКТ;\nоценивание"`;
  await pasteBox.fill(`${header}\n${mentee}\n`);
  await page
    .locator('details.pairs-paste', { has: pasteBox })
    .getByRole('button', { name: 'Добавить вставленные строки' })
    .click();
  await expect(page.getByText('Добавлено строк: 1 (вставка из таблицы).')).toBeVisible();
  await page.getByLabel('Таблица наставников (CSV или XLSX)').setInputFiles(fixture('nastavniki.csv'));
  await expect(page.getByText('Добавлено строк: 3 («nastavniki.csv»)')).toBeVisible();
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  await expect(page.getByText('Пар: 1. Без наставника: 0.')).toBeVisible();

  const csv = await download(page, 'Скачать таблицу пар (.csv)');
  const dir = mkdtempSync(join(tmpdir(), 'pairs-csv-'));
  try {
    writeFileSync(join(dir, 'pary.csv'), csv.bytes);
    // Opened as a user opens it (semicolons, UTF-8) and saved again as CSV: a formula would be saved as its result, «y».
    const args = [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=CSV:59,34,76,1'];
    args.push(
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      join(dir, 'out'),
      join(dir, 'pary.csv'),
    );
    const convert = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 });
    expect(convert.status, convert.stderr).toBe(0);
    const rows = Papa.parse<string[]>(readFileSync(join(dir, 'out', 'pary.csv'), 'utf8').replace(/^\ufeff/, ''), {
      delimiter: ',',
    }).data;
    const column = rows[0]!.indexOf('Наставляемый');
    const pair = rows.find((row) => row.includes('НЯ-001'))!;
    expect(pair[column]).toBe(`'${formula}`);
    expect(pair).not.toContain('y');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a pair's plan link carries codes by default, and opens in the roadmap builder with the pair's names when asked", async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Открыть пример' }).click();
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  const planLink = pairRow(page, 'Травин Кирилл Олегович').getByRole('link', { name: /Индивидуальный план пары/ });
  const names = page.getByRole('checkbox', { name: 'Включить имена в ссылки на планы пар' });
  await expect(names).not.toBeChecked();
  const href = decodeURIComponent((await planLink.getAttribute('href'))!.replace(/\+/g, ' '));
  expect(href).toContain('mentee=НЯ-002');
  expect(href).not.toMatch(/Травин|Ручьёв|Школа/);
  await names.check();
  // The order's dates go into the plan: it ends with the pairs' work and is drawn up by the order's date.
  await page.getByLabel('Пары работают с').fill('2026-10-19');
  await page.getByLabel('по', { exact: true }).fill('2027-05-31');
  await page.getByLabel('Срок утверждения планов пар').fill('2026-10-30');
  await planLink.click();
  await expect(page).toHaveURL(/\/instrumenty\/konstruktor-dorozhnoy-karty\/#new=individualnyj-plan-molodogo-pedagoga/);
  await expect(page.getByRole('textbox', { name: 'Молодой педагог' })).toHaveValue('Травин К. О.');
  await expect(page.getByLabel('Начало периода')).toHaveValue('2026-10-19');
  await expect(page.getByLabel('Окончание периода')).toHaveValue('2027-05-31');
  const plan = page.getByRole('region', { name: 'Дорожная карта' }).getByRole('table');
  await expect(plan.getByRole('row').filter({ hasText: 'Составление и согласование' })).toContainText(
    'до\u00a030.10.2026',
  );
  await expect(plan.getByRole('row').filter({ hasText: 'Подведение итогов года' })).toContainText(
    '01.05.2027\u00a0– 31.05.2027',
  );
  await expect(plan).not.toContainText('вне выбранного периода');
});

test('a link shares the settings, never the lists', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Открыть пример' }).click();
  await page.getByLabel('Синонимы тем').fill('Хореография = танцы');
  await page.getByLabel('лучше из другой организации (сетевое наставничество)').check();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Скопировать ссылку с настройками' }).click();
  await expect(page.getByText('Ссылка скопирована.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#nastroyki=');
  expect(decodeURIComponent(link)).not.toMatch(/Лесная|НЯ-001/);

  const other = await page.context().browser()!.newContext();
  const colleague = await other.newPage();
  await colleague.goto(link);
  await colleague.locator('[data-pairs]').scrollIntoViewIfNeeded();
  await expect(colleague.getByText('Синонимы и настройки подбора взяты из ссылки')).toBeVisible();
  await expect(colleague.getByLabel('Синонимы тем')).toHaveValue('Хореография = танцы');
  await expect(colleague.getByLabel('лучше из другой организации (сетевое наставничество)')).toBeChecked();
  await expect(colleague.getByRole('heading', { name: 'Наставляемые (0)' })).toBeVisible();
  await other.close();
});

test('an .xlsx list reads like a CSV one', async ({ page }) => {
  await open(page);
  const sheet = toXlsx(
    [
      ['ФИО', 'Должность', 'Может помочь', 'Сколько наставляемых может взять'],
      ['Орлова Нина Петровна', 'учитель информатики', 'ИКТ; оценивание', 3],
    ],
    'Наставники',
  );
  await page.getByLabel('Таблица наставников (CSV или XLSX)').setInputFiles({
    name: 'nastavniki.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(sheet),
  });
  await expect(page.getByText(/Добавлено строк: 1 \(«nastavniki\.xlsx», лист «Наставники»\)/)).toBeVisible();
  await expect(page.getByLabel('Код, строка 1')).toHaveValue('НС-001');
  await expect(page.getByLabel('Мест, строка 1')).toHaveValue('3');
});

test('with codes only, no name is shown or written to the order', async ({ page }) => {
  await open(page);
  await loadLists(page);
  await page.getByLabel('Только коды: не показывать и не выгружать имена').check();
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  await expect(pairRow(page, 'НЯ-001')).toContainText('НС-001');
  await expect(pairsTable(page)).not.toContainText('Лесная');
  const text = docxText((await download(page, 'Скачать приказ (.docx)')).bytes);
  expect(text).toContain('НЯ-001');
  expect(text).not.toMatch(/Лесная|Светлова|Травин/);
});

test('questionnaires and the district mentors add to the lists', async ({ page }) => {
  await open(page);
  await page
    .getByLabel('Анкеты по профессиональным дефицитам (JSON, можно несколько)')
    .setInputFiles(fixture('anketa-deficity.json'));
  await expect(page.getByText('Добавлено строк: 1 (файлов анкет: 1).')).toBeVisible();
  await expect(page.getByLabel('С чем нужна помощь (через «;»), строка 1')).toHaveValue(
    'Цифровые инструменты; Дисциплина и мотивация обучающихся',
  );
  const mentors = page.getByRole('region', { name: /^Наставники \(/ });
  await mentors.getByText('Вставить из таблицы').click();
  await mentors
    .getByLabel('Строки, скопированные из Excel или LibreOffice')
    .fill('Код\tФИО\tМожет помочь\tМест\nНС-900\tОрлова Нина Петровна\tИКТ\t1\n');
  await mentors.getByRole('button', { name: 'Добавить вставленные строки' }).click();
  await expect(page.getByText('Добавлено строк: 1 (вставка из таблицы).')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Наставники (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Добавить наставников района' }).click();
  // The district pages publish their mentors at build; the young teacher finds one for digital tools there.
  await expect(page.getByRole('heading', { name: /^Наставники \([1-9]\d*\)$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  await expect(page.getByText('Пар: 1. Без наставника: 0.')).toBeVisible();
  await expect(pairRow(page, 'Ключева Анна Романовна')).toContainText('Цифровые инструменты');
});

test('bad files and bad rows are explained, nothing typed is lost, and the work survives a reload', async ({
  page,
}) => {
  await open(page);
  await page
    .getByLabel('Таблица наставников (CSV или XLSX)')
    .setInputFiles({ name: 'picture.csv', mimeType: 'text/csv', buffer: Buffer.from('Иванов;ИКТ\n') });
  await expect(page.getByText(/В первой строке таблицы должны быть названия столбцов/)).toBeVisible();
  await page
    .getByLabel('Анкеты по профессиональным дефицитам (JSON, можно несколько)')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByText('«broken.json»: файл не читается')).toBeVisible();

  await loadLists(page);
  await page.getByLabel('Мест, строка 1').fill('0');
  await page.getByLabel('Мест, строка 2').fill('много');
  await page.getByLabel('Код, строка 3').first().fill('НЯ-001');
  await expect(page.getByText('наставник может взять 0 наставляемых')).toBeVisible();
  await expect(page.getByText('число наставляемых «много» — не целое число')).toBeVisible();
  await expect(page.getByText('код «НЯ-001» уже есть в строке 1')).toBeVisible();
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'строка с ошибкой' })).toBeVisible();

  await page.reload();
  await page.locator('[data-pairs]').scrollIntoViewIfNeeded();
  await expect(page.getByText('Восстановлены списки')).toBeVisible();
  await expect(page.getByLabel('Мест, строка 2')).toHaveValue('много');
  await expect(page.getByLabel('Код, строка 3').first()).toHaveValue('НЯ-001');
});

test.describe('the working tool, scripts loaded', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe WCAG 2.2 AA with pairs, decisions and messages (${colorScheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await open(page);
      await page.getByRole('button', { name: 'Открыть пример' }).click();
      await page.getByLabel('Мест, строка 2').fill('два');
      await page.getByRole('button', { name: 'Подобрать пары' }).click();
      await page
        .getByRole('button', { name: /^Закрепить пару/ })
        .first()
        .click();
      await page
        .getByRole('button', { name: /^Запретить пару/ })
        .last()
        .click();
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      const { violations } = await new AxeBuilder({ page })
        .include('[data-pairs]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`),
      ).toEqual([]);
    });
  }

  // pages.spec.ts counts what loads before the island (client:visible) does; this counts the tool at work.
  // The spreadsheet readers and docx load only with a file or a download, so they are not here.
  test('ships at most 90 KB gzip of JavaScript with pairs matched', async ({ page }) => {
    const { gzipSync } = await import('node:zlib');
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && !/\/pagefind\/|\/ui-core\.[\w-]+\.js$/.test(response.url()))
        sizes.push(response.body().then((body) => gzipSync(body).length));
    });
    await open(page);
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await expect(pairsTable(page)).toBeVisible();
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join(''));
    const totalKb = ((await Promise.all(sizes)).reduce((a, b) => a + b, 0) + gzipSync(inline).length) / 1024;
    console.log(`JavaScript подбора пар: ${totalKb.toFixed(1)} КБ gzip`);
    expect(totalKb).toBeLessThanOrEqual(90);
  });
});
