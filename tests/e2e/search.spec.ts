// Search runs Pagefind in the browser under the site's Content-Security-Policy and finds Russian word
// forms: a search for one form of a word finds pages that use another.
import { test, expect } from './fixtures.ts';

async function search(page: import('@playwright/test').Page, query: string) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Поиск' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Поиск' }).fill(query);
  return dialog;
}

test.describe('поиск', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const [query, title] of [
    ['наставникам', 'Целевая модель наставничества коротко'],
    ['кураторы', 'Целевая модель наставничества коротко'],
    ['дорожной карте', 'Дорожные карты внедрения'],
    ['удовлетворенность', 'Инструменты'],
  ] as const) {
    test(`по запросу «${query}» находится «${title}»`, async ({ page }) => {
      const dialog = await search(page, query);
      await expect(dialog.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();
    });
  }

  test('по бессмысленному запросу ничего не находится', async ({ page }) => {
    const dialog = await search(page, 'зщшгнекуцй');
    await expect(dialog.getByText('По запросу «зщшгнекуцй» ничего не найдено')).toBeVisible();
  });
});
