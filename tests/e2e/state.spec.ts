// Every tool's state in the browser (src/lib/state, issue #15): two tabs of one browser editing the same data
// take turns without losing an edit, and when both edited at once the tab that would overwrite is stopped and
// asked; the pairs tool keeps 10,000 people across a reload and opens a 3,000-row project file whole (issue #19).
import type { BrowserContext, Page } from '@playwright/test';
import { notTheSites, test, expect } from './fixtures.ts';
import { initialState, projectJson } from '../../src/lib/pairs/storage.ts';
import { emptyMentee } from '../../src/lib/pairs/import.ts';
import { loadMonitoredForms } from '../../src/lib/monitoring/test-forms.ts';
import { exportOf, sampleValues, seeded } from '../../src/lib/monitoring/sample-answers.ts';

const taken = 'Данные изменены в другой вкладке: здесь показана их новая версия.';
const conflict = /Эти же данные изменены в другой вкладке, а здесь есть свои изменения/;

/** A second tab of the same browser, failing the test on its own console errors as the first does. */
async function secondTab(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  await canDeafen(page);
  page.on('console', (m) => {
    if (notTheSites(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`вторая вкладка, консоль: ${m.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`вторая вкладка, исключение: ${error.message}`));
  return page;
}

async function open(page: Page, path: string, island: string) {
  await page.goto(path);
  const root = page.locator(island).first();
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-hydrated', 'true');
}

/**
 * Lets a test keep a tab from hearing the other's changes, as a frozen background tab does, so both tabs edit at
 * once. The listener is added before the page's own scripts run, so it comes first and can stop theirs.
 */
const canDeafen = (page: Page) =>
  page.addInitScript(() => {
    window.addEventListener('storage', (event) => {
      if ((window as { deaf?: boolean }).deaf) event.stopImmediatePropagation();
    });
  });
/** Everything the site keeps in this browser, as one text: to wait until a tab's write has landed. */
const storedText = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .sort()
      .map((key) => `${key}=${localStorage.getItem(key)}`)
      .join('\n'),
  );
const deafen = (page: Page) =>
  page.evaluate(() => {
    (window as { deaf?: boolean }).deaf = true;
  });

const alert = (page: Page) => page.getByRole('alert').filter({ hasText: conflict });

test.describe('two tabs of one browser', () => {
  test('form filler: turns are taken without loss; edits made at once are not overwritten, the user chooses', async ({
    page,
    context,
    problems,
  }) => {
    const path = '/formy/anketa-professionalnye-deficity/';
    const name = (p: Page) => p.getByLabel(/Фамилия, имя, отчество/);
    const subject = (p: Page) => p.getByLabel(/Преподаваемый предмет/);
    const organisation = (p: Page) => p.getByLabel(/^Образовательная организация/);
    const other = await secondTab(context, problems);
    await open(page, path, 'form.form-filler');
    await open(other, path, 'form.form-filler');

    await name(page).fill('Смирнова Ольга Петровна');
    await expect(name(other)).toHaveValue('Смирнова Ольга Петровна');
    await expect(other.getByText(taken)).toBeVisible();
    await subject(other).fill('Математика');
    await expect(subject(page)).toHaveValue('Математика');
    await expect(name(page)).toHaveValue('Смирнова Ольга Петровна');

    // Both edit before hearing of each other: the second to save is stopped and asked, nothing is overwritten.
    await deafen(other);
    await organisation(page).fill('Школа № 1');
    await organisation(other).fill('Школа № 2');
    await expect(alert(other)).toBeVisible();
    await expect(alert(page)).toHaveCount(0);
    await other.reload();
    await open(other, path, 'form.form-filler');
    await expect(organisation(other)).toHaveValue('Школа № 1');
    await expect(subject(other)).toHaveValue('Математика');
  });

  test('form filler: keeping my edits after the question writes them, and the other tab follows with a notice', async ({
    page,
    context,
    problems,
  }) => {
    const path = '/formy/anketa-professionalnye-deficity/';
    const organisation = (p: Page) => p.getByLabel(/^Образовательная организация/);
    const other = await secondTab(context, problems);
    await open(page, path, 'form.form-filler');
    await open(other, path, 'form.form-filler');
    await deafen(other);
    await organisation(page).fill('Школа № 1');
    await organisation(other).fill('Школа № 2');
    await alert(other).getByRole('button', { name: 'Оставить мои изменения' }).click();
    await expect(alert(other)).toHaveCount(0);
    await expect(organisation(page)).toHaveValue('Школа № 2');
    await expect(page.getByText(taken)).toBeVisible();
  });

  test('KPI calculator: both tabs’ edits are kept, and edits at once ask', async ({ page, context, problems }) => {
    const path = '/instrumenty/kalkulyator-pokazateley/';
    const field = (p: Page, label: string) => p.getByLabel(label, { exact: true });
    const students = 'Обучающиеся 10–18 лет, чел.';
    const organisation = 'Название организации или района (для документа)';
    const other = await secondTab(context, problems);
    await open(page, path, '[data-kpi]');
    await open(other, path, '[data-kpi]');
    await field(page, students).fill('321');
    await expect(field(other, students)).toHaveValue('321');
    await field(other, organisation).fill('Лицей № 7');
    await expect(field(page, organisation)).toHaveValue('Лицей № 7');
    await expect(field(page, students)).toHaveValue('321');

    await deafen(other);
    await field(page, students).fill('400');
    // The first tab's write lands before the second tab edits, so it is the second that must ask.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('nastavnik:kpi') ?? '')).toContain('400');
    await field(other, organisation).fill('Лицей № 8');
    await expect(alert(other)).toBeVisible();
    await alert(other).getByRole('button', { name: 'Взять версию из другой вкладки' }).click();
    await expect(field(other, students)).toHaveValue('400');
    await expect(field(other, organisation)).toHaveValue('Лицей № 7');
  });

  test('roadmap builder: the same roadmap in two tabs takes turns and asks when both edited', async ({
    page,
    context,
    problems,
  }) => {
    const path = '/instrumenty/konstruktor-dorozhnoy-karty/';
    const organisation = (p: Page) => p.getByLabel('Название организации (обязательно)');
    const head = (p: Page) => p.getByLabel('Руководитель (ФИО)');
    await canDeafen(page);
    await open(page, path, '[data-roadmap-builder]');
    await organisation(page).fill('МБОУ «Школа № 12»');
    const other = await secondTab(context, problems);
    await open(other, path, '[data-roadmap-builder]');
    await expect(organisation(other)).toHaveValue('МБОУ «Школа № 12»');
    await head(other).fill('Петрова Н. А.');
    await expect(head(page)).toHaveValue('Петрова Н. А.');
    await organisation(page).fill('МБОУ «Средняя школа № 12»');
    await expect(organisation(other)).toHaveValue('МБОУ «Средняя школа № 12»');

    await deafen(page);
    await head(other).fill('Петрова Наталья Андреевна');
    // The other tab's write lands first, so it is the deaf tab's write that must ask.
    await expect.poll(() => storedText(page)).toContain('Петрова Наталья Андреевна');
    await head(page).fill('Н. А. Петрова');
    await expect(alert(page)).toBeVisible();
    await expect(alert(other)).toHaveCount(0);
  });

  test('pairs: lists loaded in one tab show in the other, and edits at once ask', async ({
    page,
    context,
    problems,
  }) => {
    const path = '/instrumenty/nastavnicheskie-pary/';
    const other = await secondTab(context, problems);
    await canDeafen(page);
    await open(page, path, '[data-pairs]');
    await open(other, path, '[data-pairs]');
    await page
      .getByLabel('Таблица наставляемых (CSV или XLSX)')
      .setInputFiles('tests/fixtures/pairs/nastavlyaemye.csv');
    await expect(other.getByRole('heading', { name: 'Наставляемые (3)' })).toBeVisible();
    await other.getByLabel('Таблица наставников (CSV или XLSX)').setInputFiles('tests/fixtures/pairs/nastavniki.csv');
    await expect(page.getByRole('heading', { name: 'Наставники (3)' })).toBeVisible();

    await deafen(page);
    const before = await storedText(page);
    await other.getByLabel('Мест, строка 1').fill('2');
    await expect.poll(() => storedText(page)).not.toBe(before);
    await page.getByLabel('Мест, строка 2').fill('3');
    await expect(alert(page)).toBeVisible();
    await page.reload();
    await open(page, path, '[data-pairs]');
    await expect(page.getByLabel('Мест, строка 1')).toHaveValue('2');
  });

  test('monitoring: the loaded answers survive a reload and show in another tab; edits at once ask', async ({
    page,
    context,
    problems,
  }) => {
    const path = '/instrumenty/monitoring/';
    const forms = loadMonitoredForms();
    const form = forms['anketa-nastavlyaemogo']!;
    const random = seeded(11);
    const files = Array.from({ length: 6 }, (_, i) => ({
      name: `n${i + 1}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(
        exportOf(
          form,
          sampleValues(form, {
            organisation: 'Школа № 5',
            code: `N${i + 1}`,
            stageOption: 'При завершении программы',
            date: '2026-05-20',
            random,
          }),
        ),
      ),
    }));
    await open(page, path, '.mon');
    await page.getByLabel('Файлы с ответами (.json, .csv, .xlsx)').setInputFiles(files);
    await expect(page.getByText('Прочитано файлов: 6. Учтено анкет: 6.')).toBeVisible();
    await page.reload();
    await open(page, path, '.mon');
    await expect(page.getByText('Прочитано файлов: 6. Учтено анкет: 6.')).toBeVisible();

    const other = await secondTab(context, problems);
    await open(other, path, '.mon');
    await expect(other.getByText('Прочитано файлов: 6. Учтено анкет: 6.')).toBeVisible();
    await page.getByLabel('Организация или муниципалитет (для отчёта)').fill('Школа № 5');
    await expect(other.getByLabel('Организация или муниципалитет (для отчёта)')).toHaveValue('Школа № 5');

    await deafen(other);
    await page.getByLabel('Период мониторинга (для отчёта)').fill('2025/2026 учебный год');
    await other.getByLabel('Организация или муниципалитет (для отчёта)').fill('Школа № 6');
    await expect(alert(other)).toBeVisible();
  });
});

