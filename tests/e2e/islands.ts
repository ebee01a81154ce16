// Brings every island of a page to life as a reader scrolling through it would: each is scrolled into view
// (client:visible ones hydrate then) and the page waits until none is left unhydrated. Until then a tool's
// controls are disabled on purpose («загружается…»), so checks of the working page wait for this.
import { expect, type Page } from '@playwright/test';

export async function hydrateIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}
