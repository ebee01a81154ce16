// Every message a tool shows when something goes wrong is Russian: a damaged or newer roadmap, a download whose
// library cannot be loaded (the site's files blocked, as when the connection drops), a damaged .xlsx, a file
// that is not a table. Each path is triggered as a teacher would, and no alert or status may hold a sentence in
// Latin script (a library's English). The site's own files fail here on purpose, so this spec does not use the
// fixture that fails a test on console errors.
import { test, expect, type Page } from '@playwright/test';
import { encodeShare, roadmapFile } from '../../src/lib/roadmap-builder/persist.ts';
import { exportOf, sampleValues, seeded } from '../../src/lib/monitoring/sample-answers.ts';
import { loadMonitoredForms } from '../../src/lib/monitoring/test-forms.ts';

const latinSentence = /[A-Za-z]{3,}\s+[A-Za-z]{3,}/;
const offline = 'Не удалось загрузить модуль для выгрузки: проверьте подключение к интернету и повторите.';
const damagedXlsx = {
  name: 'spisok.xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from('PK\u0003\u0004 повреждённый архив'),
};
const picture = {
  name: 'foto.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
};

/** Opens a tool's page and waits until its island has hydrated. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** From now on the site's own scripts do not arrive: a lazily loaded library fails as it does offline. */
const dropConnection = (page: Page) => page.route('**/_astro/**', (route) => route.abort('internetdisconnected'));

/** The text of every alert and status on the page, each checked for a sentence in Latin script. */
async function expectRussianMessages(page: Page) {
  const texts = await page.locator('[role="alert"], [role="status"]').allInnerTexts();
  for (const text of texts) expect(text, 'сообщение на латинице').not.toMatch(latinSentence);
}

test.describe('roadmap builder', () => {
  const path = '/instrumenty/konstruktor-dorozhnoy-karty/';
  const organisation = 'МБОУ «Школа № 4»';

  test('a damaged or newer roadmap file, and a newer roadmap in a link', async ({ page }) => {
    await open(page, path);
    const chooser = page.getByLabel('Открыть файл (.json)');
    await page.getByLabel('Название организации (обязательно)').fill(organisation);
    // The browser keeps a versioned record (src/lib/state): the roadmap itself is its `data`. It is written
    // once the page has drawn the change.
    const savedRoadmap = async () =>
      JSON.parse(
        await page.evaluate(
          () =>
            localStorage.getItem(`nastavnik:roadmap:${localStorage.getItem('nastavnik:roadmap:current')}`) ?? 'null',
        ),
      )?.data;
    await expect.poll(async () => (await savedRoadmap())?.version).toBe(1);
    const saved = await savedRoadmap();

    const cases: [string, string, RegExp][] = [
      [
        'novaya.json',
        roadmapFile({ ...saved, version: 2 }, '2027-01-01T00:00:00Z'),
        /сохранена более новой версией сайта/,
      ],
      [
        'bez-versii.json',
        JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...saved, version: undefined } }),
        /нет номера версии/,
      ],
      [
        'povrezhdennyj.json',
        JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...saved, sections: 'нет' } }),
        /поле «sections»: значения нет или оно записано неверно/,
      ],
      [
        'novyj-fajl.json',
        JSON.stringify({ format: 'nastavnik-roadmap', version: 3, roadmap: saved }),
        /сохранена более новой версией сайта/,
      ],
    ];
    for (const [name, text, message] of cases) {
      await chooser.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
      await expectRussianMessages(page);
    }
    await expect(page.getByLabel('Название организации (обязательно)')).toHaveValue(organisation);

    await open(page, `${path}#r=${await encodeShare({ ...saved, version: 2 })}`);
    await expect(page.getByRole('status').filter({ hasText: /сохранена более новой версией сайта/ })).toBeVisible();
    await expectRussianMessages(page);
  });

  test('a download whose library cannot be loaded', async ({ page }) => {
    await open(page, path);
    await page.getByLabel('Название организации (обязательно)').fill(organisation);
    await dropConnection(page);
    for (const button of ['Word (.docx)', 'Excel (.xlsx)']) {
      await page.getByRole('button', { name: button }).click();
      await expect(page.getByRole('status').filter({ hasText: offline })).toBeVisible();
      await expectRussianMessages(page);
    }
  });
});

