// The version for the visually impaired as a reader uses it: the panel by keyboard, each setting applied,
// kept across a reload and applied before the page is painted; every colour scheme and the largest text pass
// axe over a sample of pages; no sideways scroll on a phone; images off; a tool still works in a mode.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { lowVisionStorageKey, type LowVisionSettings } from '../../src/lib/low-vision/settings.ts';
import { hydrateIslands } from './islands.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const methodology = '/metodologiya/bazy/';
const kpi = '/instrumenty/kalkulyator-pokazateley/';
/** Home, a methodology page, a form page and each of the four tools. */
const sample = [
  '/',
  methodology,
  '/formy/anketa-nastavnika/',
  kpi,
  '/instrumenty/konstruktor-dorozhnoy-karty/',
  '/instrumenty/nastavnicheskie-pary/',
  '/instrumenty/monitoring/',
];
const schemes = { bw: ['#000000', '#ffffff'], wb: ['#ffffff', '#000000'], blue: ['#063462', '#9dd1ff'] } as const;

/** Every page of the context opens with these settings saved, as a returning reader's would be. */
async function remember(context: BrowserContext, settings: Partial<LowVisionSettings>) {
  const saved = [lowVisionStorageKey, JSON.stringify(settings)];
  await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), saved);
}

const html = (page: Page) => page.locator('html');
const toggle = (page: Page) => page.getByRole('button', { name: 'Версия для слабовидящих' });
const panel = (page: Page) => page.getByRole('group', { name: 'Настройки для слабовидящих' });

/** The computed colour of a CSS property as #rrggbb. */
async function colourOf(target: Locator, property: 'color' | 'background-color') {
  const rgb = await target.first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return `#${[r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('')}`;
}

async function axeViolations(page: Page) {
  await hydrateIslands(page);
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
}

test('панель открывается с клавиатуры, каждая настройка применяется, объявляется и остаётся', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(methodology);
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(panel(page)).toBeHidden();

  // From the top of the page, Tab reaches the switch.
  const focused = () => toggle(page).evaluate((el) => el === document.activeElement);
  for (let i = 0; i < 20 && !(await focused()); i++) await page.keyboard.press('Tab');
  await expect(toggle(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page)).toBeVisible();

  // Tab enters each group of radio buttons in turn; an arrow picks the next value.
  const steps: [string, string, string, string][] = [
    ['Размер текста', '150\u00a0%', 'data-lv-size', '150'],
    ['Цвета', 'Чёрный на белом', 'data-lv-scheme', 'bw'],
    ['Расстояние между буквами', 'Увеличенное', 'data-lv-letters', 'wide'],
    ['Расстояние между строками', 'Увеличенное', 'data-lv-lines', 'wide'],
    ['Изображения', 'Скрыть и показать вместо них подписи', 'data-lv-images', 'off'],
  ];
  for (const [legend, label, attribute, value] of steps) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const radio = panel(page).getByRole('group', { name: legend }).getByRole('radio', { name: label });
    await expect(radio).toBeChecked();
    await expect(radio).toBeFocused();
    await expect(html(page)).toHaveAttribute(attribute, value);
    await expect(panel(page).getByRole('status')).toHaveText(`${legend}: ${label}.`);
  }
  // In a colour scheme the theme switch gives way, and the panel says so.
  await expect(page.locator('starlight-theme-select').first()).toBeHidden();
  await expect(panel(page).getByText('переключатель светлой и тёмной темы скрыт')).toBeVisible();

  // Escape closes the panel and returns to the switch.
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(toggle(page)).toBeFocused();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');

  await page.reload();
  for (const [, , attribute, value] of steps) await expect(html(page)).toHaveAttribute(attribute, value);
  await toggle(page).click();
  for (const [legend, label] of steps) {
    await expect(panel(page).getByRole('group', { name: legend }).getByRole('radio', { name: label })).toBeChecked();
  }

  // «Обычная версия» takes everything back, and that too is kept.
  await panel(page).getByRole('button', { name: 'Обычная версия' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('status')).toHaveText('Включена обычная версия сайта: все настройки сброшены.');
  for (const [, , attribute] of steps) await expect(html(page)).not.toHaveAttribute(attribute, /.*/);
  await expect(page.locator('starlight-theme-select').first()).toBeVisible();
  await page.reload();
  for (const [, , attribute] of steps) await expect(html(page)).not.toHaveAttribute(attribute, /.*/);
});

test('сохранённые настройки применяются до того, как появляется содержимое страницы', async ({ context, page }) => {
  await remember(context, { size: '200', scheme: 'wb' });
  // Records the attributes of <html> at the moment the parser adds <body>, before anything of it is painted.
  await context.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      observer.disconnect();
      const root = document.documentElement;
      const seen = `${root.getAttribute('data-lv-size')} ${root.getAttribute('data-lv-scheme')}`;
      (window as unknown as { atBody: string }).atBody = seen;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(methodology);
  expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('200 wb');
});

test('закрывается щелчком мимо панели и кнопкой «Закрыть»', async ({ page }) => {
  await page.goto(methodology);
  await toggle(page).click();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(panel(page)).toBeHidden();
  await toggle(page).click();
  await panel(page).getByRole('button', { name: 'Закрыть' }).click();
  await expect(panel(page)).toBeHidden();
  await expect(toggle(page)).toBeFocused();
});

