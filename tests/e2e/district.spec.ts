// The example district's pages: the home with its figures, the mentors registry with its filter across
// all pages, contacts only with consent, the calendar file, the mentors JSON for other tools, and search.
import { test, expect } from './fixtures.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The filter island has woken up: Astro removes `ssr` from the island once it is hydrated. */
async function filterReady(page: import('@playwright/test').Page) {
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  return page.getByRole('region', { name: 'Подобрать наставника' });
}

test.describe('страница района', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('главная района показывает цифры из данных и ведёт к реестрам', async ({ page }) => {
    await page.goto('/municipalitet/rayon/');
    await expect(page.getByRole('heading', { level: 1, name: 'Заречный муниципальный округ' })).toBeVisible();
    const figures = page.locator('.district-figures');
    await expect(figures).toContainText('15образовательных организаций');
    await expect(figures).toContainText('40наставников в реестре');
    await expect(figures).toContainText('20программ наставничества');
    const sidebar = page.getByRole('navigation', { name: 'Основное' });
    await expect(sidebar.getByText('Заречный муниципальный округ', { exact: true })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'Наставники' }).click();
    await expect(page).toHaveURL(/\/municipalitet\/nastavniki\/$/);
    await expect(page.locator('.mentor-card')).toHaveCount(40);
  });

  test('фильтр по теме и форме находит наставников и ведёт к карточке', async ({ page }) => {
    await page.goto('/municipalitet/nastavniki/');
    const filter = await filterReady(page);
    await filter.getByLabel('С чем нужна помощь').selectOption('профориентация');
    await expect(filter.getByRole('status')).toHaveText('Подходящих наставников: 10');
    await expect(page.locator('#mentor-registry')).toBeHidden();
    await expect(page).toHaveURL(/\?tema=/);
    await filter.getByLabel('Форма наставничества').selectOption('rabotodatel-uchenik');
    await expect(filter.getByRole('status')).toHaveText('Подходящих наставников: 2');
    await filter.getByRole('link', { name: 'Карточка и контакты: Тополев Евгений Владимирович' }).click();
    await expect(page).toHaveURL(/\/municipalitet\/nastavniki\/#n-37$/);
    await expect(page.locator('#n-37').getByRole('link', { name: 'topolev@zavod.zarechnyj.example' })).toBeVisible();
  });

  test('фильтр открывается по ссылке со страницы организаций и сбрасывается', async ({ page }) => {
    await page.goto('/municipalitet/shkoly/');
    await page
      .getByRole('row', { name: /Гимназия № 3/ })
      .getByRole('link', { name: '4' })
      .click();
    const filter = await filterReady(page);
    await expect(filter.getByLabel('Организация')).toHaveValue('gimnaziya-3');
    await expect(filter.getByRole('status')).toHaveText('Подходящих наставников: 4');
    await filter.getByRole('button', { name: 'Сбросить' }).click();
    await expect(page.locator('#mentor-registry')).toBeVisible();
    await expect(page).toHaveURL(/\/municipalitet\/nastavniki\/$/);
  });

  test('контакты — только у наставников с согласием, вне поискового индекса', async ({ page }) => {
    await page.goto('/municipalitet/nastavniki/');
    await expect(page.locator('#n-01')).toContainText('belova@sosh1.zarechnyj.example');
    await expect(page.locator('#n-03')).not.toContainText('Контакты');
    await expect(page.locator('#n-03')).not.toContainText('@');
    // Every address on the page sits inside an element Pagefind skips.
    const outside = await page
      .locator('a[href^="mailto:"]')
      .evaluateAll((links) => links.filter((a) => !a.closest('[data-pagefind-ignore]')).length);
    expect(outside).toBe(0);
    await expect(page).toHaveTitle(/^Наставники/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`реестр с результатами фильтра проходит axe (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/municipalitet/nastavniki/?tema=работа+с+родителями');
      await expect(page.getByRole('status')).toHaveText(/Подходящих наставников: \d+/);
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      const { violations } = await new AxeBuilder({ page }).include('main').withTags(wcag).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }

  test('календарь мероприятий скачивается файлом .ics со всеми мероприятиями', async ({ page }) => {
    await page.goto('/municipalitet/meropriyatiya/');
    await expect(page.getByRole('heading', { level: 2, name: 'Сентябрь 2026' })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'скачать календарь (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('meropriyatiya.ics');
    const response = await page.request.get('/municipalitet/meropriyatiya.ics');
    expect(response.headers()['content-type']).toContain('text/calendar');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(10);
  });

  test('список наставников для других инструментов — без контактов', async ({ page }) => {
    const response = await page.request.get('/municipalitet/nastavniki.json');
    expect(response.ok()).toBe(true);
    const file = await response.json();
    expect(file).toMatchObject({ format: 'nastavnik-mentors', version: 1, district: 'Заречный муниципальный округ' });
    expect(file.mentors).toHaveLength(40);
    expect(file.mentors[0]).toMatchObject({
      id: 'n-01',
      school: { id: 'sosh-1', shortName: 'СОШ № 1' },
      maxMentees: 2,
    });
    const text = JSON.stringify(file);
    expect(text).not.toContain('@');
    expect(text).not.toContain('+7');
  });

  test('документы сгруппированы по уровням', async ({ page }) => {
    await page.goto('/municipalitet/dokumenty/');
    for (const name of ['Федеральные документы', 'Региональные документы', 'Муниципальные документы']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('main')).toContainText('от 28.08.2026 № 245');
  });

  test('поиск находит наставника по теме и по фамилии, но не по адресу почты', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Поиск' }).click();
    const dialog = page.getByRole('dialog');
    const box = dialog.getByRole('textbox', { name: 'Поиск' });
    await box.fill('Тополев');
    await expect(dialog.locator('.pagefind-ui__result-link').filter({ hasText: 'Наставники' }).first()).toBeVisible();
    await box.fill('профориентации');
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
    await box.fill('topolev');
    await expect(dialog.getByText('По запросу «topolev» ничего не найдено')).toBeVisible();
  });
});
