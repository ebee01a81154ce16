// Every form's sentences filled with a man and with a woman: no name or organisation is left in the
// nominative where its placeholder declares another case.
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { form as formSchema, type Form, type FormField } from '../../schemas/form.ts';
import { placeholderPattern } from './placeholders.ts';
import { readDataEntries } from '../data-loader.ts';
import { docxText } from '../docx/read.ts';
import { fillPlaceholders, formDocument } from '../docx/form.ts';
import { caseKey, declinedTexts, decliningFields, genderKey, withValue } from './declension.ts';
import { validateForm } from './validate.ts';
import { sanitiseValues, type FormValues } from './values.ts';

const forms = readDataEntries('src/content/forms', formSchema).map((e) => ({
  id: e.id,
  form: e.data as unknown as Form,
}));
const organisation = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 5»';
const organisationGent = 'Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»';

const examples = {
  woman: {
    nomn: 'Кузнецова Ольга Николаевна, заместитель директора по УВР',
    gent: 'Кузнецовой Ольги Николаевны, заместителя директора по УВР',
    dat: 'Кузнецовой Ольге Николаевне, заместителю директора по УВР',
    accs: 'Кузнецову Ольгу Николаевну, заместителя директора по УВР',
    ablt: 'Кузнецовой Ольгой Николаевной, заместителем директора по УВР',
    loct: 'Кузнецовой Ольге Николаевне, заместителе директора по УВР',
  },
  man: {
    nomn: 'Смирнов Олег Ильич, учитель информатики',
    gent: 'Смирнова Олега Ильича, учителя информатики',
    dat: 'Смирнову Олегу Ильичу, учителю информатики',
    accs: 'Смирнова Олега Ильича, учителя информатики',
    ablt: 'Смирновым Олегом Ильичом, учителем информатики',
    loct: 'Смирнове Олеге Ильиче, учителе информатики',
  },
};

function filled(form: Form, person: string): FormValues {
  const values: FormValues = {};
  for (const block of form.sections.flatMap((s) => s.blocks)) {
    const field = block as FormField;
    switch (block.kind) {
      case 'paragraph':
      case 'table':
        break;
      case 'text':
        values[block.id] =
          block.declines === 'person' ? person : block.declines === 'organisation' ? organisation : 'текст';
        break;
      case 'date':
        values[block.id] = '2025-09-01';
        break;
      case 'choice':
        values[block.id] = block.multiple ? [block.options[0]!] : block.options[0]!;
        break;
      default:
        values[field.id] = '3';
    }
  }
  return values;
}

const withCases = forms.filter(({ form }) => decliningFields(form).length > 0);

describe('every form in the case its sentence needs', () => {
  it('has forms that decline (the list below is not empty)', () =>
    expect(withCases.map((f) => f.id).sort()).toEqual([
      'dogovor-o-setevoj-forme-nastavnichestva',
      'polozhenie-o-pooshchrenii-nastavnikov',
      'polozhenie-o-programme-nastavnichestva',
      'polozhenie-o-sisteme-nastavnichestva-pedagogov',
      'prikaz-o-naznachenii-kuratora',
      'prikaz-o-sozdanii-rabochej-gruppy',
      'prikaz-o-vnedrenii-celevoj-modeli',
      'prikaz-o-zakreplenii-nastavnicheskih-par',
      'soglashenie-s-organizaciej-partnerom',
      'soglasie-na-obrabotku-personalnyh-dannyh',
      'soglasie-na-rasprostranenie-personalnyh-dannyh',
      'soglasie-na-uchastie-v-programme',
    ]));

  describe.each(withCases)('$id', ({ form }) => {
    describe.each(Object.entries(examples))('with a %s', (_who, person) => {
      const values = filled(form, person.nomn);
      const declined = declinedTexts(form, values);
      const fields = new Map(decliningFields(form).map(({ field }) => [field.id, field]));
      const paragraphs = form.sections
        .flatMap((s) => s.blocks)
        .flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
      const placeholders = paragraphs.flatMap((source) =>
        [...source.matchAll(placeholderPattern)]
          .filter(([, id, grammar]) => fields.has(id!) && grammar && grammar !== 'nomn')
          .map(([, id, grammar]) => ({ source, id: id!, grammar: grammar as keyof typeof person })),
      );
      it.each(placeholders)('{$id:$grammar}', ({ source, id, grammar }) => {
        const text = fillPlaceholders(source, values, declined);
        const field = fields.get(id)!;
        const expected = field.declines === 'organisation' ? organisationGent : person[grammar];
        const nominative = field.declines === 'organisation' ? organisation : person.nomn;
        expect(text).toContain(expected);
        // The nominative may stand in the same sentence only through a placeholder of its own in the nominative.
        if (!new RegExp(`\\{${id}\\}`).test(source)) expect(text).not.toContain(nominative);
      });
    });
  });

  it('the order appointing the curator names her in the accusative in the .docx', async () => {
    const { form } = forms.find((f) => f.id === 'prikaz-o-vnedrenii-celevoj-modeli')!;
    const values = { ...filled(form, examples.woman.nomn), curator: 'Кузнецова Ольга Николаевна' };
    const text = docxText(new Uint8Array(await Packer.toBuffer(formDocument(form, values))));
    expect(text).toContain('Назначить куратором внедрения целевой модели наставничества Кузнецову Ольгу Николаевну.');
    expect(text).toContain(`в деятельность ${organisationGent} в период`);
    expect(text).toContain(organisation);
    // The planned results stand in clause 7 of the text, and only there.
    expect(text).not.toContain('Планируемые результаты внедрения:');
  });
});