// Each light scheme is tried under the dark theme and the dark one under the light theme: the scheme must win.
const modes: { name: string; settings: Partial<LowVisionSettings>; theme: 'light' | 'dark' }[] = [
  { name: 'чёрный на белом', settings: { scheme: 'bw' }, theme: 'dark' },
  { name: 'белый на чёрном', settings: { scheme: 'wb' }, theme: 'light' },
  { name: 'тёмно-синий на голубом', settings: { scheme: 'blue' }, theme: 'dark' },
  { name: 'текст 200 %, широкие интервалы', settings: { size: '200', letters: 'wide', lines: 'wide' }, theme: 'light' },
];

for (const mode of modes) {
  test.describe(`режим «${mode.name}»`, () => {
    test.use({ colorScheme: mode.theme });
    for (const path of sample) {
      test(`${path} без нарушений WCAG 2.2 AA`, async ({ context, page }) => {
        test.setTimeout(90_000); // axe over a tool's full page takes a while on a loaded machine
        await remember(context, mode.settings);
        await page.goto(path, { waitUntil: 'load' });
        // The panel is checked too, open, on the methodology page.
        if (path === methodology) await toggle(page).click();
        expect(await axeViolations(page)).toEqual([]);
        if (mode.settings.scheme) {
          const [fg, bg] = schemes[mode.settings.scheme as keyof typeof schemes];
          expect(await colourOf(page.locator('body'), 'background-color')).toBe(bg);
          expect(await colourOf(page.locator('main h1'), 'color')).toBe(fg);
        }
      });
    }
  });
}

test.describe('телефон 390 px, текст 150 %', () => {
  test.use({ viewport: { width: 390, height: 800 } });
  for (const path of sample) {
    test(`${path} не прокручивается вбок`, async ({ context, page }) => {
      await remember(context, { size: '150', letters: 'wide', lines: 'wide' });
      await page.goto(path, { waitUntil: 'load' });
      // Islands render as they scroll into view: go to the end and back before measuring.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(300);
      const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(scrollWidth, 'ширина страницы').toBeLessThanOrEqual(width);
      // The switch stays in the header and opens its panel within the screen.
      await page.evaluate(() => window.scrollTo(0, 0));
      await toggle(page).click();
      const box = (await panel(page).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    });
  }
});

test('без изображений: картинки скрыты, вместо них подписи; график уходит, подпись и таблица остаются', async ({
  context,
  page,
}) => {
  // The pages have no photographs yet; a fork's page may: one is added to a page as a district would.
  await page.route(methodology, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '<h2 id="кто-собирает-базы">',
      `<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='200' height='100'/%3E" ` +
        `alt="Схема: куратор собирает базы наставников и наставляемых" width="200" height="100">` +
        `<h2 id="кто-собирает-базы">`,
    );
    expect(body).toContain('alt="Схема');
    await route.fulfill({ response, body });
  });
  await page.goto(methodology);
  const image = page.getByRole('img', { name: 'Схема: куратор собирает базы' });
  const alt = page.getByText('Изображение: Схема: куратор собирает базы наставников и наставляемых');
  await expect(image).toBeVisible();
  await expect(alt).toBeHidden();

  await toggle(page).click();
  await panel(page).getByRole('radio', { name: 'Скрыть и показать вместо них подписи' }).check();
  await expect(image).toBeHidden();
  await expect(alt).toBeVisible();
  await panel(page).getByRole('radio', { name: 'Показывать' }).check();
  await expect(image).toBeVisible();
  await expect(alt).toBeHidden();

  await remember(context, { images: 'off' });
  await page.goto(kpi);
  const island = page.locator('[data-kpi]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', 'true');
  const chart = page.getByRole('img', { name: /Показатель 1: цель меняется/ });
  await expect(chart).toBeAttached();
  const box = (await chart.boundingBox())!;
  expect(box.x + box.width, 'график за пределами экрана').toBeLessThanOrEqual(0);
  await expect(page.locator('#kpi-chart-summary')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Данные графика' })).toBeVisible();
});

test('калькулятор показателей считает в режиме «белый на чёрном», текст 200 %', async ({ context, page }) => {
  await remember(context, { scheme: 'wb', size: '200' });
  await page.goto(kpi);
  const island = page.locator('[data-kpi]');
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-hydrated', 'true');
  const row = page
    .getByRole('table', { name: /Целевые значения по годам/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Доля детей и молодёжи в возрасте от 10 до 18 лет/ }) });
  await expect(row).toContainText('101 чел.');
  const count = page.getByLabel('Обучающиеся 10–18 лет, чел.', { exact: true });
  await count.fill('200');
  await expect(row).toContainText('140 чел.');
  expect(await colourOf(count, 'color')).toBe('#ffffff');
  expect(await colourOf(count, 'background-color')).toBe('#000000');
});

// Pictures to look at before calling a change done: test-results/low-vision/.
for (const [scheme, [, bg]] of Object.entries(schemes)) {
  for (const width of [390, 1280]) {
    test(`снимки в схеме ${scheme}, ${width} px`, async ({ context, page }) => {
      await page.setViewportSize({ width, height: 900 });
      await remember(context, { scheme: scheme as LowVisionSettings['scheme'] });
      for (const path of [methodology, kpi]) {
        await page.goto(path, { waitUntil: 'load' });
        if (path === kpi) await page.locator('[data-kpi]').scrollIntoViewIfNeeded();
        expect(await colourOf(page.locator('body'), 'background-color')).toBe(bg);
        const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_');
        await page.screenshot({ path: `test-results/low-vision/${name}-${scheme}-${width}.png` });
      }
    });
  }
}
