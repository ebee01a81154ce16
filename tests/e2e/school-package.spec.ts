// «Моя школа» beyond the profile: the whole package in one click, and the workspace saved to a file and opened in
// another browser, as a curator moving to another computer would.
import { strFromU8, unzipSync } from 'fflate';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice } from './office.ts';

const path = '/instrumenty/moya-shkola/';
const consent = '/formy/soglasie-na-uchastie-v-programme/';

async function open(page: Page) {
  await page.goto(path);
  await expect(page.locator('form[data-tool="school"]')).toHaveAttribute('aria-busy', 'false');
}

/** A form's page with its filler alive: it hydrates when it scrolls into view. */
async function openForm(page: Page, formPath: string) {
  await page.goto(formPath);
  await page.locator('form.form-filler').scrollIntoViewIfNeeded();
  await expect(page.locator('form.form-filler')).toHaveAttribute('data-hydrated', 'true');
  return page.locator('#ff-full-name');
}

async function typeProfile(page: Page) {
  await page
    .getByLabel('Полное наименование', { exact: true })
    .fill('Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»');
  await page
    .getByLabel('Полное наименование в родительном падеже (кого? чего?)')
    .fill('Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»');
  await page.getByLabel('Краткое наименование').fill('МБОУ «СШ № 5»');
  const curator = page.getByRole('group', { name: 'Куратор внедрения целевой модели наставничества', exact: true });
  await curator.getByLabel('Фамилия, имя, отчество').fill('Кузнецова Ольга Николаевна');
  await curator.getByLabel('Должность').fill('заместитель директора по УВР');
}

test('the package: the order and the положение filled from the profile, a contents list, the workspace file', async ({
  page,
}) => {
  await open(page);
  await typeProfile(page);
  const zip = await download(page, 'Скачать пакет документов (.zip)');
  expect(zip.name).toMatch(/^paket-dokumentov-mbou-ssh-5-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByRole('status').filter({ hasText: 'Пакет собран: файлов в архиве — 4.' })).toBeVisible();
  const entries = unzipSync(zip.bytes);
  const names = Object.keys(entries);
  expect(names.slice(0, 3)).toEqual([
    '00-sostav-paketa.txt',
    '01-prikaz-o-vnedrenii-celevoj-modeli.docx',
    '02-polozhenie-o-programme-nastavnichestva.docx',
  ]);
  expect(names[3]).toMatch(/^nastavnichestvo-mbou-ssh-5-.*\.json$/);
  const contents = strFromU8(entries['00-sostav-paketa.txt']!.slice(3));
  expect(contents).toContain('Организация: МБОУ «СШ № 5»');
  expect(contents).toContain('Проверьте: ');
  const docs = names.filter((name) => name.endsWith('.docx')).map((name) => ({ name, bytes: entries[name]! }));
  const [order, regulation] = openInLibreOffice(docs);
  expect(order!.text).toContain('Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»');
  expect(order!.text).toContain('Кузнецову Ольгу Николаевну');
  expect(regulation!.pages).toBeGreaterThan(0);
});

