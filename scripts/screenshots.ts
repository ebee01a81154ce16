// Takes a screenshot of every page of the sitemap at phone and desktop width, to look at before a change
// is called done. Serves the built site itself.
// Usage: npm run screenshots [-- [--top] /formy/ /instrumenty/]; --top takes only the first screen.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './chromium.ts';
import { ports } from './ports.ts';
import { startServer } from './serve.ts';
import { sitemapPaths } from './sitemap.ts';

const port = ports.screenshots;
const dir = process.env.DIST_DIR ?? 'dist';
const out = `test-results/screens`;
mkdirSync(out, { recursive: true });
const server = await startServer({ dir, base: '/', port }).catch((error: Error) => {
  console.error(error.message); // a busy port, say: the message names it
  process.exit(1);
});
const browser = await chromium.launch(launchOptions);
const args = process.argv.slice(2);
const top = args.includes('--top');
const chosen = args.filter((arg) => arg !== '--top');
const paths = chosen.length > 0 ? chosen : sitemapPaths(dir);
for (const width of [390, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const path of paths) {
    await page.goto(`http://localhost:${port}${path}`);
    const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: !top });
  }
  await context.close();
}
await browser.close();
server.close();
console.log(`Снимки страниц: ${out}/`);
