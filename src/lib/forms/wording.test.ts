import { describe, expect, test } from 'vitest';
import { form as formSchema, type Form, type FormField } from '../../schemas/form.ts';
import { readDataEntries } from '../data-loader.ts';
import { typesetForm } from './typeset-form.ts';
import { formVersion } from './storage.ts';
import { formInWording, hasSchoolWording, inWording, wordingOf } from './wording.ts';

describe.each([
  ['kindergarten', 'Карта анализа урока', 'Карта анализа занятия'],
  ['college', 'Карта анализа урока', 'Карта анализа занятия'],
  ['kindergarten', 'Проведён открытый урок', 'Проведено открытое занятие'],
  ['kindergarten', 'Анализирую свой урок', 'Анализирую своё занятие'],
  ['kindergarten', 'Об уроке', 'О занятии'],
  ['kindergarten', 'Посещение уроков и занятий', 'Посещение занятий'],
  ['college', 'Тема урока (занятия)', 'Тема занятия'],
  ['kindergarten', 'Выбираю формы работы под тему и класс', 'Выбираю формы работы под тему и группу'],
  ['college', 'особенности класса', 'особенности группы'],
  ['college', 'Класс (группа)', 'Группа'],
  ['kindergarten', 'Вы классный руководитель?', 'Вы воспитатель группы?'],
  ['college', 'Вы классный руководитель?', 'Вы руководитель учебной группы?'],
  ['kindergarten', 'при учениках', 'при воспитанниках'],
  ['college', 'при учениках', 'при студентах'],
  ['college', 'Рекомендации учителю', 'Рекомендации преподавателю'],
  ['kindergarten', 'форма «учитель – учитель»', 'форма «педагог – педагог»'],
  // Names of other forms of mentoring, «мастер-класс» and words that only contain «урок» stay.
  ['kindergarten', 'форма «ученик – ученик»', 'форма «ученик – ученик»'],
  ['college', 'мастер-классы', 'мастер-классы'],
  ['kindergarten', 'прокурор', 'прокурор'],
  ['school', 'Карта анализа урока', 'Карта анализа урока'],
  ['kindergarten', 'Урок\u00a0завершён', 'Занятие завершено'],
] as const)('%s: %j', (kind, text, expected) => {
  test(`reads ${JSON.stringify(expected)}`, () => expect(inWording(text, kind)).toBe(expected));
});

test.each([
  ['school', 'school'],
  ['additional', 'school'],
  ['kindergarten', 'kindergarten'],
  ['college', 'college'],
  [undefined, 'school'],
])('the profile kind %s speaks as %s', (kind, wording) => expect(wordingOf(kind)).toBe(wording));

const forms = readDataEntries('src/content/forms', formSchema).map((e) => ({
  id: e.id,
  form: typesetForm(e.data as unknown as Form),
}));
const fieldsOf = (form: Form) =>
  form.sections.flatMap((s) => s.blocks).filter((b): b is FormField => b.kind !== 'paragraph');

describe.each(forms)('$id', ({ form }) => {
  test.each(['kindergarten', 'college'] as const)('in a %s keeps its fields, so saved answers still fit', (kind) => {
    const variant = formInWording(form, kind);
    expect(fieldsOf(variant).map((f) => `${f.id}:${f.kind}`)).toEqual(fieldsOf(form).map((f) => `${f.id}:${f.kind}`));
    expect(formVersion(variant)).toBe(formVersion(form));
  });

  test('in a kindergarten says no «урок» and no «класс»', () => {
    const text = JSON.stringify(formInWording(form, 'kindergarten'));
    expect(text).not.toMatch(/(?<![А-Яа-яЁё-])(урок|класс)[а-яё]*/i);
  });
});

describe('a choice of the forms of mentoring', () => {
  const { form } = forms.find((f) => f.id === 'anketa-nastavnika')!;
  const options = (kind: 'kindergarten' | 'college') =>
    fieldsOf(formInWording(form, kind)).find((f) => f.id === 'form')!;
  test('keeps педагог – педагог in a kindergarten', () =>
    expect(options('kindergarten')).toMatchObject({ options: ['педагог – педагог'] }));
  test('keeps the teachers’ and the college forms in a college', () =>
    expect(options('college')).toMatchObject({
      options: ['педагог – педагог', 'работодатель – студент', 'студент – студент'],
    }));
});

test('the forms that speak as a school are the ones that offer another wording', () => {
  const withWording = forms.filter(({ form }) => hasSchoolWording(form)).map((f) => f.id);
  expect(withWording).toContain('karta-analiza-uroka');
  expect(withWording).toContain('anketa-professionalnye-deficity');
  expect(withWording).not.toContain('prikaz-o-naznachenii-kuratora');
});

test('a kindergarten downloads the lesson-analysis card as a card of an activity', async () => {
  const { Packer } = await import('docx');
  const { formDocument } = await import('../docx/form.ts');
  const { docxText } = await import('../docx/read.ts');
  const { form } = forms.find((f) => f.id === 'karta-analiza-uroka')!;
  const text = docxText(new Uint8Array(await Packer.toBuffer(formDocument(formInWording(form, 'kindergarten')))));
  expect(text).toContain('Карта анализа занятия');
  expect(text).toContain('Группа:');
  expect(text).not.toMatch(/урок/i);
});
