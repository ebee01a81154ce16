// The site once visited works without a connection: a methodology page, a form page and every tool reload
// offline and work, a tool's export downloads, search finds pages. The service worker is allowed here only
// (playwright.config.ts blocks it elsewhere).
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { hydrateIslands } from './islands.ts';
import { download } from './office.ts';
import { waitUntilOfflineReady } from './offline-helpers.ts';
import { docxText } from '../../src/lib/docx/read.ts';
import { distDir } from '../../playwright.config.ts';
import { ports } from '../../scripts/ports.ts';
import { startServer } from '../../scripts/serve.ts';

test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
// Each test first fetches the whole precache (about 230 files, 6.7 MB) on a machine shared with other work.
test.beforeEach(() => test.slow());

/** One visit online (the home page only), then the connection is gone. */
async function visitThenGoOffline(page: Page, context: BrowserContext): Promise<void> {
  await page.goto('/');
  await waitUntilOfflineReady(page);
  await context.setOffline(true);
}

const pagesOffline = [
  ['методология', '/metodologiya/chto-takoe-model/'],
  ['форма', '/formy/prikaz-o-zakreplenii-nastavnicheskih-par/'],
  ['калькулятор показателей', '/instrumenty/kalkulyator-pokazateley/'],
  ['конструктор дорожной карты', '/instrumenty/konstruktor-dorozhnoy-karty/'],
  ['подбор пар', '/instrumenty/nastavnicheskie-pary/'],
  ['мониторинг', '/instrumenty/monitoring/'],
  ['моя школа', '/instrumenty/moya-shkola/'],
] as const;

test('without a connection, pages never opened before open and their tools come to life', async ({
  page,
  context,
  problems,
}) => {
  await visitThenGoOffline(page, context);
  // The connection is really gone: a file left out of the precache (a preview picture) does not load. Its
  // failed request and the console's report of it are expected here, and only they are taken off the list.
  const before = problems.length;
  const picture = await page.evaluate(() =>
    fetch('/og/formy.png').then(
      () => 'загрузилась',
      () => 'не загрузилась',
    ),
  );
  expect(picture).toBe('не загрузилась');
  await expect.poll(() => problems.length).toBe(before + 2);
  expect(problems.slice(before).join('\n')).toMatch(
    /og\/formy\.png[\s\S]*ERR_INTERNET_DISCONNECTED|ERR_INTERNET_DISCONNECTED[\s\S]*og\/formy\.png/,
  );
  problems.splice(before);
  for (const [name, path] of pagesOffline) {
    await test.step(name, async () => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await hydrateIslands(page);
      // A second load of the same page, as a reader pressing F5 in the village.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await hydrateIslands(page);
    });
  }
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
});

test('without a connection, the calculator downloads its table as .docx and .xlsx', async ({ page, context }) => {
  await visitThenGoOffline(page, context);
  await page.goto('/instrumenty/kalkulyator-pokazateley/');
  await hydrateIslands(page);
  await page.getByLabel('Название организации или района (для документа)', { exact: true }).fill('Школа № 7');
  await page.getByLabel('Обучающиеся 10–18 лет, чел.', { exact: true }).fill('200');

  const docx = await download(page, 'Скачать таблицу .docx');
  expect(docxText(docx.bytes)).toContain('Школа № 7');
  expect(docxText(docx.bytes)).toContain('(140 чел.)');
  const xlsx = await download(page, 'Скачать .xlsx');
  expect(strFromU8(unzipSync(xlsx.bytes)['xl/worksheets/sheet1.xml']!)).toContain('<v>140</v>');
});

test('without a connection, a blank downloads from its page', async ({ page, context }) => {
  await visitThenGoOffline(page, context);
  await page.goto('/formy/anketa-nastavnika/');
  const link = page.locator('a[href$="/templates/anketa-nastavnika.docx"]').first();
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(await file.failure()).toBeNull();
});

test('without a connection, search finds pages and leads to them', async ({ page, context }) => {
  await visitThenGoOffline(page, context);
  await page.goto('/formy/');
  await page.getByRole('button', { name: 'Поиск' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Поиск' }).fill('дорожной карте');
  const result = dialog
    .locator('.pagefind-ui__result-link')
    .filter({ hasText: /[Дд]орожн\S* карт/ })
    .first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a new version is announced and loads only when the reader asks', async ({ browser }) => {
  // A copy of the build on a server of its own, whose worker then changes, as after a new deploy (the server
  // starts again on the same address, since it reads the files' sizes once, at its start).
  const dir = mkdtempSync(join(tmpdir(), 'offline-update-'));
  cpSync(distDir, dir, { recursive: true, filter: (source) => !source.includes('/og/') });
  const serve = () => startServer({ dir, base: '/', port: ports.offlineUpdate });
  let server = await serve();
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`http://localhost:${ports.offlineUpdate}/instrumenty/kalkulyator-pokazateley/`);
    await waitUntilOfflineReady(page);
    const notice = page.getByRole('status').filter({ hasText: 'Доступна новая версия сайта' });
    await expect(notice).toBeHidden();
    await hydrateIslands(page);
    const field = page.getByLabel('Название организации или района (для документа)', { exact: true });
    await field.fill('Школа № 7');

    appendFileSync(join(dir, 'sw.js'), '\n// новая версия\n');
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    server = await serve();
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    await expect(notice).toBeVisible();
    // Nothing reloads by itself: what the reader typed stays on the page until they choose.
    await page.waitForTimeout(500);
    await expect(field).toHaveValue('Школа № 7');

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'обновить' }).click()]);
    await expect(notice).toBeHidden();
    const registration = await page.evaluate(async () => {
      const current = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(current?.waiting), active: current?.active?.state };
    });
    expect(registration).toEqual({ waiting: false, active: 'activated' });
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
