// Search finds the pages of the «Методология» section by the word forms a reader types: a query in one
// case or number must bring up the page that uses another, among the first three results.
import { test, expect } from './fixtures.ts';

/** The title link of each result, in the order Pagefind ranks them; nested links to headings are left out. */
const resultTitles =
  '.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link';

const cases = [
  ['наставникам', 'Базы наставников и наставляемых'],
  ['базу наставляемых', 'Базы наставников и наставляемых'],
  ['куратора', 'С чего начать куратору'],
  ['первые шаги', 'С чего начать куратору'],
  ['ШНОР', 'Муниципальный уровень'],
  ['тандемов', 'Муниципальный уровень'],
  ['ролях', 'Роли и структура управления'],
  ['структуры управления', 'Роли и структура управления'],
  ['нормативных документов', 'Нормативная база наставничества'],
  ['концепции', 'Нормативная база наставничества'],
  ['знака отличия', 'Нормативная база наставничества'],
  ['ролевые модели', 'Формы наставничества'],
  ['работодателя', 'Формы наставничества'],
  ['встреч', 'Этапы программы наставничества'],
  ['этапов', 'Этапы программы наставничества'],
  ['наставничеству педагогов', 'Наставничество педагогов'],
  ['системы сопровождения', 'Наставничество педагогов'],
  ['треков', 'Муниципальная школа наставничества'],
  ['мониторинга', 'Мониторинг и оценка'],
  ['сокращений', 'Словарь терминов и сокращений'],
  ['вопросы', 'Вопросы и ответы'],
] as const;

test.describe('поиск по разделу «Методология»', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const [query, title] of cases) {
    test(`«${query}» находит «${title}» в первых трёх результатах`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Поиск' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Поиск' }).fill(query);
      // Results arrive and re-rank as Pagefind loads its index fragments: poll until the top three settle on the page.
      await expect
        .poll(
          async () => (await dialog.locator(resultTitles).allTextContents()).slice(0, 3).map((text) => text.trim()),
          {
            message: `первые три результата по запросу «${query}»`,
            timeout: 20_000,
          },
        )
        .toContain(title);
    });
  }
});
