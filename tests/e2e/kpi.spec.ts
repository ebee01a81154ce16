// The KPI calculator as a deputy director uses it: the worked example on open, their own counts, wrong
// input explained at the field, the result kept across a reload and in a link, the downloads, a district.
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice } from './office.ts';
import { docxText } from '../../src/lib/docx/read.ts';

const path = '/instrumenty/kalkulyator-pokazateley/';
const first = /Доля детей и молодёжи в возрасте от 10 до 18 лет/;
const second = /Доля обучающихся в возрасте от 15 до 18 лет/;

/** Opens the page and waits for the island, which hydrates when it scrolls into view. */
async function open(page: Page, url = path) {
  await page.goto(url);
  const island = page.locator('[data-kpi]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', 'true');
}

const results = (page: Page) => page.getByRole('table', { name: /Целевые значения по годам|Итого по району/ });
const targetRow = (page: Page, name: RegExp) =>
  results(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });

test('the worked example shows at once, even before the script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  await expect(targetRow(page, first)).toContainText('35 %');
  await expect(targetRow(page, first)).toContainText('51 чел.');
  await expect(page.getByText('Показатель 1: цель меняется от 10 % (15 чел.)')).toBeVisible();
  await context.close();
});

test('the example opens with seed 003 over the current school year and four more, and a chart', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('status').filter({ hasText: 'Открыт пример' })).toBeVisible();
  const today = new Date();
  const start = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  await expect(field(page, 'Первый год')).toHaveValue(String(start));
  await expect(field(page, 'Последний год')).toHaveValue(String(start + 4));
  for (const text of ['10 %', '15 чел.', '20 %', '29 чел.', '35 %', '51 чел.', '50 %', '72 чел.', '70 %', '101 чел.'])
    await expect(targetRow(page, first)).toContainText(text);
  await expect(page.getByRole('img', { name: /Показатель 1: цель меняется/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Данные графика' })).toContainText('101');
});

test("a school's own counts give its targets in people", async ({ page }) => {
  await open(page);
  await field(page, 'Обучающиеся 10–18 лет, чел.').fill('200');
  await field(page, 'Обучающиеся 15–18 лет, чел.').fill('75');
  // 35 % of 200 is 70; 70 % of 200 is 140; 2 % of 75 is 1.5, so 2; 10 % of 75 is 7.5, so 8.
  await expect(targetRow(page, first)).toContainText('70 чел.');
  await expect(targetRow(page, first)).toContainText('140 чел.');
  await expect(targetRow(page, second)).toContainText('2 чел.');
  await expect(targetRow(page, second)).toContainText('8 чел.');
});

test('a straight line and typed values change the targets', async ({ page }) => {
  await open(page);
  const group = page.getByRole('group', { name: first });
  await group.getByLabel('Как задать').selectOption({ label: 'Ровный рост от начального к итоговому' });
  await group.getByLabel(/\(итог\)/).fill('90');
  await expect(targetRow(page, first)).toContainText('90 %');
  await expect(targetRow(page, first)).toContainText('129 чел.'); // 90 % of 143 is 128.7
  await group.getByLabel('Как задать').selectOption({ label: 'Свои значения по годам' });
  const inputs = group.getByRole('textbox');
  await expect(inputs).toHaveCount(5);
  await inputs.nth(0).fill('12,5');
  await expect(targetRow(page, first)).toContainText('12,5 %');
  await expect(targetRow(page, first)).toContainText('18 чел.'); // 17.875
});

test('wrong input is explained in Russian at the field, and nothing shows NaN', async ({ page }) => {
  await open(page);
  const cases: [string, string, RegExp][] = [
    ['Обучающиеся 15–18 лет, чел.', '-5', /не может быть отрицательным/],
    ['Обучающиеся 15–18 лет, чел.', '2,5', /целое число/],
    ['Обучающиеся 15–18 лет, чел.', '', /Заполните поле/],
    ['Обучающиеся 15–18 лет, чел.', '0', /доля от нуля не считается/],
    ['Обучающиеся 15–18 лет, чел.', 'много', /Введите число/],
    ['Организации-партнёры, которые могут дать наставников, ед.', '3', /Меньше цели \(5\)/],
  ];
  for (const [label, value, message] of cases) {
    const input = field(page, label);
    await input.fill(value);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(message);
  }
  await expect(targetRow(page, second)).toContainText('—');
  await field(page, 'Обучающиеся 15–18 лет, чел.').fill('52');
  await field(page, 'Организации-партнёры, которые могут дать наставников, ед.').fill('5');
  await expect(field(page, 'Обучающиеся 15–18 лет, чел.')).not.toHaveAttribute('aria-invalid', 'true');

  const last = field(page, 'Последний год');
  const start = await field(page, 'Первый год').inputValue();
  await last.fill(String(Number(start) - 2));
  await expect(last).toHaveAccessibleDescription(/Последний год раньше первого/);
  await expect(page.getByText('График появится, когда период и численность будут заполнены без ошибок.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Скачать таблицу .docx' })).toBeDisabled();
  await last.fill(String(Number(start) + 4));

  await page.getByLabel('Сравнить с фактом (мониторинг)').check();
  const actual = page.getByLabel(`Факт за ${start} г., показатель 2`);
  await actual.fill('60');
  await expect(actual).toHaveAccessibleDescription(/Больше, чем всего \(52\)/);
  await expect(page.locator('[data-kpi]')).not.toContainText(/NaN|Infinity|undefined/);
});

