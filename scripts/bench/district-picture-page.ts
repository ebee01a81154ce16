// Benchmark of «Сводка по школам района» in a real page (Chromium): 300 schools' workspace files chosen at once,
// as the district-picture benchmark makes them, read and drawn; then the page reloaded, which draws the kept picture
// again. Reports the time to the picture and the page's longest main-thread task in each. Budget: the picture within
// 5 s, no task over 200 ms (the page keeps answering). `npm run build` first (another folder in DIST_DIR);
// `npm run bench -- district-picture-page`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { benchFlags } from '../bench-args.ts';
import { testWorkspaceText } from '../../src/lib/district-picture/test-files.ts';
import { longTaskRecorder, openSite } from './browser-site.ts';
import { ms, stats } from './stats.ts';

benchFlags('district-picture-page', {});

const schoolCount = 300;
const runCount = 5;
const budget = { pictureMs: 5000, longestTaskMs: 200 };
const folder = mkdtempSync(join(tmpdir(), 'district-picture-page-'));
// Files on disk, as a methodologist chooses them: buffers handed to Playwright would be built by the page's own
// script, and that work would count as the page's long task. The same schools as scripts/bench/district-picture.ts.
const files = Array.from({ length: schoolCount }, (_, i) => {
  const file = join(folder, `shkola-${i + 1}.json`);
  writeFileSync(
    file,
    testWorkspaceText({
      shortName: `Школа № ${i + 1}`,
      seed: i + 1,
      mentors: 10,
      mentees: 12,
      answers: 100,
      satisfied: i % 3 === 0 ? 0.3 : i % 3 === 1 ? 0.7 : 1,
      studentMentees: i % 3 === 0 ? 40 : i % 3 === 1 ? 120 : 240,
    }),
  );
  return file;
});

const site = await openSite();
const runs: { picture: number; longest: number; tasks: number; reload: number; reloadLongest: number }[] = [];
const longTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __longTasks: { duration: number }[] }).__longTasks);
const longest = (tasks: { duration: number }[]) => Math.max(0, ...tasks.map((t) => t.duration));
for (let run = 0; run < runCount; run++) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(longTaskRecorder);
  const page = await context.newPage();
  await page.goto(`${site.origin}/municipalitet/svodka-po-shkolam/`);
  const tool = page.getByRole('region', { name: 'Сводка по школам района' });
  await tool.scrollIntoViewIfNeeded();
  await page.locator('[data-tool][data-hydrated="true"]').waitFor();
  await page.evaluate(() => {
    (window as unknown as { __longTasks: unknown[] }).__longTasks = [];
  });
  const started = Date.now();
  await tool.getByLabel('Файлы школ (.json, .csv, .xlsx)').setInputFiles(files);
  await tool.getByText(`В сводке школ: ${schoolCount}.`).waitFor({ timeout: 60_000 });
  // The tables, clusters and tandems drawn after the count, and the tandems list in full.
  await tool.getByTestId('dp-tandems').waitFor({ timeout: 60_000 });
  const picture = Date.now() - started;
  await page.waitForTimeout(1000);
  const tasks = await longTasks(page);
  // The kept picture drawn again when the page opens (the recorder starts anew with the page).
  const reloaded = Date.now();
  await page.reload();
  await tool.scrollIntoViewIfNeeded();
  await tool.getByTestId('dp-tandems').waitFor({ timeout: 60_000 });
  const reload = Date.now() - reloaded;
  await page.waitForTimeout(1000);
  const reloadLongest = longest(await longTasks(page));
  runs.push({ picture, longest: longest(tasks), tasks: tasks.length, reload, reloadLongest });
  await context.close();
}
await site.close();
rmSync(folder, { recursive: true, force: true });

for (const [i, r] of runs.entries())
  console.log(
    `прогон ${i + 1}: сводка через ${ms(r.picture)} мс, длинных задач ${r.tasks}, самая долгая ${ms(r.longest)} мс; ` +
      `после перезагрузки — через ${ms(r.reload)} мс, самая долгая задача ${ms(r.reloadLongest)} мс`,
  );
const median = (key: keyof (typeof runs)[number]) => stats(runs.map((r) => r[key])).median;
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ');
console.log(
  `district-picture-page: ${schoolCount} файлов школ в браузере — сводка через ${ms(median('picture'))} мс ` +
    `(бюджет ${budget.pictureMs}), самая долгая задача главного потока ${ms(median('longest'))} мс; ` +
    `после перезагрузки — ${ms(median('reload'))} мс и ${ms(median('reloadLongest'))} мс ` +
    `(бюджет задачи ${budget.longestTaskMs}); медиана ${runCount} прогонов; загрузка машины ${load}`,
);
const over = median('picture') > budget.pictureMs || median('reload') > budget.pictureMs;
if (over || Math.max(median('longest'), median('reloadLongest')) > budget.longestTaskMs) process.exitCode = 1;
