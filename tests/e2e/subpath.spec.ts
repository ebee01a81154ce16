// The site built under a sub-path (/nastavnichestvo/): pages, links, assets and search all work there.
import { test, expect } from './fixtures.ts';
import { hydrateIslands } from './islands.ts';
import { waitUntilOfflineReady } from './offline-helpers.ts';

test('главная под подкаталогом открывается, ссылки ведут внутрь подкаталога', async ({ page }) => {
  await page.goto('./', { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Посчитать и спланировать' }).click();
  await expect(page).toHaveURL(/\/nastavnichestvo\/instrumenty\/$/);
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'О проекте и лицензиях' }).click();
  await expect(page).toHaveURL(/\/nastavnichestvo\/o-proekte\/$/);
});

test('поиск под подкаталогом находит страницы и ведёт на них', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Поиск' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Поиск' }).fill('дорожной карте');
  const result = page
    .getByRole('dialog')
    .locator('.pagefind-ui__result-link')
    .filter({ hasText: /[Дд]орожн\S* карт/ })
    .first();
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute('href', /^\/nastavnichestvo\/[a-z-]+\//);
});

test('картинка для ссылки под подкаталогом — по абсолютному адресу с подкаталогом, и она есть', async ({
  page,
  request,
}) => {
  await page.goto('./formy/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(image).toMatch(/^https?:\/\/[^/]+\/nastavnichestvo\/og\/formy\.png$/);
  const response = await request.get(`.${new URL(image!).pathname.replace('/nastavnichestvo', '')}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
});

test.describe('без связи под подкаталогом', () => {
  test.use({ serviceWorkers: 'allow' });

  test('страницы и инструмент открываются из кэша, работник сайта — внутри подкаталога', async ({ page, context }) => {
    await page.goto('./');
    await waitUntilOfflineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/nastavnichestvo/');
    await context.setOffline(true);
    await page.goto('./metodologiya/chto-takoe-model/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('./instrumenty/kalkulyator-pokazateley/');
    await hydrateIslands(page);
    await expect(page.locator('[data-kpi]')).toHaveAttribute('data-hydrated', 'true');
  });
});

test('подбор пар под подкаталогом идёт в отдельном потоке (Web Worker), и его файл берётся из подкаталога', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('instrumenty/nastavnicheskie-pary/');
  const island = page.locator('[data-pairs]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', 'true');
  await page.getByRole('button', { name: 'Открыть пример' }).click();
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  await expect(page.getByRole('list', { name: 'Предложенные пары' }).getByRole('listitem').first()).toBeVisible();
  expect(workers.length).toBeGreaterThan(0);
  for (const path of workers) expect(path).toMatch(/^\/nastavnichestvo\/_astro\/match\.worker-[\w-]+\.js$/);
});
