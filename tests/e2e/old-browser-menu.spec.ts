// Starlight's phone menu needs the Popover API, which Chrome 109 and Firefox ESR 115 lack; the page loads
// OddBird's polyfill only there (src/components/old-browsers/). Today's Chromium has the API and must not pay
// for it. (Taking the API away in this Chromium does not imitate an old browser: its own popovertarget handling
// stays, so the menu opened and closed at once; the fallback is not checked in a browser here.)
import { test, expect } from './fixtures.ts';

test.use({ viewport: { width: 390, height: 800 } });

test('с Popover API полифил не загружается', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/metodologiya/chto-takoe-model/', { waitUntil: 'networkidle' });
  expect(requested.filter((url) => /popover.*\.js$/.test(url) && !/PopoverFallback/.test(url))).toEqual([]);
});
