// Brings a page's service worker to the point where the site works offline: installed (the whole precache
// fetched) and controlling the page. Shared by offline.spec.ts and the sub-path check in subpath.spec.ts.
import { expect, type Page } from '@playwright/test';

export async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    }
  });
  // Controlling the page comes a moment before the worker's «activate» step ends: on a loaded machine, wait for it.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}
