// «Моя школа» as a curator fills it: the profile typed once, nonsense explained at its field, everything kept
// across a reload; before the script runs the form is shown but cannot be typed into.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const path = '/instrumenty/moya-shkola/';

async function open(page: Page) {
  await page.goto(path);
  await expect(page.locator('form[data-tool="school"]')).toHaveAttribute('aria-busy', 'false');
}

const person = (page: Page, role: string) => page.getByRole('group', { name: role, exact: true });

test('the profile is typed once and is there after a reload', async ({ page }) => {
  await open(page);
  await page
    .getByLabel('Полное наименование', { exact: true })
    .fill('Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»');
  await page.getByLabel('Краткое наименование').fill('МБОУ «СШ № 5»');
  await page.getByLabel('Тип организации').selectOption({ label: 'Детский сад' });
  await page.getByLabel('Населённый пункт').fill('г. Заречный');
  await person(page, 'Директор').getByLabel('Фамилия, имя, отчество').fill('Громов Павел Андреевич');
  await person(page, 'Куратор внедрения целевой модели наставничества')
    .getByLabel('Фамилия, имя, отчество')
    .fill('Кузнецова Ольга Николаевна');
  await page.getByRole('button', { name: 'Добавить координатора' }).click();
  await person(page, 'Координатор 1').getByLabel('Фамилия, имя, отчество').fill('Лебедев Игорь Сергеевич');
  await page.getByLabel('Учебный год (год начала)').fill('2027');
  await page.getByLabel('Дата приказа о внедрении целевой модели').fill('2027-08-30');
  await page.getByRole('textbox', { name: /^Номер приказа/ }).fill('45-од');
  await page.getByLabel('Педагогов', { exact: true }).fill('40');
  await expect(page.getByText('Документы и инструменты будут составлены на 2027/2028 учебный год.')).toBeVisible();

  await page.reload();
  await open(page);
  await expect(page.getByLabel('Полное наименование', { exact: true })).toHaveValue(
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»',
  );
  await expect(page.getByLabel('Тип организации')).toHaveValue('kindergarten');
  await expect(person(page, 'Директор').getByLabel('Фамилия, имя, отчество')).toHaveValue('Громов Павел Андреевич');
  await expect(person(page, 'Директор').getByLabel('Должность')).toHaveValue('директор');
  await expect(person(page, 'Координатор 1').getByLabel('Фамилия, имя, отчество')).toHaveValue(
    'Лебедев Игорь Сергеевич',
  );
  await expect(page.getByLabel('Дата приказа о внедрении целевой модели')).toHaveValue('2027-08-30');
  await expect(page.getByLabel('Педагогов', { exact: true })).toHaveValue('40');

  await page.getByRole('button', { name: 'Удалить координатора 1' }).click();
  await expect(person(page, 'Координатор 1')).toHaveCount(0);
});

test.describe('nonsense is explained at its field', () => {
  for (const [label, value, message] of [
    ['Педагогов', 'сорок', 'Целое число не меньше нуля, только цифры.'],
    ['Учебный год (год начала)', '26', 'Учебный год — год его начала, четыре цифры, например 2026 для 2026/2027.'],
  ] as const) {
    test(`«${value}» in «${label}»`, async ({ page }) => {
      await open(page);
      const input = page.getByLabel(label, { exact: true });
      await input.fill(value);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.()]/g, '\\$&')));
      await expect(page.getByRole('alert')).toContainText('Полей с ошибками: 1');
    });
  }

  test('more young teachers than teachers', async ({ page }) => {
    await open(page);
    await page.getByLabel('Педагогов', { exact: true }).fill('5');
    await page.getByLabel('Из них молодых педагогов (стаж до 3 лет)').fill('6');
    await expect(page.getByText('Молодых педагогов не может быть больше, чем всех педагогов.')).toBeVisible();
  });
});

test('before the script runs the form is there but disabled, and says it is loading', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.getByRole('status')).toHaveText('Профиль загружается…');
  await expect(page.getByLabel('Полное наименование', { exact: true })).toBeDisabled();
  await context.close();
});