test('monitoring shows the actual share and the gap in people', async ({ page }) => {
  await open(page);
  await page.getByLabel('Сравнить с фактом (мониторинг)').check();
  const start = Number(await field(page, 'Первый год').inputValue());
  await page.getByLabel(`Факт за ${start} г., показатель 1`).fill('15');
  await page.getByLabel(`Факт за ${start + 1} г., показатель 1`).fill('20');
  const actualRow = results(page).getByRole('row').nth(2);
  await expect(actualRow).toContainText('10,5 %');
  await expect(actualRow).toContainText('достигнуто');
  await expect(actualRow).toContainText('не хватает 9 чел.');
  await expect(page.getByText('Факт введён за 2 из 5 лет, цель достигнута в 1.')).toBeVisible();
});

test('the input survives a reload, and the link reproduces it in a fresh browser', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // three page loads and a second browser context
  await open(page);
  await field(page, 'Обучающиеся 10–18 лет, чел.').fill('321');
  await field(page, 'Название организации или района (для документа)').fill('Лицей № 7');
  await expect(page).toHaveURL(/#kpi=/);
  await page.reload();
  await page.locator('[data-kpi]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-kpi]')).toHaveAttribute('data-hydrated', 'true');
  await expect(field(page, 'Обучающиеся 10–18 лет, чел.')).toHaveValue('321');

  // Storage alone: the same browser without the link.
  await open(page, path);
  await expect(field(page, 'Обучающиеся 10–18 лет, чел.')).toHaveValue('321');
  await expect(page.getByRole('status').filter({ hasText: 'Восстановлены данные' })).toBeVisible();

  const link = page.url();
  const other = await browser.newContext({ baseURL: baseURL! });
  const fresh = await other.newPage();
  await open(fresh, link);
  await expect(field(fresh, 'Обучающиеся 10–18 лет, чел.')).toHaveValue('321');
  await expect(field(fresh, 'Название организации или района (для документа)')).toHaveValue('Лицей № 7');
  await expect(targetRow(fresh, first)).toContainText('113 чел.'); // 35 % of 321 is 112.35
  await other.close();
});

test('a corrupt link falls back to the example with a message, and leaves what this browser saved untouched', async ({
  page,
}) => {
  await open(page);
  await field(page, 'Обучающиеся 10–18 лет, чел.').fill('321');
  await page.goto('about:blank');
  await open(page, `${path}#kpi=bm90LWEtc3RhdGU`);
  await expect(page.getByRole('status').filter({ hasText: 'Ссылка повреждена' })).toBeVisible();
  await expect(targetRow(page, first)).toContainText('51 чел.');
  await page.goto('about:blank');
  await open(page);
  await expect(field(page, 'Обучающиеся 10–18 лет, чел.')).toHaveValue('321');
});