test.describe('pairs: big lists are kept whole (issue #19)', () => {
  test('10,000 mentees imported from a CSV are all there after a reload', async ({ page }) => {
    test.slow();
    const path = '/instrumenty/nastavnicheskie-pary/';
    const lines = ['Код;ФИО;Школа;Темы'];
    for (let i = 1; i <= 10_000; i++)
      lines.push(`НЯ-${String(i).padStart(5, '0')};Наставляемый ${i};Школа № ${(i % 40) + 1};ИКТ; оценивание`);
    await open(page, path, '[data-pairs]');
    await page
      .getByLabel('Таблица наставляемых (CSV или XLSX)')
      .setInputFiles({ name: 'nastavlyaemye-10000.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect(page.getByRole('heading', { name: 'Наставляемые (10000)' })).toBeVisible();
    await expect(page.getByText('Сохранено в этом браузере.')).toBeVisible();
    const size = await page.evaluate(() => localStorage.getItem('nastavnik:pairs')?.length ?? 0);
    console.log(`10 000 наставляемых в хранилище: ${(size / 1024 / 1024).toFixed(2)} млн знаков`);
    await page.reload();
    await open(page, path, '[data-pairs]');
    await expect(page.getByRole('heading', { name: 'Наставляемые (10000)' })).toBeVisible();
    await expect(page.getByText('Восстановлены списки')).toBeVisible();
  });

  test('a project file of 3,000 rows opens with all 3,000, and stays so after a reload', async ({ page }) => {
    test.slow();
    const path = '/instrumenty/nastavnicheskie-pary/';
    const mentees = Array.from({ length: 3000 }, (_, i) => ({
      ...emptyMentee(`НЯ-${i + 1}`),
      name: `Наставляемый ${i + 1}`,
      topics: 'ИКТ',
    }));
    const text = projectJson({ ...initialState('2026-11-20'), mentees }, '2026-11-20T10:00:00.000Z');
    await open(page, path, '[data-pairs]');
    await page
      .getByLabel('Открыть сохранённую работу (JSON)')
      .setInputFiles({ name: 'rabota.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('heading', { name: 'Наставляемые (3000)' })).toBeVisible();
    await page.reload();
    await open(page, path, '[data-pairs]');
    await expect(page.getByRole('heading', { name: 'Наставляемые (3000)' })).toBeVisible();
  });
});

test('a full browser storage is reported at once, in Russian, with what to do', async ({ page }) => {
  const path = '/formy/anketa-professionalnye-deficity/';
  await page.goto(path);
  // Fill the browser's storage for this site almost to its limit, then type into the form.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1024 * 1024; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${i++}`, chunk);
        } catch {
          break;
        }
      }
    }
  });
  await open(page, path, 'form.form-filler');
  await page.getByLabel(/Фамилия, имя, отчество/).fill('Смирнова Ольга Петровна, которой не хватило места в браузере');
  await expect(
    page.getByRole('alert').filter({
      hasText: /^Не удалось сохранить ответы формы: в браузере не хватает места — сайту отведено около 5 МБ/,
    }),
  ).toBeVisible();
  await page.evaluate(() => localStorage.clear());
});
