// Filling a form in the browser as a teacher would: every kind of field, a reload that keeps what was
// typed, the filled .docx and .json downloads, and what happens with bad input.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { download, openInLibreOffice, printedText } from './office.ts';
import { docxText } from '../../src/lib/docx/read.ts';

const deficits = '/formy/anketa-professionalnye-deficity/';
const pairsOrder = '/formy/prikaz-o-zakreplenii-nastavnicheskih-par/';

async function openFiller(page: Page, path: string) {
  await page.goto(path);
  const form = page.locator('form.form-filler');
  await form.scrollIntoViewIfNeeded();
  // The island hydrates when it comes into view; the saved-state line shows it is alive.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return form;
}

test('анкету дефицитов можно заполнить, перезагрузить и скачать заполненной в .docx и .json', async ({ page }) => {
  const form = await openFiller(page, deficits);
  await form.getByLabel(/Фамилия, имя, отчество/).fill('Смирнова Ольга Петровна');
  await form.getByLabel(/Преподаваемый предмет/).fill('Математика');
  await form.getByLabel(/Педагогический стаж/).fill('1');
  await form
    .getByRole('group', { name: /Образование/ })
    .getByRole('radio', { name: /Высшее педагогическое/ })
    .check();
  await form
    .getByRole('group', { name: /классный руководитель/ })
    .getByRole('radio', { name: 'Да' })
    .check();
  const scales = form.getByRole('group').filter({ has: page.getByRole('radio', { name: '5', exact: true }) });
  const count = await scales.count();
  expect(count).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < count; i += 1)
    await scales
      .nth(i)
      .getByRole('radio', { name: String((i % 5) + 1), exact: true })
      .check();
  await form
    .getByRole('group', { name: /больше всего нужна помощь/ })
    .getByRole('checkbox')
    .first()
    .check();
  await form.getByLabel(/Опишите одну-две ситуации/).fill('Шумный 7 «Б» на шестом уроке.');
  await form.getByLabel(/Дата заполнения/).fill('2025-09-20');
  await expect(page.getByText('Сохранено в этом браузере')).toBeVisible();

  await page.reload();
  const again = await openFiller(page, deficits);
  await expect(again.getByLabel(/Фамилия, имя, отчество/)).toHaveValue('Смирнова Ольга Петровна');
  await expect(again.getByLabel(/Дата заполнения/)).toHaveValue('2025-09-20');
  await expect(
    again.getByRole('group', { name: /классный руководитель/ }).getByRole('radio', { name: 'Да' }),
  ).toBeChecked();

  const docx = docxText((await download(page, 'Скачать заполненную форму (.docx)')).bytes);
  expect(docx).toContain('Смирнова Ольга Петровна');
  expect(docx).toContain('☒ Да');
  expect(docx).toContain('Дата заполнения: 20.09.2025');
  expect(docx).toContain('Шумный 7 «Б» на шестом уроке.');

  const json = JSON.parse(
    new TextDecoder().decode((await download(page, 'Скачать ответы для мониторинга (.json)')).bytes),
  );
  expect(json).toMatchObject({
    format: 'nastavnik-form',
    form: 'anketa-professionalnye-deficity',
    values: { 'full-name': 'Смирнова Ольга Петровна', 'class-teacher': 'Да' },
  });
});

test('в приказе о закреплении пар таблица пар заполняется, строки добавляются и удаляются, файл открывается в LibreOffice', async ({
  page,
}) => {
  const form = await openFiller(page, pairsOrder);
  await form.getByLabel(/Полное наименование образовательной организации/).fill('МБОУ «Средняя школа № 7»');
  await form.getByLabel(/Населённый пункт/).fill('г. Заречный');
  await form.getByLabel(/Дата приказа/).fill('2025-09-25');
  await form.getByLabel(/Номер приказа/).fill('214-о');
  await form.getByLabel(/Учебный год/).fill('2025/2026');
  await form
    .getByLabel(/Куратор/)
    .first()
    .fill('Орлова И. В., заместитель директора по УВР');
  await form.getByLabel(/Срок утверждения программ/).fill('2025-10-10');
  const pairs = form.getByRole('group', { name: /Наставнические пары/ });
  await pairs.getByRole('button', { name: 'Добавить строку' }).click();
  await pairs.getByRole('button', { name: 'Добавить строку' }).click();
  await pairs.getByLabel('Наставник (ФИО, должность или класс), строка 1').fill('Волков П. С., учитель физики');
  await pairs.getByLabel('Наставляемый (ФИО, должность или класс), строка 1').fill('Ким А. Р., учитель физики');
  await pairs.getByLabel('Наставник (ФИО, должность или класс), строка 2').fill('Лишний');
  await pairs
    .getByLabel('Наставник (ФИО, должность или класс), строка 3')
    .fill('Соколова Е. Н., учитель начальных классов');
  await pairs.getByRole('button', { name: 'Удалить строку 2' }).click();
  await expect(pairs.getByLabel('Наставник (ФИО, должность или класс), строка 2')).toHaveValue(
    'Соколова Е. Н., учитель начальных классов',
  );
  await form.getByLabel(/Подпись директора/).fill('Петрова Н. А.');

  const bytes = (await download(page, 'Скачать заполненную форму (.docx)')).bytes;
  const text = docxText(bytes);
  for (const fragment of [
    'МБОУ «Средняя школа № 7»',
    '25.09.2025 № 214-о',
    'Волков П. С., учитель физики',
    'Соколова Е. Н., учитель начальных классов',
  ]) {
    expect(text).toContain(fragment);
  }
  expect(text).not.toContain('Лишний');

  const pdf = openInLibreOffice([{ name: 'prikaz.docx', bytes }])[0]!.text;
  expect(pdf).toContain('Волков П. С., учитель физики');
});

