// The libraries a tool needs only for one action stay off the page until that action: classic zod (the data
// schemas check files at build; in the browser only the roadmap builder checks what it reads, with zod/mini),
// and fflate, the compressor (a share link, a .zip, an .xlsx). A tool page, opened and brought to life, fetches
// neither; the roadmap builder fetches fflate when a link is made.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { hydrateIslands } from './islands.ts';

/** Words only each library's own code holds (class names and error texts survive minifying). */
const libraries = {
  'классический zod': /["'`]ZodOptional["'`]/,
  fflate: /invalid block type/,
} as const;
type Library = keyof typeof libraries;

/** Which of the libraries the scripts this page fetched from now on contain. */
function watchLibraries(page: Page): () => Promise<Library[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  return async () => {
    const texts = await Promise.all(bodies);
    return (Object.keys(libraries) as Library[]).filter((name) => texts.some((text) => libraries[name].test(text)));
  };
}

const tools = [
  '/formy/prikaz-o-zakreplenii-nastavnicheskih-par/',
  '/instrumenty/kalkulyator-pokazateley/',
  '/instrumenty/konstruktor-dorozhnoy-karty/',
  '/instrumenty/nastavnicheskie-pary/',
  '/instrumenty/monitoring/',
  '/instrumenty/moya-shkola/',
  '/municipalitet/svodka-po-shkolam/',
];

for (const path of tools)
  test(`${path}: ни классического zod, ни fflate при открытии`, async ({ page }) => {
    const loaded = watchLibraries(page);
    await page.goto(path);
    await hydrateIslands(page);
    await page.waitForLoadState('networkidle');
    expect(await loaded()).toEqual([]);
  });

test('конструктор загружает fflate, только когда делают ссылку, и ссылка открывается', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const loaded = watchLibraries(page);
  await page.goto('/instrumenty/konstruktor-dorozhnoy-karty/');
  await hydrateIslands(page);
  await page.getByLabel('Название организации (обязательно)').fill('МБОУ «СОШ № 3»');
  expect(await loaded()).toEqual([]);
  await page.getByRole('button', { name: /Скопировать ссылку/ }).click();
  await expect(page.getByText('Ссылка скопирована.', { exact: false })).toBeVisible();
  expect(await loaded()).toEqual(['fflate']);

  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByText('Дорожная карта открыта из ссылки')).toBeVisible();
});
