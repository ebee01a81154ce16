// Starlight's phone menu needs the Popover API, which Chrome 109 and Firefox ESR 115 lack; the page loads
// OddBird's polyfill only there (src/components/old-browsers/). Runs in today's Chromium, which has the API and
// must not pay for the polyfill, and in a real Chrome 109 (the `chrome109` project), where the polyfill must
// load and the menu must open and close as it does natively.
import { test, expect } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 800 } });

const page = '/metodologiya/chto-takoe-model/';

test('полифил Popover API загружается только там, где API нет', async ({ page: tab }) => {
  const requested: string[] = [];
  tab.on('request', (request) => requested.push(request.url()));
  await tab.goto(page, { waitUntil: 'networkidle' });
  const native = await tab.evaluate(() => CSS.supports('selector(:popover-open)'));
  const polyfill = requested.filter((url) => /\/popover\.[\w-]+\.js$/.test(url));
  expect(polyfill).toHaveLength(native ? 0 : 1);
});

test('меню на телефоне открывается под шапкой и закрывается той же кнопкой', async ({ page: tab }) => {
  await tab.goto(page, { waitUntil: 'networkidle' });
  const menu = tab.locator('#starlight__sidebar');
  const button = tab.getByRole('button', { name: 'Меню' });
  await expect(menu).toBeHidden();

  await button.click();
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link', { name: 'С чего начать' })).toBeInViewport();
  // Under the header, over the whole width down to the screen's bottom, as Starlight places it.
  const header = await tab.locator('header').first().boundingBox();
  const box = await menu.boundingBox();
  expect(box).toEqual({ x: 0, y: header!.height, width: 390, height: 800 - header!.height });

  await button.click();
  await expect(menu).toBeHidden();
});
