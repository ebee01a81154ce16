// The template library as a reader uses it: download a blank from its page and find in the file what the
// page shows; every file of the downloads page is there and is a Word document.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { docxText } from '../../src/lib/docx/read.ts';

async function downloadFrom(page: import('@playwright/test').Page, path: string): Promise<string> {
  await page.goto(path);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Скачать бланк в формате Word' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  return docxText(new Uint8Array(readFileSync(await download.path())));
}

test('бланк дорожной карты школы скачивается с её страницы и совпадает с таблицей на странице', async ({ page }) => {
  const text = await downloadFrom(page, '/dorozhnye-karty/shkolnaya-dorozhnaya-karta/');
  expect(text).toContain('УТВЕРЖДЕНА');
  expect(text).toContain('приказом директора');
  const firstActivity = await page.getByRole('table').locator('tbody th[scope="row"]').first().innerText();
  expect(text.replace(/\u00a0/g, ' ')).toContain(firstActivity.replace(/\u00a0/g, ' ').slice(0, 40));
});

test('бланк анкеты дефицитов скачивается и содержит её вопросы', async ({ page }) => {
  const text = await downloadFrom(page, '/formy/anketa-professionalnye-deficity/');
  expect(text).toContain('Приложение 2');
  expect(text).toContain('Анкета для молодого педагога по выявлению профессиональных дефицитов');
  expect(text).toContain('Фамилия, имя, отчество');
});

test('на странице «Все шаблоны» файлы сгруппированы по назначению и каждый скачивается в своём формате', async ({
  page,
  request,
}) => {
  await page.goto('/dorozhnye-karty/skachat/');
  const groups = page.locator('.downloads section');
  await expect(groups.getByRole('heading', { level: 2 })).toContainText([
    'Дорожные карты и показатели',
    'Приказы и положения',
    'Договоры и согласия',
    'Программы и планы',
    'Анкеты, карты и отчёты',
    'Реестры (таблицы Excel)',
  ]);
  const links = page.locator('.downloads').getByRole('link', { name: /^Скачать/ });
  const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(36);
  expect(hrefs.filter((href) => href.endsWith('.xlsx'))).toHaveLength(3);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const body = new Uint8Array(await response.body());
    if (href.endsWith('.xlsx')) {
      expect(response.headers()['content-type']).toContain('spreadsheetml');
    } else {
      expect(response.headers()['content-type']).toContain('wordprocessingml');
      expect(docxText(body).length, href).toBeGreaterThan(50);
    }
  }
});

test('на странице «Все шаблоны» на телефоне нет прокрутки вбок, а ссылки — цвета темы', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/dorozhnye-karty/skachat/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const link = page.locator('.downloads a.file').first();
  // One line per file link: «Скачать Word (.docx), 14 КБ» is not broken across lines.
  const box = (await link.boundingBox())!;
  const lineHeight = await link.evaluate((a) => parseFloat(getComputedStyle(a).lineHeight));
  expect(box.height).toBeLessThan(lineHeight * 1.5);
  const [linkColour, accent] = await link.evaluate((a) => [
    getComputedStyle(a).color,
    getComputedStyle(a).getPropertyValue('--sl-color-text-accent'),
  ]);
  const probe = await page.evaluate((colour) => {
    const el = document.createElement('span');
    el.style.color = colour;
    document.body.append(el);
    const value = getComputedStyle(el).color;
    el.remove();
    return value;
  }, accent.trim());
  expect(linkColour).toBe(probe);
});

test('страница «Формы и шаблоны» ссылается на каждую форму библиотеки', async ({ page, request }) => {
  await page.goto('/dorozhnye-karty/skachat/');
  const pages = await page
    .locator('.downloads a.title')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')!).filter((href) => href.includes('/formy/')));
  expect(pages.length).toBeGreaterThanOrEqual(30);
  await page.goto('/formy/');
  const linked = await page
    .locator('main')
    .getByRole('link')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
  for (const href of new Set(pages)) expect(linked, href).toContain(href);
  const registry = await request.get(pages.find((href) => href.endsWith('/formy/reestry-nastavnichestva/'))!);
  expect(registry.status()).toBe(200);
});

test('бланк детского сада — с грифом «УТВЕРЖДАЮ» заведующего; бланки с годами датированы ближайшим учебным годом', async ({
  page,
}) => {
  const kindergarten = await downloadFrom(page, '/dorozhnye-karty/dorozhnaya-karta-detskogo-sada/');
  expect(kindergarten).toContain('УТВЕРЖДАЮ');
  expect(kindergarten).toContain('Заведующий ____________________');
  expect(kindergarten).toContain('Конструктор дорожной карты');
  expect(kindergarten).not.toMatch(/класс/i);

  // The municipal roadmap of 2020–2023: its blank and its page show the same moved years, none already past.
  const municipal = await downloadFrom(page, '/dorozhnye-karty/municipalnaya-dorozhnaya-karta/');
  const today = new Date();
  const schoolYear = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  const years = [...municipal.replace(/от \d\d\.\d\d\.\d{4}\s*№/g, '').matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) =>
    Number(m[1]),
  );
  expect(years).toContain(schoolYear + 1);
  expect(years.filter((year) => year < schoolYear)).toEqual([]);
  await expect(page.getByRole('table').locator('caption')).toContainText(`на ${schoolYear + 1}–${schoolYear + 4} годы`);
});

test('бланк в словах детского сада и колледжа лежит рядом со школьным — на странице формы и в «Все шаблоны»', async ({
  page,
}) => {
  await page.goto('/formy/karta-analiza-uroka/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'скачать для детского сада' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('karta-analiza-uroka-dlya-detskogo-sada.docx');
  const kindergarten = docxText(new Uint8Array(readFileSync(await download.path())));
  expect(kindergarten).toContain('Карта анализа занятия');
  expect(kindergarten).not.toMatch(/(?<![А-Яа-яЁё-])(урок|класс|ученик|учител)/i);
  await expect(page.getByRole('link', { name: 'скачать для колледжа' })).toHaveAttribute(
    'href',
    '/templates/karta-analiza-uroka-dlya-kolledzha.docx',
  );

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/dorozhnye-karty/skachat/');
  const card = page.locator('.downloads section > ul > li').filter({ hasText: 'Карта анализа урока' });
  await expect(card.locator('a.file')).toHaveText([
    /^Скачать .*для школы, Word \(\.docx\)/,
    /^Скачать .*для детского сада, Word \(\.docx\)/,
    /^Скачать .*для колледжа, Word \(\.docx\)/,
  ]);
  // A document is offered once, with its wordings under it, and the page still fits a phone.
  await expect(page.locator('.downloads a.title').filter({ hasText: /^Карта анализа/ })).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