test('the workspace saved to a file opens in another browser, after saying what it holds', async ({
  page,
  browser,
}) => {
  await open(page);
  await typeProfile(page);
  const participant = await openForm(page, consent);
  await participant.fill('Иванов Пётр Сергеевич');
  await expect(page.getByText('Сохранено в этом браузере').first()).toBeVisible();
  await open(page);
  const saved = await download(page, 'Сохранить всё в файл');
  expect(saved.name).toMatch(/^nastavnichestvo-mbou-ssh-5-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(mkdtempSync(join(tmpdir(), 'workspace-')), saved.name);
  writeFileSync(file, saved.bytes);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await open(fresh);
  await expect(fresh.getByLabel('Краткое наименование')).toHaveValue('');
  await fresh.getByLabel('Открыть файл школы').setInputFiles(file);
  await expect(fresh.getByText('Файл школы «МБОУ «СШ № 5»», сохранён')).toBeVisible();
  await expect(fresh.getByText('В нём: профиль школы, 1 заполненная форма.')).toBeVisible();
  await fresh.getByRole('button', { name: 'Открыть и заменить' }).click();
  await expect(fresh.getByRole('status').filter({ hasText: 'Открыт файл школы: профиль школы' })).toBeVisible();
  await expect(fresh.getByLabel('Краткое наименование')).toHaveValue('МБОУ «СШ № 5»');
  await expect(await openForm(fresh, consent)).toHaveValue('Иванов Пётр Сергеевич');

  // A file of another kind is refused with a reason, and nothing is replaced.
  const wrong = join(tmpdir(), 'not-a-school.json');
  writeFileSync(wrong, '{"format":"nastavnik-pairs","version":1}');
  await open(fresh);
  await fresh.getByLabel('Открыть файл школы').setInputFiles(wrong);
  await expect(fresh.getByRole('alert')).toContainText('Это не файл школы.');
  await expect(fresh.getByLabel('Краткое наименование')).toHaveValue('МБОУ «СШ № 5»');
  await other.close();
});

test('participants typed or pasted once: a consent for each without one, a questionnaire with the code for each', async ({
  page,
  browser,
}) => {
  // Four pages, two browsers and LibreOffice: longer than one page's test on a busy machine.
  test.setTimeout(90_000);
  await open(page);
  await typeProfile(page);
  const people = page.getByRole('region', { name: 'Список участников программы наставничества' });
  await page.getByRole('button', { name: 'Добавить наставляемого' }).click();
  await people.getByLabel('ФИО, строка 1').fill('Иванов Пётр Сергеевич');
  await people.getByLabel('Класс или должность, строка 1').fill('7 «Б»');
  await page.getByText('Вставить из таблицы').click();
  await page
    .getByLabel('Строки таблицы')
    .fill('Громова Ольга Петровна\tнаставник\tпедагог\tучитель математики\tучитель – учитель\tда');
  await page.getByRole('button', { name: 'Добавить из вставленного' }).click();
  await expect(page.getByText('Добавлено участников: 1.')).toBeVisible();
  await expect(people.getByLabel('Код, строка 2')).toHaveValue('НС-001');
  await expect(
    page.getByText('Наставляемых: 1, из них с согласием: 0. Наставников: 1, из них с согласием: 1.'),
  ).toBeVisible();
  // A code typed twice is explained at its cell.
  await people.getByLabel('Код, строка 2').fill('НЯ-001');
  await expect(people.getByText('Такой код уже есть в строке 1: коды не повторяются.')).toBeVisible();
  await people.getByLabel('Код, строка 2').fill('НС-001');

  await page.reload();
  await open(page);
  await expect(people.getByLabel('ФИО, строка 1')).toHaveValue('Иванов Пётр Сергеевич');

  const zip = await download(page, 'Скачать пакет документов (.zip)');
  const entries = unzipSync(zip.bytes);
  expect(Object.keys(entries).filter((name) => name.includes('/'))).toEqual([
    'soglasiya/soglasie-ivanov-nya-001.docx',
    'ankety/anketa-nastavlyaemogo-nya-001.docx',
    'ankety/anketa-nastavnika-ns-001.docx',
    'ankety/ssylki-na-ankety.csv',
  ]);
  // The mentor's link opens the questionnaire with the code and the school filled, in a browser that has nothing.
  const links = strFromU8(entries['ankety/ssylki-na-ankety.csv']!).split('\r\n');
  const mentorLink = links
    .find((line) => line.startsWith('НС-001'))!
    .split(';')
    .at(-1)!;
  expect(mentorLink).not.toContain('Громова');
  const respondent = await browser.newContext();
  const form = await respondent.newPage();
  await form.goto(mentorLink);
  await form.locator('form.form-filler').scrollIntoViewIfNeeded();
  await expect(form.locator('form.form-filler')).toHaveAttribute('data-hydrated', 'true');
  await expect(form.getByLabel('Код участника')).toHaveValue('НС-001');
  await expect(
    form.getByText(
      'По ссылке куратора уже заполнено: Когда заполняется анкета, Вы, Форма наставничества, Образовательная организация, Код участника.',
      { exact: false },
    ),
  ).toBeVisible();
  expect(new URL(form.url()).hash).toBe('');
  await respondent.close();
  const [consent, questionnaire] = openInLibreOffice([
    { name: 'soglasie.docx', bytes: entries['soglasiya/soglasie-ivanov-nya-001.docx']! },
    { name: 'anketa.docx', bytes: entries['ankety/anketa-nastavnika-ns-001.docx']! },
  ]);
  expect(consent!.text).toContain('на участие Иванова Петра Сергеевича, 7 «Б», в программе');
  expect(questionnaire!.text).toContain('НС-001');
  expect(questionnaire!.text).toContain('«Средняя школа № 5»');
  expect(questionnaire!.text).not.toContain('Громова');

  // The pairs tool takes the same people, once: a second click adds nobody.
  await page.goto('/instrumenty/nastavnicheskie-pary/');
  const pairs = page.locator('[data-pairs]');
  await pairs.scrollIntoViewIfNeeded();
  await expect(pairs).toHaveAttribute('data-hydrated', 'true');
  await pairs.getByRole('button', { name: 'Взять участников из «Моя школа»' }).click();
  await expect(pairs.getByText('Из списка участников «Моя школа» добавлено человек: 2')).toBeVisible();
  await expect(pairs.getByRole('heading', { name: /^Наставляемые \(1\)/ })).toBeVisible();
  await expect(pairs.getByRole('heading', { name: /^Наставники \(1\)/ })).toBeVisible();
  await pairs.getByRole('button', { name: 'Взять участников из «Моя школа»' }).click();
  await expect(pairs.getByText('Из списка участников «Моя школа» добавлено человек: 0')).toBeVisible();

  // The calculator counts the list's mentees and mentors as this school year's actuals.
  await open(page);
  const year = await page.getByLabel('Учебный год (год начала)').inputValue();
  await page.goto('/instrumenty/kalkulyator-pokazateley/');
  const kpi = page.locator('[data-kpi]');
  await kpi.scrollIntoViewIfNeeded();
  await expect(kpi).toHaveAttribute('data-hydrated', 'true');
  await kpi.getByRole('button', { name: 'Взять из профиля «Моя школа»' }).click();
  await expect(kpi.getByText(/а из списка участников — фактическое число/)).toBeVisible();
  await page.getByLabel('Сравнить с фактом (мониторинг)').check();
  await expect(page.getByLabel(`Факт за ${year} г., показатель 1`)).toHaveValue('1');
  await expect(page.getByLabel(`Факт за ${year} г., показатель 2`)).toHaveValue('0');
});