test('пустую форму нельзя выгрузить: форма говорит, каких полей не хватает, и ничего не скачивает', async ({
  page,
}) => {
  const form = await openFiller(page, deficits);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Скачать заполненную форму (.docx)' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Форма заполнена не полностью');
  await expect(alert.getByRole('link', { name: /Фамилия, имя, отчество/ })).toBeVisible();
  await expect(form.getByText('Заполните это поле').first()).toBeVisible();
  expect(downloaded).toBe(false);
});

test('плохой ввод получает понятное сообщение у поля', async ({ page }) => {
  const form = await openFiller(page, deficits);
  const experience = form.getByLabel(/Педагогический стаж/);
  await experience.fill('два года');
  await experience.blur();
  await expect(form.getByText('Введите число цифрами, например 12')).toBeVisible();
  await expect(experience).toHaveAttribute('aria-invalid', 'true');
  await experience.fill('2,5');
  await expect(form.getByText('Нужно целое число')).toBeVisible();
  await experience.fill('120');
  await expect(form.getByText('Не больше 50')).toBeVisible();

  const name = form.getByLabel(/Фамилия, имя, отчество/);
  // The field takes 150 characters, as the form says: the rest is cut as it is typed, and the field says so.
  await name.fill('я'.repeat(10_000));
  await name.blur();
  await expect(name).toHaveValue('я'.repeat(150));
  await expect(form.getByText(/^В поле не больше 150 знаков — это предел/)).toBeVisible();
});

test('повреждённые сохранённые данные не ломают страницу', async ({ page }) => {
  await page.goto(deficits);
  await page.evaluate(() => localStorage.setItem('nastavnik:form:anketa-professionalnye-deficity', '{"version":'));
  const form = await openFiller(page, deficits);
  await expect(form.getByRole('status').first()).toContainText('повреждено и не читается');
  // The damaged save is kept aside, not overwritten, and can be downloaded as it was.
  const copy = await download(page, 'Скачать отложенную копию');
  expect(new TextDecoder().decode(copy.bytes)).toBe('{"version":');
  await form.getByLabel(/Фамилия, имя, отчество/).fill('Новая запись');
  await expect(page.getByText('Сохранено в этом браузере')).toBeVisible();
});

test('«Начать заново» сначала спрашивает, потом стирает', async ({ page }) => {
  const form = await openFiller(page, deficits);
  await form.getByLabel(/Фамилия, имя, отчество/).fill('Черновик');
  await page.getByRole('button', { name: 'Начать заново' }).click();
  await page.getByRole('button', { name: 'Отмена' }).click();
  await expect(form.getByLabel(/Фамилия, имя, отчество/)).toHaveValue('Черновик');
  await page.getByRole('button', { name: 'Начать заново' }).click();
  await page.getByRole('button', { name: 'Да, стереть' }).click();
  await expect(form.getByLabel(/Фамилия, имя, отчество/)).toHaveValue('');
  await page.reload();
  const again = await openFiller(page, deficits);
  await expect(again.getByLabel(/Фамилия, имя, отчество/)).toHaveValue('');
});