describe('a filled order reads as the director signs it', () => {
  const read = async (id: string, values: FormValues) =>
    docxText(new Uint8Array(await Packer.toBuffer(formDocument(forms.find((f) => f.id === id)!.form, values)))).replace(
      /\u00a0/g,
      ' ',
    );

  it('the implementing order closes the site officer’s position with a comma and prints the director’s name', async () => {
    const { form } = forms.find((f) => f.id === 'prikaz-o-vnedrenii-celevoj-modeli')!;
    const text = await read('prikaz-o-vnedrenii-celevoj-modeli', {
      ...filled(form, examples.man.nomn),
      'site-officer': 'Лебедева Ирина Сергеевна, учитель информатики',
      'director-signature': 'О. П. Васильева',
    });
    expect(text).toContain(
      'Ответственному за официальный сайт Лебедевой Ирине Сергеевне, учителю информатики, разместить',
    );
    expect(text).toMatch(/Директор _+ \/ О\. П\. Васильева \//);
    expect(text.split('\n')[0]).toBe(organisation);
    expect(text.split('\n')[1]).toBe('ПРИКАЗ');
  });

  it.each([
    ['prikaz-o-naznachenii-kuratora', 'Куратору Кузнецовой Ольге Николаевне, заместителю директора по УВР, обеспечить'],
    [
      'prikaz-o-sozdanii-rabochej-gruppy',
      'Назначить руководителем рабочей группы Кузнецову Ольгу Николаевну, заместителя директора по УВР.',
    ],
  ])('%s', async (id, sentence) => {
    const { form } = forms.find((f) => f.id === id)!;
    expect(await read(id, filled(form, examples.woman.nomn))).toContain(sentence);
  });
});

describe('corrections and the gender', () => {
  const { form } = forms.find((f) => f.id === 'prikaz-o-zakreplenii-nastavnicheskih-par')!;
  const base = filled(form, 'Ким Е. В., учитель физики');

  it('asks the gender when the name does not tell it, and declines once it is chosen', () => {
    expect(validateForm(form, base).curator).toMatch(/выберите пол/);
    const chosen = { ...base, [genderKey('curator')]: 'male' };
    expect(validateForm(form, chosen).curator).toBeUndefined();
    expect(declinedTexts(form, chosen).get('curator@dat')).toBe('Киму Е. В., учителю физики');
  });

  it('prints the correction the user typed, and forgets it when the name changes', () => {
    const corrected = { ...base, [caseKey('curator', 'dat')]: 'Ким Евгении Викторовне, учителю физики' };
    expect(validateForm(form, corrected).curator).toBeUndefined();
    expect(declinedTexts(form, corrected).get('curator@dat')).toBe('Ким Евгении Викторовне, учителю физики');
    const renamed = withValue(form, corrected, 'curator', 'Орлова И. В.');
    expect(renamed[caseKey('curator', 'dat')]).toBeUndefined();
    expect(declinedTexts(form, renamed).get('curator@dat')).toBe('Орловой И. В.');
  });

  it('keeps corrections and the gender when saved values are read back, and nothing else', () => {
    const { values, dropped } = sanitiseValues(form, {
      curator: 'Ким Е. В.',
      'curator@gender': 'female',
      'curator@dat': 'Ким Е. В.',
      'curator@vocative': 'x',
      'settlement@dat': 'x',
    });
    expect(values).toEqual({ curator: 'Ким Е. В.', 'curator@gender': 'female', 'curator@dat': 'Ким Е. В.' });
    expect(dropped).toBe(2);
  });
});

describe('the schema checks every declared case', () => {
  const withText = (text: string) => ({
    title: 'Приказ',
    purpose: 'Проверка',
    filledBy: ['Директор'],
    kind: 'order',
    sections: [
      {
        blocks: [
          { kind: 'text', id: 'curator', label: 'Куратор', declines: 'person' },
          { kind: 'text', id: 'organisation', label: 'Организация', declines: 'organisation' },
          { kind: 'text', id: 'settlement', label: 'Населённый пункт' },
          { kind: 'paragraph', text },
        ],
      },
    ],
  });
  const messages = (text: string) =>
    formSchema.safeParse(withText(text)).error?.issues.map((issue) => issue.message) ?? [];

  it.each([
    ['Назначить куратором {curator:accs} в {organisation:gent}, {settlement}.', []],
    ['{curator:nomn}', []],
    ['Куратору {curator:vocative}', ['{curator:vocative}: падеж пишется одним из nomn, gent, dat, accs, ablt, loct']],
    [
      'Жителям {settlement:dat}',
      ['{settlement:dat}: поле не склоняется — добавьте ему declines: person или organisation'],
    ],
    [
      'В {organisation:loct}',
      [
        '{organisation:loct}: наименование организации ставится только в именительный или родительный падеж — перестройте фразу',
      ],
    ],
    [
      '{director:gent}',
      [
        'В тексте упомянуто поле {director}, которого нет в форме',
        '{director:gent}: поле не склоняется — добавьте ему declines: person или organisation',
      ],
    ],
  ])('%s', (text, expected) => expect(messages(text)).toEqual(expected));
});
