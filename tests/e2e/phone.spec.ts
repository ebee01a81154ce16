// A teacher on a phone, 390×844: no page of the sitemap and no tool in its working state makes the page wider
// than the screen (sideways scrolling), the timeline's months and monitoring's questions stay readable, and
// every page has the menu. Each tool is brought to its state as its own spec does it.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pages } from './pages.ts';
import { loadMonitoredForms } from '../../src/lib/monitoring/test-forms.ts';
import { exportOf, sampleValues, seeded } from '../../src/lib/monitoring/sample-answers.ts';

const width = 390;
test.use({ viewport: { width, height: 844 } });

/** How wide the page is, and which elements stick out past the screen's right edge (to name in a failure). */
async function overflow(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate((screen) => {
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > screen + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  }, width);
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, culprits } = await overflow(page);
  expect(scrollWidth, `ширина страницы; выходят за экран: ${culprits.join('; ')}`).toBeLessThanOrEqual(width);
}

async function hydrated(page: Page, path: string, island: string) {
  await page.goto(path);
  await page.locator(island).scrollIntoViewIfNeeded();
  await expect(page.locator(island)).toHaveAttribute('data-hydrated', 'true');
}

for (const path of pages) {
  test(`${path}: без прокрутки вбок и с меню на 390 px`, async ({ page }) => {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
    await expect(page.getByRole('button', { name: 'Меню' })).toBeVisible();
  });
}

test('калькулятор показателей со сравнением с фактом', async ({ page }) => {
  await hydrated(page, '/instrumenty/kalkulyator-pokazateley/', '[data-kpi]');
  await page.getByLabel('Сравнить с фактом (мониторинг)').check();
  await expect(page.getByLabel(/^Факт за \d+ г\., показатель 1$/).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('подбор пар со списками и подобранными парами', async ({ page }) => {
  await hydrated(page, '/instrumenty/nastavnicheskie-pary/', '[data-pairs]');
  await page.getByRole('button', { name: 'Открыть пример' }).click();
  await page.getByRole('button', { name: 'Подобрать пары' }).click();
  await expect(page.getByRole('list', { name: 'Предложенные пары' }).getByRole('listitem').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('конструктор дорожной карты: график с подписями месяцев', async ({ page }) => {
  await hydrated(page, '/instrumenty/konstruktor-dorozhnoy-karty/', '[data-roadmap-builder]');
  await page.getByLabel('С какого шаблона начать').selectOption('shkolnaya-dorozhnaya-karta');
  await page.getByRole('button', { name: 'Создать по шаблону' }).click();
  await page.getByRole('button', { name: 'График' }).click();
  const figure = page.getByRole('figure');
  await expect(figure).toBeVisible();
  await expectNoSidewaysScroll(page);
  // Month names are readable: none is squeezed narrower than its text or into its neighbour.
  const squeezed = await figure.evaluate((root) => {
    const months = [...root.querySelectorAll('.rb-timeline-scale span')] as HTMLElement[];
    const boxes = months.map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }));
    return {
      count: months.length,
      clipped: boxes
        .filter(({ text, box }, i) => {
          const range = document.createRange();
          range.selectNodeContents(months[i]!);
          const textWidth = range.getBoundingClientRect().width;
          const next = boxes[i + 1];
          return textWidth > box.width + 1 ||
            (next !== undefined && box.left + textWidth > next.box.left + 1 && next.box.top === box.top)
            ? text
            : '';
        })
        .map(({ text }) => text),
    };
  });
  expect(squeezed.count, 'подписи месяцев на графике').toBeGreaterThanOrEqual(9);
  expect(squeezed.clipped, 'месяцы, чьё название не помещается').toEqual([]);
});

test('мониторинг с загруженными ответами: вопросы читаются целиком', async ({ page }) => {
  const forms = loadMonitoredForms();
  const random = seeded(7);
  const files = ['N1', 'N2', 'N3'].map((code) => {
    const form = forms['anketa-nastavlyaemogo']!;
    const values = sampleValues(form, {
      organisation: 'МБОУ «Школа № 5»',
      code,
      stageOption: 'При завершении программы',
      date: '2026-05-20',
      random,
    });
    return { name: `${code}.json`, mimeType: 'application/json', buffer: Buffer.from(exportOf(form, values)) };
  });
  await page.goto('/instrumenty/monitoring/');
  const tool = page.getByRole('region', { name: 'Обработка анкет мониторинга' });
  await tool.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await tool.getByLabel('Файлы с ответами').setInputFiles(files);
  await expect(tool.getByText('Прочитано файлов: 3. Учтено анкет: 3.')).toBeVisible();
  await expectNoSidewaysScroll(page);
  // No text in the results is cut off with an ellipsis or hidden past its box.
  const cut = await tool.evaluate((root) =>
    [...root.querySelectorAll('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return (
          el.children.length === 0 &&
          (el.textContent ?? '').trim() !== '' &&
          style.overflowX !== 'visible' &&
          el.scrollWidth > el.clientWidth + 1 &&
          !el.closest('[tabindex="0"]')
        );
      })
      .map((el) => (el.textContent ?? '').trim().slice(0, 40)),
  );
  expect(cut, 'обрезанные подписи').toEqual([]);
});