test('таблица на 200 строк: больше добавить нельзя, а документ выгружается со всеми строками', async ({ page }) => {
  await page.goto(pairsOrder);
  const rows = Array.from({ length: 200 }, (_, i) => ({
    number: String(i + 1),
    mentor: `Наставник ${i + 1}`,
    mentee: `Наставляемый ${i + 1}`,
    form: 'учитель – учитель',
    from: '',
    to: '',
  }));
  await page.evaluate(
    (pairs) =>
      localStorage.setItem(
        'nastavnik:form:prikaz-o-zakreplenii-nastavnicheskih-par',
        JSON.stringify({ version: 'old', values: { pairs } }),
      ),
    rows,
  );
  const form = await openFiller(page, pairsOrder);
  const pairs = form.getByRole('group', { name: /Наставнические пары/ });
  await expect(pairs.getByLabel('Наставник (ФИО, должность или класс), строка 200')).toHaveValue('Наставник 200');
  await expect(pairs.getByRole('button', { name: 'Добавить строку' })).toBeDisabled();
  for (const [label, value] of [
    [/Полное наименование образовательной организации/, 'МБОУ «Школа № 3»'],
    [/Населённый пункт/, 'с. Луговое'],
    [/Номер приказа/, '1'],
    [/Учебный год/, '2025/2026'],
    [/Подпись директора/, 'Петрова Н. А.'],
  ] as const) {
    await form.getByLabel(label).first().fill(value);
  }
  await form
    .getByLabel(/Куратор/)
    .first()
    .fill('Орлова И. В.');
  await form.getByLabel(/Дата приказа/).fill('2025-09-25');
  await form.getByLabel(/Срок утверждения программ/).fill('2025-10-10');
  const text = docxText((await download(page, 'Скачать заполненную форму (.docx)')).bytes);
  expect(text).toContain('Наставник 1');
  expect(text).toContain('Наставляемый 200');
});

const implementationOrder = '/formy/prikaz-o-vnedrenii-celevoj-modeli/';
/** A field's label as it begins (the rest is the mark of a required field), spaces or the typeset non-breaking ones. */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&').replace(/ /g, '\\s')}`);