test('KPI calculator: a download whose library cannot be loaded', async ({ page }) => {
  await open(page, '/instrumenty/kalkulyator-pokazateley/');
  await dropConnection(page);
  await page.getByRole('button', { name: 'Скачать таблицу .docx' }).click();
  await expect(page.getByRole('status').filter({ hasText: offline })).toBeVisible();
  await expectRussianMessages(page);
});

test('form filler: a download whose library cannot be loaded', async ({ page }) => {
  await open(page, '/formy/pamyatka-nastavniku/');
  await dropConnection(page);
  await page.getByRole('button', { name: 'Скачать заполненную форму (.docx)' }).click();
  await expect(page.getByRole('status').filter({ hasText: offline })).toBeVisible();
  await expectRussianMessages(page);
});

test.describe('pairs tool', () => {
  const path = '/instrumenty/nastavnicheskie-pary/';

  test('a damaged .xlsx and a file that is not a table, each in the words of its list', async ({ page }) => {
    await open(page, path);
    await page.getByLabel('Таблица наставляемых (CSV или XLSX)').setInputFiles(damagedXlsx);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: '«spisok.xlsx»: Файл .xlsx не читается: он повреждён или это не таблица Excel.' }),
    ).toBeVisible();
    await expectRussianMessages(page);

    await page.getByLabel('Таблица наставляемых (CSV или XLSX)').setInputFiles(picture);
    await expect(
      page.getByRole('status').filter({ hasText: 'Выберите таблицу со списком наставляемых в формате .xlsx или CSV.' }),
    ).toBeVisible();
    await page.getByLabel('Таблица наставников (CSV или XLSX)').setInputFiles(picture);
    await expect(
      page.getByRole('status').filter({ hasText: 'Выберите таблицу со списком наставников в формате .xlsx или CSV.' }),
    ).toBeVisible();
    await expect(page.getByText('таблицы с ответами')).toHaveCount(0);
    await expectRussianMessages(page);
  });

  test('a table reader or a download whose library cannot be loaded', async ({ page }) => {
    await open(page, path);
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await page.getByRole('button', { name: 'Подобрать пары' }).click();
    await expect(page.getByText(/^Пар: \d+/)).toBeVisible();
    await dropConnection(page);
    await page
      .getByLabel('Таблица наставников (CSV или XLSX)')
      .setInputFiles({ name: 'nastavniki.csv', mimeType: 'text/csv', buffer: Buffer.from('Код;ФИО\nНС-9;Иванова\n') });
    await expect(
      page.getByRole('status').filter({
        hasText:
          '«nastavniki.csv»: Не удалось загрузить модуль для чтения таблицы: проверьте подключение к интернету и повторите.',
      }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Скачать приказ (.docx)' }).click();
    await expect(page.getByRole('status').filter({ hasText: offline })).toBeVisible();
    await expectRussianMessages(page);
  });
});

test.describe('monitoring tool', () => {
  const path = '/instrumenty/monitoring/';
  const files = (page: Page) =>
    page.getByRole('region', { name: 'Обработка анкет мониторинга' }).getByLabel('Файлы с ответами');

  test('a damaged .xlsx and a file that is not a table', async ({ page }) => {
    await open(page, path);
    await files(page).setInputFiles([damagedXlsx, picture]);
    await expect(page.getByText('Файл .xlsx не читается: он повреждён или это не таблица Excel.')).toBeVisible();
    await expect(page.getByText('Выберите таблицу с ответами онлайн-опроса в формате .xlsx или CSV.')).toBeVisible();
    await expectRussianMessages(page);
  });

  test('a report whose library cannot be loaded', async ({ page }) => {
    const form = loadMonitoredForms()['anketa-nastavnika']!;
    const answer = exportOf(
      form,
      sampleValues(form, {
        organisation: 'МБОУ «Школа № 5»',
        code: 'M1',
        stageOption: 'При завершении программы',
        date: '2026-05-21',
        random: seeded(3),
      }),
    );
    await open(page, path);
    await files(page).setInputFiles({
      name: 'nastavnik-1.json',
      mimeType: 'application/json',
      buffer: Buffer.from(answer),
    });
    const report = page.getByRole('button', { name: 'Скачать отчёт (.docx)' });
    await expect(report).toBeVisible();
    await dropConnection(page);
    await report.click();
    await expect(page.getByRole('status').filter({ hasText: offline })).toBeVisible();
    await expectRussianMessages(page);
  });
});
