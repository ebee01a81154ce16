// Every page of the sitemap: loads in Russian, shows its heading, logs no error, reaches no other host,
// and ships no more eager JavaScript than its budget. Eager means what the page fetches and runs before
// its load event; Pagefind's search interface (about 26 KB gzip) loads only when a reader reaches for search
// (src/components/search/lazy-pagefind-ui.ts).
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures.ts';
import { pages } from './pages.ts';

const budgetKb = { content: 15, tool: 90 } as const;

for (const path of pages) {
  test(`страница ${path} открывается без ошибок и укладывается в бюджет JavaScript`, async ({ page }) => {
    const scripts: Promise<number>[] = [];
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('response', (response) => {
      if (!loaded && response.request().resourceType() === 'script')
        scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const inlineBytes = await page
      .locator('script:not([src])')
      .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join(''));
    const total = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0) + gzipSync(inlineBytes).length;
    // A page with an island is a tool page; any other is a content page.
    const pageType = (await page.locator('astro-island').count()) > 0 ? 'tool' : 'content';
    expect(total / 1024, `JavaScript при загрузке, КБ gzip (${pageType})`).toBeLessThanOrEqual(budgetKb[pageType]);
  });
}

test('несуществующий адрес отдаёт страницу 404 на русском', async ({ page, problems }) => {
  const response = await page.goto('/takoj-stranicy-net/');
  expect(response?.status()).toBe(404);
  // Chromium logs the 404 of the page itself as a console error: that one is what this test asks for.
  const expected = 'консоль (error): Failed to load resource: the server responded with a status of 404 (Not Found)';
  expect(problems).toContain(expected);
  problems.splice(problems.indexOf(expected), 1);
  await expect(page.getByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Методология' }).first()).toBeVisible();
});

test('ответ сервера несёт заголовки безопасности из netlify.toml', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
});

test('главная ведёт к четырём задачам сайта', async ({ page }) => {
  await page.goto('/');
  for (const name of [
    'Разобраться в модели',
    'Взять шаблоны документов',
    'Посчитать и спланировать',
    'Опубликовать страницу муниципалитета',
  ]) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Разобраться в модели' }).click();
  await expect(page).toHaveURL(/\/metodologiya\/$/);
});

test('в боковой панели шесть разделов', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/metodologiya/');
  const sidebar = page.getByRole('navigation', { name: 'Основное' });
  for (const section of [
    'Методология',
    'Дорожные карты',
    'Формы и шаблоны',
    'Инструменты',
    'Муниципалитет',
    'О проекте',
  ]) {
    await expect(sidebar.getByText(section, { exact: true })).toBeVisible();
  }
});