test('приказ о внедрении: куратор-женщина назначается в винительном падеже, организация стоит в родительном', async ({
  page,
}) => {
  test.slow(); // LibreOffice opens the order
  const form = await openFiller(page, implementationOrder);
  for (const [label, value] of [
    [
      'Полное наименование образовательной организации',
      'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»',
    ],
    ['Населённый пункт', 'г. Заречный'],
    ['Номер приказа', '101-о'],
    ['Куратор внедрения ЦМН (ФИО, должность)', 'Кузнецова Ольга Николаевна, заместитель директора по УВР'],
    [
      'Ответственный за материально-техническое обеспечение (ФИО, должность)',
      'Воронин Игорь Петрович, заместитель директора по АХЧ',
    ],
    ['Ответственный за официальный сайт (ФИО, должность)', 'Ким Е. В., учитель информатики'],
    ['Планируемые результаты внедрения', 'все молодые специалисты включены в программы наставничества'],
    ['Подпись директора', 'Петрова Н. А.'],
  ] as const) {
    await form.getByRole('textbox', { name: startsWith(label) }).fill(value);
  }
  for (const [label, value] of [
    ['Дата приказа', '2025-09-01'],
    ['Начало внедрения', '2025-09-01'],
    ['Окончание внедрения', '2026-05-31'],
    ['Срок размещения документов на сайте', '2025-09-10'],
    ['Первый срок мониторинга эффективности программ наставничества', '2025-12-20'],
    ['Второй срок мониторинга эффективности программ наставничества', '2026-05-20'],
  ] as const) {
    await form.getByLabel(startsWith(label)).fill(value);
  }

  // The filler shows each declined form before it prints it.
  const curator = form.getByRole('group', {
    name: startsWith('Куратор внедрения ЦМН (ФИО, должность) — в тексте документа'),
  });
  await expect(curator.getByRole('textbox')).toHaveValue('Кузнецову Ольгу Николаевну, заместителя директора по УВР');
  const organisation = form.getByRole('group', {
    name: startsWith('Полное наименование образовательной организации — в тексте документа'),
  });
  await expect(organisation.getByRole('textbox')).toHaveValue(
    'Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»',
  );
  await expect(form.locator('p.document-text', { hasText: '3. Назначить куратором' })).toContainText(
    'Кузнецову Ольгу Николаевну, заместителя директора по УВР',
  );

  // «Ким Е. В.» does not tell the gender: the download stops and says so, and the gender is asked beside the name.
  await page.getByRole('button', { name: 'Скачать заполненную форму (.docx)' }).click();
  await expect(form.getByRole('alert')).toContainText('выберите пол');
  const site = form.getByRole('group', {
    name: startsWith('Ответственный за официальный сайт (ФИО, должность) — в тексте документа'),
  });
  // The declined forms and the gender asked are as accessible as the fields they belong to.
  const { violations } = await new AxeBuilder({ page })
    .include('form.form-filler')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
  await site.getByRole('radio', { name: 'женский' }).check();
  await expect(site.getByRole('textbox')).toHaveValue('Ким Е. В., учителю информатики');
  // A correction typed by the user is what the document prints, and it survives a reload.
  await site.getByRole('textbox').fill('Ким Евгении Викторовне, учителю информатики');
  // Saving follows the render: reload only once the correction is in the browser's storage.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('nastavnik:form:prikaz-o-vnedrenii-celevoj-modeli') ?? ''))
    .toContain('Ким Евгении Викторовне');
  await page.reload();
  const again = await openFiller(page, implementationOrder);
  await expect(
    again
      .getByRole('group', {
        name: startsWith('Ответственный за официальный сайт (ФИО, должность) — в тексте документа'),
      })
      .getByRole('textbox'),
  ).toHaveValue('Ким Евгении Викторовне, учителю информатики');

  const bytes = (await download(page, 'Скачать заполненную форму (.docx)')).bytes;
  // The document's own text is typeset: non-breaking spaces after short words.
  const text = docxText(bytes).replace(/\u00a0/g, ' ');
  expect(text).toContain(
    '3. Назначить куратором внедрения целевой модели наставничества Кузнецову Ольгу Николаевну, заместителя директора по УВР.',
  );
  expect(text).toContain(
    '1. Внедрить целевую модель наставничества в деятельность Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5» в период',
  );
  expect(text).toContain('наставничества Воронина Игоря Петровича, заместителя директора по АХЧ.');
  expect(text).toContain(
    '8. Ответственному за официальный сайт Ким Евгении Викторовне, учителю информатики, разместить',
  );
  expect(text).not.toContain('Кузнецова Ольга Николаевна');
  const pdf = openInLibreOffice([{ name: 'prikaz-o-vnedrenii.docx', bytes }])[0]!.text.replace(/\u00a0/g, ' ');
  expect(pdf).toContain('Кузнецову Ольгу Николаевну');

  // «Распечатать» prints the document as the .docx has it, not the page with its help text.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Распечатать' }).click();
  // The document is drawn after the click; printing before it is there would print the page.
  await expect(page.locator('html.printing-document .print-document')).toBeAttached();
  const printed = printedText(await page.pdf({ format: 'A4' }));
  expect(printed.text).toMatch(/^\s*Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5» ПРИКАЗ/);
  expect(printed.text).toContain('все молодые специалисты включены в программы наставничества. 8.');
  expect(printed.text).toContain(
    '3. Назначить куратором внедрения целевой модели наставничества Кузнецову Ольгу Николаевну',
  );
  expect(printed.text).not.toContain('Заполнить онлайн');
  expect(printed.pages).toBeLessThanOrEqual(2);
});

test('приказ о закреплении пар: куратор-мужчина стоит в дательном падеже', async ({ page }) => {
  const form = await openFiller(page, pairsOrder);
  await form.getByLabel(/Полное наименование образовательной организации/).fill('МБОУ «Средняя школа № 7»');
  await form.getByLabel(/Населённый пункт/).fill('г. Заречный');
  await form.getByLabel(/Дата приказа/).fill('2025-09-25');
  await form.getByLabel(/Номер приказа/).fill('215-о');
  await form.getByLabel(/Учебный год/).fill('2025/2026');
  await form
    .getByRole('textbox', { name: startsWith('Куратор (ФИО, должность)') })
    .fill('Смирнов Олег Ильич, учитель информатики');
  await form.getByLabel(/Срок утверждения программ/).fill('2025-10-10');
  await form
    .getByRole('group', { name: /Наставнические пары/ })
    .getByLabel('Наставник (ФИО, должность или класс), строка 1')
    .fill('Волков П. С., учитель физики');
  await form.getByLabel(/Подпись директора/).fill('Петрова Н. А.');
  await expect(
    form.getByRole('group', { name: startsWith('Куратор (ФИО, должность) — в тексте документа') }).getByRole('textbox'),
  ).toHaveValue('Смирнову Олегу Ильичу, учителю информатики');
  // A name whose gender is clear asks nothing.
  await expect(form.getByRole('radio', { name: 'мужской' })).toHaveCount(0);

  const text = docxText((await download(page, 'Скачать заполненную форму (.docx)')).bytes).replace(/\u00a0/g, ' ');
  expect(text).toContain('3. Куратору Смирнову Олегу Ильичу, учителю информатики, обеспечить');
  expect(text).not.toContain('Смирнов Олег Ильич');
});

