// JavaScript a reader's browser fetches (gzip) on each kind of page and on each tool in use, against the
// budgets (a content page 15 KB, a tool 90 KB): at the load event, and once every island on the page has come
// to life and drawn (scrolled into view, the network idle). Libraries loaded on a click (exports) are not
// counted. `npm run build` first; `npm run bench -- eager-js`.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { benchFlags } from '../bench-args.ts';
import { openSite } from './browser-site.ts';

benchFlags('eager-js', {});

const pages = [
  ['главная', '/', 'content'],
  ['методология', '/metodologiya/chto-takoe-model/', 'content'],
  ['форма с заполнением', '/formy/prikaz-o-zakreplenii-nastavnicheskih-par/', 'tool'],
  ['калькулятор показателей', '/instrumenty/kalkulyator-pokazateley/', 'tool'],
  ['конструктор дорожной карты', '/instrumenty/konstruktor-dorozhnoy-karty/', 'tool'],
  ['подбор пар', '/instrumenty/nastavnicheskie-pary/', 'tool'],
  ['мониторинг', '/instrumenty/monitoring/', 'tool'],
  ['моя школа', '/instrumenty/moya-shkola/', 'tool'],
] as const;
const budgetKb = { content: 15, tool: 90 } as const;

async function inlineScripts(page: Page): Promise<number> {
  const text = await page
    .locator('script:not([src])')
    .evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join(''));
  return gzipSync(text).length;
}

const site = await openSite();
let over = 0;
console.log('страница | при загрузке, КБ gzip | в работе, КБ gzip | бюджет');
for (const [name, path, kind] of pages) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const sizes: { atLoad: boolean; size: Promise<number> }[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      sizes.push({ atLoad: !loaded, size: response.body().then((body) => gzipSync(body).length) });
  });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
  const inline = await inlineScripts(page);
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const all = await Promise.all(sizes.map(async (s) => ({ atLoad: s.atLoad, size: await s.size })));
  const kb = (list: typeof all) => (list.reduce((sum, s) => sum + s.size, 0) + inline) / 1024;
  const atLoad = kb(all.filter((s) => s.atLoad));
  const inUse = kb(all);
  const budget = budgetKb[kind];
  if (inUse > budget) over++;
  console.log(
    `${name} (${path}) | ${atLoad.toFixed(1)} | ${inUse.toFixed(1)} | ${budget}${inUse > budget ? ' — сверх бюджета' : ''}`,
  );
  await context.close();
}
await site.close();
process.exitCode = over > 0 ? 1 : 0;
