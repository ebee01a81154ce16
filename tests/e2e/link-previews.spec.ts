// What a teacher sees when a colleague shares a link in VK, Telegram or Сферум, and how they share one: every
// page's title, description and 1200×630 preview image at an absolute address; plain share links that reach
// no other site before a click; the publisher and contacts in the footer; the home page's first steps.
import type { APIRequestContext } from '@playwright/test';
import { parse } from 'node-html-parser';
import { test, expect } from './fixtures.ts';
import { pages } from './pages.ts';
import { siteConfig } from '../../site.config.ts';

/** The head of a built page, as a link preview robot reads it (no JavaScript). */
async function head(request: APIRequestContext, path: string) {
  const html = parse(await (await request.get(path)).text());
  const meta = (key: string) =>
    html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  return { title: html.querySelector('title')?.text, meta };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('у каждой страницы свой заголовок, описание и картинка 1200×630 по абсолютному адресу', async ({ request }) => {
  test.slow();
  expect(pages.length).toBeGreaterThan(50);
  for (const path of pages) {
    const { title, meta } = await head(request, path);
    expect(title, path).toBe(path === '/' ? siteConfig.name : `${meta('og:title')} | ${siteConfig.name}`);
    expect(meta('description')?.length, `${path}: описание`).toBeGreaterThan(30);
    const image = meta('og:image')!;
    expect(image, path).toBe(`${siteConfig.url}/og/${path === '/' ? 'index' : path.slice(1, -1)}.png`);
    expect(meta('twitter:image'), path).toBe(image);
    expect(meta('twitter:card'), path).toBe('summary_large_image');
    const response = await request.get(new URL(image).pathname);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toContain('image/png');
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
});

test('главная называется просто «Наставник», а не «Наставник | Наставник»', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(siteConfig.name);
  await page.goto('/metodologiya/s-chego-nachat/');
  await expect(page).toHaveTitle(`С чего начать куратору | ${siteConfig.name}`);
});

test('ссылки «Поделиться» ведут во ВКонтакте и Telegram с адресом страницы и ничего не грузят с их сайтов', async ({
  page,
}) => {
  await page.goto('/metodologiya/s-chego-nachat/');
  const address = `${siteConfig.url}/metodologiya/s-chego-nachat/`;
  const vk = new URL((await page.getByRole('link', { name: 'ВКонтакте' }).getAttribute('href'))!);
  expect(`${vk.origin}${vk.pathname}`).toBe('https://vk.com/share.php');
  expect(vk.searchParams.get('url')).toBe(address);
  expect(vk.searchParams.get('title')).toBe('С чего начать куратору');
  const telegram = new URL((await page.getByRole('link', { name: 'Telegram' }).getAttribute('href'))!);
  expect(`${telegram.origin}${telegram.pathname}`).toBe('https://t.me/share/url');
  expect(telegram.searchParams.get('url')).toBe(address);
  // The fixture fails the test on any request to another host: loading the page made none.
  await expect(page.locator('iframe, script[src*="vk.com"], script[src*="telegram"], img[src^="http"]')).toHaveCount(0);
});

test('в подвале — издатель и его контакты, и сказано, что это пример', async ({ page }) => {
  await page.goto('/formy/');
  const footer = page.locator('.site-footer');
  await expect(footer).toContainText(`Издатель: ${siteConfig.publisher.name}`);
  const { email, phone } = siteConfig.contacts;
  await expect(footer.getByRole('link', { name: email! })).toHaveAttribute('href', `mailto:${email}`);
  await expect(footer.getByRole('link', { name: phone! })).toHaveAttribute(
    'href',
    `tel:${phone!.replace(/[^\d+]/g, '')}`,
  );
  await expect(footer).toContainText(siteConfig.contacts.address!);
  await expect(footer).toContainText(siteConfig.example ? 'Это пример: издатель и контакты вымышленные.' : '');
});

test('главная ведёт к первым шагам куратора, четырём инструментам и шаблонам', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  const targets: [string, RegExp][] = [
    ['Калькулятор показателей', /\/instrumenty\/kalkulyator-pokazateley\/$/],
    ['Конструктор дорожной карты', /\/instrumenty\/konstruktor-dorozhnoy-karty\/$/],
    ['Подбор наставнических пар', /\/instrumenty\/nastavnicheskie-pary\/$/],
    ['Мониторинг программы', /\/instrumenty\/monitoring\/$/],
    ['Все шаблоны для скачивания', /\/dorozhnye-karty\/skachat\/$/],
  ];
  for (const [name, href] of targets)
    await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  await main.getByRole('link', { name: 'С чего начать куратору' }).click();
  await expect(page).toHaveURL(/\/metodologiya\/s-chego-nachat\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'С чего начать куратору' })).toBeVisible();
});