test('приказ о назначении куратора: заполняется, скачивается и читается как приказ — организация, «ПРИКАЗ», падежи, ФИО директора', async ({
  page,
}) => {
  test.slow(); // LibreOffice opens the order
  const form = await openFiller(page, '/formy/prikaz-o-naznachenii-kuratora/');
  await form
    .getByRole('textbox', { name: startsWith('Полное наименование образовательной организации') })
    .fill('Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»');
  await form.getByRole('textbox', { name: startsWith('Населённый пункт') }).fill('г. Заречный');
  await form.getByRole('textbox', { name: startsWith('Номер приказа') }).fill('97-о');
  await form
    .getByRole('textbox', { name: startsWith('Куратор (ФИО, должность)') })
    .fill('Громов Павел Андреевич, заместитель директора по УВР');
  await form.getByLabel(startsWith('Дата приказа')).fill('2026-09-01');
  await form.getByLabel(startsWith('Куратор приступает к обязанностям с')).fill('2026-09-02');
  await form.getByLabel(startsWith('Срок первого отчёта куратора')).fill('2026-12-25');
  await form
    .getByRole('group', { name: /Куратор отвечает за наставничество/ })
    .getByRole('checkbox', { name: 'педагогических работников' })
    .check();
  await form.getByLabel(/Подпись директора/).fill('О. П. Васильева');
  // The preview already reads as the paper: the dative, and the comma that closes the position.
  await expect(form.locator('p.document-text', { hasText: '2. Куратору' })).toContainText(
    'Громову Павлу Андреевичу, заместителю директора по УВР, обеспечить',
  );

  const bytes = (await download(page, 'Скачать заполненную форму (.docx)')).bytes;
  const text = docxText(bytes).replace(/\u00a0/g, ' ');
  const lines = text.split('\n');
  expect(lines.slice(0, 2)).toEqual([
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»',
    'ПРИКАЗ',
  ]);
  expect(text).toContain('01.09.2026 № 97-о, г. Заречный');
  expect(text).toContain(
    'в деятельности Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»',
  );
  expect(text).toContain(
    'куратором внедрения целевой модели наставничества (наставничество педагогических работников) Громова Павла Андреевича, заместителя директора по УВР.',
  );
  expect(text).toContain('2. Куратору Громову Павлу Андреевичу, заместителю директора по УВР, обеспечить');
  expect(text).toMatch(/Директор _+ \/ О\. П\. Васильева \//);
  expect(text).not.toContain('Если куратор уже назначен');
  const pdf = openInLibreOffice([{ name: 'prikaz-o-naznachenii-kuratora.docx', bytes }])[0]!;
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('О назначении куратора внедрения целевой модели наставничества');
});

test('карта анализа урока в словах детского сада: занятие, группа, педагог; введённое переживает смену слов', async ({
  page,
}) => {
  const form = await openFiller(page, '/formy/karta-analiza-uroka/');
  await expect(form.getByRole('textbox', { name: /^Класс/ })).toBeVisible();
  await form.getByLabel('Слова документа — как в организации:').selectOption('kindergarten');
  await expect(form.getByRole('textbox', { name: /^Группа/ })).toBeVisible();
  await expect(form.getByRole('textbox', { name: /^Тема занятия/ })).toBeVisible();
  await expect(form.getByRole('heading', { name: 'О занятии' })).toBeVisible();
  await expect(form.locator('section').getByText(/урок/i)).toHaveCount(0);
  // The answers belong to the fields, not to the words: what was typed stays when the wording changes.
  await form.getByRole('textbox', { name: /^Тема занятия/ }).fill('Весна пришла');
  await form.getByLabel('Слова документа — как в организации:').selectOption('college');
  await expect(form.getByRole('textbox', { name: /^Тема занятия/ })).toHaveValue('Весна пришла');
  await form.getByLabel('Слова документа — как в организации:').selectOption('kindergarten');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
});

test('индивидуальный план в словах колледжа: примерные строки плана говорят «занятие», изменённые остаются как введены', async ({
  page,
}) => {
  const form = await openFiller(page, '/formy/individualnyj-plan-raboty-s-molodym-pedagogom/');
  const cell = (row: number) => form.getByLabel(`Содержание работы, строка ${row}`);
  await expect(cell(2)).toHaveValue(/^Посещение уроков молодого педагога/);
  await cell(1).fill('Знакомство с колледжем: мой план');
  await form.getByLabel('Слова документа — как в организации:').selectOption('college');
  await expect(cell(2)).toHaveValue(/^Посещение занятий молодого педагога/);
  await expect(cell(1)).toHaveValue('Знакомство с колледжем: мой план');
});
