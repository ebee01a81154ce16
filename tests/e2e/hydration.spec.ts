// Before a tool's island has hydrated, a file chosen or a button pressed was lost without a word. Each tool's
// controls now come disabled in the server's HTML, with a notice that the tool is loading, and are enabled
// once the island is alive. The server's HTML is seen with JavaScript off; the live page with it on.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

interface Tool {
  name: string;
  path: string;
  /** The control a user reaches for first: a file input where the tool reads files. */
  control: (page: Page) => Locator;
}

const tools: Tool[] = [
  {
    name: 'мониторинг',
    path: '/instrumenty/monitoring/',
    control: (page) => page.getByLabel('Файлы с ответами (.json, .csv, .xlsx)'),
  },
  {
    name: 'подбор пар',
    path: '/instrumenty/nastavnicheskie-pary/',
    control: (page) => page.getByLabel('Таблица наставляемых (CSV или XLSX)'),
  },
  {
    name: 'конструктор дорожной карты',
    path: '/instrumenty/konstruktor-dorozhnoy-karty/',
    control: (page) => page.getByLabel('Открыть файл (.json)'),
  },
  {
    name: 'калькулятор показателей',
    path: '/instrumenty/kalkulyator-pokazateley/',
    control: (page) => page.getByRole('button', { name: 'Скачать таблицу .docx' }),
  },
  {
    name: 'сводка по школам района',
    path: '/municipalitet/svodka-po-shkolam/',
    control: (page) => page.getByLabel('Файлы школ (.json, .csv, .xlsx)'),
  },
  {
    name: 'заполнение формы',
    path: '/formy/pamyatka-nastavniku/',
    control: (page) => page.getByRole('button', { name: 'Скачать заполненную форму (.docx)' }),
  },
];

for (const tool of tools) {
  test(`${tool.name}: до загрузки поля недоступны и сказано «загружается…», после — работают`, async ({
    browser,
    baseURL,
    page,
  }) => {
    const serverOnly = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
    const html = await serverOnly.newPage();
    await html.goto(tool.path);
    await expect(tool.control(html)).toBeDisabled();
    await expect(html.getByText(/загружается…/)).toBeVisible();
    await serverOnly.close();

    await page.goto(tool.path);
    await tool.control(page).scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(tool.control(page)).toBeEnabled();
    await expect(page.getByText(/загружается…/)).toHaveCount(0);
  });
}