test('the profile typed once fills the order, the calculator and the roadmap, each field typed once', async ({
  page,
}) => {
  const typed = new Map<string, string>();
  const type = async (label: string, value: string, within = page.locator('body')) => {
    expect(typed.has(value), `«${value}» набрано второй раз`).toBe(false);
    typed.set(value, label);
    await within.getByLabel(label, { exact: true }).fill(value);
  };
  await open(page);
  const school = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»';
  await type('Полное наименование', school);
  await type('Краткое наименование', 'МБОУ «СШ № 5»');
  await type('Населённый пункт', 'г. Заречный');
  await type('Фамилия, имя, отчество', 'Громов Павел Андреевич', person(page, 'Директор'));
  const curator = person(page, 'Куратор внедрения целевой модели наставничества');
  await type('Фамилия, имя, отчество', 'Кузнецова Ольга Николаевна', curator);
  await type('Должность', 'заместитель директора по УВР', curator);
  await type('Дата приказа о внедрении целевой модели', '2026-08-31');
  await type('Номер приказа', '45-од');
  await type('Обучающихся 10–18 лет', '320');

  // The implementing order: the school, the curator in the accusative, the order's number, none typed again.
  await page.goto('/formy/prikaz-o-vnedrenii-celevoj-modeli/');
  await page.locator('form.form-filler').scrollIntoViewIfNeeded();
  await expect(page.locator('form.form-filler')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('textbox', { name: /^Полное наименование образовательной организации/ })).toHaveValue(
    school,
  );
  await expect(page.getByRole('textbox', { name: /^Номер приказа/ })).toHaveValue('45-од');
  await expect(
    page.getByText(/Из профиля «Моя школа» взято: «Полное наименование образовательной организации»/),
  ).toBeVisible();
  await expect(page.getByText('31.08.2026 № 45-од, г. Заречный')).toBeVisible();
  await expect(
    page.getByText(
      '3. Назначить куратором внедрения целевой модели наставничества Кузнецову Ольгу Николаевну, заместителя директора по УВР.',
    ),
  ).toBeVisible();
  // A value typed in the document wins there, and only there.
  await page.getByRole('textbox', { name: /^Номер приказа/ }).fill('46-од');
  await page.reload();
  await page.locator('form.form-filler').scrollIntoViewIfNeeded();
  await expect(page.locator('form.form-filler')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByRole('textbox', { name: /^Номер приказа/ })).toHaveValue('46-од');

  await page.goto('/instrumenty/kalkulyator-pokazateley/');
  const kpi = page.locator('[data-kpi]');
  await kpi.scrollIntoViewIfNeeded();
  await expect(kpi).toHaveAttribute('data-hydrated', 'true');
  await kpi.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
  await expect(page.getByLabel('Название организации или района (для документа)')).toHaveValue('МБОУ «СШ № 5»');
  await expect(page.getByLabel('Обучающиеся 10–18 лет, чел.')).toHaveValue('320');

  await page.goto('/instrumenty/konstruktor-dorozhnoy-karty/');
  const builder = page.locator('[data-roadmap-builder]');
  await builder.scrollIntoViewIfNeeded();
  await expect(builder).toHaveAttribute('data-hydrated', 'true');
  await builder.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
  await expect(page.getByLabel('Название организации (обязательно)')).toHaveValue(school);
  await expect(page.getByLabel('Руководитель (ФИО)')).toHaveValue('Громов Павел Андреевич');
  await expect(builder.getByLabel('Номер приказа')).toHaveValue('45-од');
  expect(typed.size).toBe(9);
});

test('what is typed while «Взять из профиля» loads stays: the pairs order keeps its date', async ({ page }) => {
  await open(page);
  await page.getByLabel('Полное наименование', { exact: true }).fill('МБОУ «Средняя школа № 5»');
  await page.getByLabel('Населённый пункт').fill('г. Заречный');

  await page.goto('/instrumenty/nastavnicheskie-pary/');
  const pairs = page.locator('[data-pairs]');
  await pairs.scrollIntoViewIfNeeded();
  await expect(pairs).toHaveAttribute('data-hydrated', 'true');
  // The profile's mapping arrives late, as on a slow line: the user types the order's date meanwhile.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/tools\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await pairs.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
  await pairs.getByLabel('Дата приказа', { exact: true }).fill('2026-10-16');
  release();
  await expect(pairs.getByLabel('Полное наименование организации')).toHaveValue('МБОУ «Средняя школа № 5»');
  await expect(pairs.getByLabel('Дата приказа', { exact: true })).toHaveValue('2026-10-16');
});