test('the table downloads as .docx, .xlsx and .csv with the numbers on the page', async ({ page }) => {
  await open(page);
  await field(page, 'Название организации или района (для документа)').fill('Средняя школа № 40');
  await field(page, 'Обучающиеся 10–18 лет, чел.').fill('200');

  const docx = await download(page, 'Скачать таблицу .docx');
  expect(docx.name).toMatch(/\.docx$/);
  const text = docxText(docx.bytes);
  expect(text).toContain(
    'Планируемые результаты (показатели эффективности) внедрения целевой модели наставничества — Средняя школа № 40',
  );
  expect(text).toContain('(70 чел.)');
  expect(text).toContain('(140 чел.)');
  expect(text).toContain('обучающиеся 10–18 лет — 200');

  const xlsx = await download(page, 'Скачать .xlsx');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const sheet = strFromU8(unzipSync(xlsx.bytes)['xl/worksheets/sheet1.xml']!);
  expect(sheet).toContain('Цель, чел.');
  expect(sheet).toContain('<v>140</v>');

  const csv = await download(page, 'Скачать .csv');
  const csvText = new TextDecoder().decode(csv.bytes);
  expect(csv.bytes.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  expect(csvText).toContain(';Цель, чел.;200;20;40;70;100;140');
});

test('the downloaded .docx and .xlsx open in LibreOffice', async ({ page }) => {
  // LibreOffice Writer and Calc are installed before the tests run (scripts/ensure-tools.ts).
  test.slow();
  await open(page);
  await field(page, 'Обучающиеся 10–18 лет, чел.').fill('200');
  const docx = await download(page, 'Скачать таблицу .docx');
  const xlsx = await download(page, 'Скачать .xlsx');
  const [docText, sheetText] = openInLibreOffice([docx, xlsx]).map((file) => file.text);
  expect(docText).toContain('Планируемые результаты (показатели эффективности)');
  expect(docText).toContain('(140 чел.)');
  expect(sheetText).toContain('Цель, чел.');
  expect(sheetText).toContain('Доля детей и молодёжи в возрасте от 10 до 18 лет');
});

test('district mode: two schools give per-school and total targets', async ({ page }) => {
  await open(page);
  await page.getByLabel('Все школы района').check();
  await page.getByLabel('Название: Школа 1').fill('СОШ № 1');
  await page.getByRole('button', { name: 'Добавить школу' }).click();
  await page.getByLabel('Название: Школа 2').fill('СОШ № 2');
  const counts = ['200', '70', '3', '6', '50', '25'];
  const names = [
    'Обучающиеся 10–18 лет, чел.',
    'Обучающиеся 15–18 лет, чел.',
    'Молодые учителя (стаж 0–3 года), чел.',
    'Организации-партнёры, которые могут дать наставников, ед.',
    'Все наставляемые программ наставничества, чел.',
    'Все наставники программ наставничества, чел.',
  ];
  for (const [i, name] of names.entries()) await page.getByLabel(`СОШ № 2: ${name}`).fill(counts[i]!);
  // School 1 keeps the example's 143: 15, 29, 51, 72, 101; school 2 has 200: 20, 40, 70, 100, 140.
  const bySchool = page.getByRole('table', { name: /По школам/ });
  await expect(bySchool.getByRole('row').filter({ hasText: 'СОШ № 2' })).toContainText('140');
  const total = bySchool.getByRole('row').filter({ hasText: 'Итого по району' });
  for (const value of ['343', '35', '69', '121', '172', '241']) await expect(total).toContainText(value);
  await expect(targetRow(page, first)).toContainText('241 чел.');
});

test('district mode takes schools pasted from a spreadsheet', async ({ page }) => {
  await open(page);
  await page.getByLabel('Все школы района').check();
  await page.getByText('Вставить школы из таблицы').click();
  await page
    .getByLabel('Строки из Excel или LibreOffice')
    .fill(
      'Школа\t10–18\t15–18\tМолодые\tПартнёры\tНаставляемые\tНаставники\nГимназия\t100\t40\t2\t5\t30\t10\nЛицей\t300\t90\t5\t6\t60\t30',
    );
  await page.getByRole('button', { name: 'Заменить список школ' }).click();
  await expect(page.getByText('Добавлено школ: 2.')).toBeVisible();
  await expect(page.getByLabel('Название: Школа 1')).toHaveValue('Гимназия');
  const total = page
    .getByRole('table', { name: /По школам/ })
    .getByRole('row')
    .filter({ hasText: 'Итого по району' });
  await expect(total).toContainText('400');
});

test.describe('the working calculator, scripts loaded', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe WCAG 2.2 AA with monitoring and in district mode (${colorScheme})`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme });
      await open(page);
      await page.getByLabel('Сравнить с фактом (мониторинг)').check();
      await page.getByLabel(`Факт за ${await field(page, 'Первый год').inputValue()} г., показатель 1`).fill('10');
      await field(page, 'Обучающиеся 15–18 лет, чел.').fill('-1');
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      const scan = async () => {
        const { violations } = await new AxeBuilder({ page })
          .include('[data-kpi]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
          .analyze();
        return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      };
      expect(await scan()).toEqual([]);
      await page.getByLabel('Все школы района').check();
      await page.getByRole('button', { name: 'Добавить школу' }).click();
      expect(await scan()).toEqual([]);
    });
  }

  // pages.spec.ts counts what loads before the load event, when this island (client:visible, below the
  // first screen) has not loaded yet; this counts the calculator at work, chart.js included. Pagefind's
  // search interface, which Starlight fetches when the browser is idle on every page, is not counted, nor the
  // Popover API polyfill, which only Chrome 109 and Firefox 115 fetch (src/components/old-browsers/).
  test('ships at most 90 KB gzip of JavaScript with the chart drawn', async ({ page }) => {
    const { gzipSync } = await import('node:zlib');
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (
        response.request().resourceType() === 'script' &&
        !/\/pagefind\/|\/(ui-core|popover)\.[\w-]+\.js$/.test(response.url())
      )
        sizes.push(response.body().then((body) => gzipSync(body).length));
    });
    const chartLoaded = page.waitForResponse((response) => /\/chart\.[\w-]+\.js$/.test(response.url()));
    await open(page);
    await chartLoaded;
    await expect(page.getByRole('img', { name: /Показатель 1/ })).toBeVisible();
    const inline = await page
      .locator('script:not([src])')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join(''));
    const totalKb = ((await Promise.all(sizes)).reduce((a, b) => a + b, 0) + gzipSync(inline).length) / 1024;
    test.info().annotations.push({ type: 'JavaScript, КБ gzip', description: totalKb.toFixed(1) });
    console.log(`JavaScript калькулятора с графиком: ${totalKb.toFixed(1)} КБ gzip`);
    expect(totalKb).toBeLessThanOrEqual(90);
  });
});
