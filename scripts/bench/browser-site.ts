// What the browser benchmarks share: the built site served as Netlify serves it (compressed, with its
// headers) on a free port, and Debian's Chromium. The site must be built first (`npm run build`; another
// folder in DIST_DIR).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from '@playwright/test';
import { launchOptions } from '../chromium.ts';
import { startServer } from '../serve.ts';

export async function openSite(): Promise<{ origin: string; browser: Browser; close: () => Promise<void> }> {
  const dir = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`Нет собранного сайта в ${dir}/: сначала выполните npm run build (или укажите папку в DIST_DIR).`);
    process.exit(1);
  }
  // Port 0: the system gives a free one, so a benchmark never collides with tests or `npm start`.
  const server = await startServer({ dir, base: '/', port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(launchOptions);
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** Records the page's long tasks (over 50 ms on the main thread) from before its first script runs. */
export const longTaskRecorder = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;
