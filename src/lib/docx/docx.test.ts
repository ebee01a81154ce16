import { describe, expect, test } from 'vitest';
import { Packer } from 'docx';
import { form as formSchema } from '../../schemas/form.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { indicator as indicatorSchema } from '../../schemas/indicator.ts';
import { readDataEntries } from '../data-loader.ts';
import { docxText } from './read.ts';
import { columnShares, documentTitle, fillPlaceholders, formDocument, listText } from './form.ts';
import { roadmapDocument } from './roadmap.ts';
import { indicatorsDocument, indicatorsTitle } from './indicators.ts';

const text = async (document: Parameters<typeof Packer.toBuffer>[0]) =>
  docxText(new Uint8Array(await Packer.toBuffer(document)));

const roadmap = roadmapTemplate.parse({
  title: 'План мероприятий (дорожная карта) внедрения целевой модели наставничества',
  purpose: 'Пример для теста.',
  level: 'municipality',
  approvedBy: 'приказом начальника управления образования',
  period: { from: 2021, to: 2024 },
  sections: [
    {
      title: 'Нормативное правовое регулирование',
      items: [
        {
          number: '1.1',
          activity: 'Назначение куратора',
          deadline: { kind: 'dayOfSchoolYear', day: 1, month: 10 },
          responsible: { municipal: ['МОУО'], school: ['Директор'] },
          result: 'Приказ',
        },
        {
          number: '1.2',
          activity: 'Мониторинг',
          deadline: { kind: 'yearly', months: [4] },
          responsible: ['Куратор'],
          result: 'Справка',
        },
      ],
    },
  ],
});

const form = formSchema.parse({
  title: 'Анкета наставляемого',
  appendix: 'Приложение 3',
  purpose: 'Пример для теста.',
  instructions: 'Отметьте один ответ.',
  filledBy: ['Наставляемый'],
  kind: 'questionnaire',
  sections: [
    {
      title: 'О вас',
      blocks: [
        { kind: 'paragraph', text: 'ПРИКАЗ', style: 'heading' },
        { kind: 'paragraph', text: 'Организация: {organisation}.' },
        { kind: 'text', id: 'organisation', label: 'Образовательная организация', required: true },
        { kind: 'date', id: 'filled-on', label: 'Дата заполнения' },
        { kind: 'choice', id: 'role', label: 'Ваша роль', options: ['Ученик', 'Педагог'] },
        {
          kind: 'scale',
          id: 'satisfaction',
          label: 'Насколько вы довольны',
          min: 1,
          max: 5,
          minLabel: 'совсем нет',
          maxLabel: 'полностью',
        },
        {
          kind: 'table',
          id: 'meetings',
          label: 'Встречи',
          columns: [
            { id: 'date', label: 'Дата' },
            { id: 'topic', label: 'Тема' },
          ],
          minRows: 2,
        },
        { kind: 'signature', id: 'signed', label: 'Подпись', role: 'Наставляемый' },
      ],
    },
  ],
});

describe('roadmapDocument', () => {
  test('prints the approval block, the title, the period, both executor columns and the deadlines as words', async () => {
    const content = await text(roadmapDocument(roadmap, 2021));
    for (const fragment of [
      'УТВЕРЖДЕНА',
      'приказом начальника управления образования',
      'от «___» ____________ 20___ г. № ______',
      'План мероприятий (дорожная карта)',
      'на 2021–2024 годы',
      'Исполнитель: муниципальный уровень',
      'Исполнитель: уровень образовательной организации',
      'Нормативное правовое регулирование',
      'до 1 октября',
      'ежегодно, апрель',
      'Куратор',
    ])
      expect(content).toContain(fragment);
  });

  test('prints the date and number of the approving order when they are given', async () => {
    expect(await text(roadmapDocument(roadmap, 2021, { date: '01.09.2025', number: '125-о' }))).toContain(
      'от 01.09.2025 № 125-о',
    );
  });

  test('moves the written years to the school year it is made for, and says where real dates are made', async () => {
    const content = await text(roadmapDocument(roadmap, 2027));
    expect(content).toContain('на 2027–2030 годы');
    expect(content).toContain('2027/2028 учебном году');
    expect(content).toContain('Конструктор дорожной карты');
    expect(content).not.toContain('2021');
  });

  test('prints «УТВЕРЖДАЮ» with the position, signature, name and date lines for a template approved by signature', async () => {
    const content = await text(
      roadmapDocument({ ...roadmap, approval: 'signature', approverPosition: 'Директор' }, 2027),
    );
    for (const fragment of ['УТВЕРЖДАЮ', 'Директор ____________________', '____________ / ________________ /'])
      expect(content).toContain(fragment);
    expect(content).not.toContain('УТВЕРЖДЕНА');
  });
});

describe('formDocument', () => {
  test('a blank form prints its labels, options, scale and lines to write on', async () => {
    const content = await text(formDocument(form));
    for (const fragment of [
      'Приложение 3',
      'Анкета наставляемого',
      'ПРИКАЗ',
      'Организация: ____________.',
      '☐ Ученик',
      'Шкала: 1 — совсем нет; 5 — полностью.',
      'Насколько вы довольны:   1   2   3   4   5',
      'Дата',
      'Тема',
      'Наставляемый ____________',
    ]) {
      expect(content).toContain(fragment);
    }
    // The organisation is in the order's text already, so it is not printed again as a field of its own.
    expect(content).not.toContain('Образовательная организация:');
    expect(content).toContain('Отметьте один ответ.');
  });

  test('a filled form prints the values in place of the blanks', async () => {
    const content = await text(
      formDocument(form, {
        organisation: 'МБОУ «Школа № 7»',
        'filled-on': '2025-12-15',
        role: 'Педагог',
        satisfaction: '4',
        meetings: [{ date: '10.10.2025', topic: 'Знакомство' }],
        signed: 'Иванова А. А.',
      }),
    );
    for (const fragment of [
      'Организация: МБОУ «Школа № 7».',
      'Дата заполнения: 15.12.2025',
      '☒ Педагог',
      '☐ Ученик',
      '[4]',
      'Знакомство',
      '/ Иванова А. А. /',
    ]) {
      expect(content).toContain(fragment);
    }
    // How to fill it in is for the blank only.
    expect(content).not.toContain('Отметьте один ответ.');
  });
});

describe('columnShares', () => {
  test.each([
    [
      ['№', 'ФИО наставника', 'ФИО наставляемого'],
      [['1', 'Волков Пётр Сергеевич', 'Соколова Елена Николаевна']],
      [3, 21, 25],
    ],
    [['Месяц', 'Содержание работы'], [['Сентябрь', 'x'.repeat(300)]], [10, 40]],
    [['Дата', 'Тема'], [], [10, 10]],
    // The pairs order: the names give up room so that «19.10.2026» is never broken over two lines.
    [
      [
        '№',
        'Наставник (ФИО, должность или класс)',
        'Наставляемый (ФИО, должность или класс)',
        'Форма',
        'Начало',
        'Окончание',
      ],
      [
        [
          '1',
          'Светлова Ирина Павловна, учитель математики',
          'Лесная Дарья Андреевна, молодой педагог',
          'учитель – учитель',
          '19.10.2026',
          '31.05.2027',
        ],
      ],
      [3, 23, 23, 12, 12, 12],
    ],
  ])('%j', (labels, rows, shares) => expect(columnShares(labels, rows)).toEqual(shares));
});

describe('fillPlaceholders', () => {
  test.each([
    ['Приказ от {date} № {number}', { date: '2025-09-01', number: '12' }, 'Приказ от 01.09.2025 № 12'],
    ['Назначить {curator} куратором', {}, 'Назначить ____________ куратором'],
    ['Без полей', {}, 'Без полей'],
    [
      'Предмет соглашения: {forms}.',
      { forms: ['наставники', 'площадки'] },
      'Предмет соглашения: наставники и площадки.',
    ],
    [
      'Результаты: {r}.',
      { r: 'все молодые специалисты в программах.' },
      'Результаты: все молодые специалисты в программах.',
    ],
    ['Результаты: {r}.', { r: 'все в программах' }, 'Результаты: все в программах.'],
  ])('%j', (source, values, expected) => {
    expect(fillPlaceholders(source, values)).toBe(expected);
  });

  test.each([
    [['наставники'], 'наставники'],
    [['наставники', 'площадки', 'экскурсии'], 'наставники, площадки и экскурсии'],
    [['фамилия, имя, отчество', 'должность'], 'фамилия, имя, отчество; должность'],
    [[], ''],
  ])('listText(%j)', (items, expected) => expect(listText(items)).toBe(expected));

  // A position after a name is set off by a comma on both sides when the sentence goes on.
  test.each([
    [
      'Ответственному {who} разместить',
      'Лебедевой И. С., учителю информатики',
      'Ответственному Лебедевой И. С., учителю информатики, разместить',
    ],
    ['Ответственному {who} разместить', 'Лебедевой И. С.', 'Ответственному Лебедевой И. С. разместить'],
    [
      'Назначить куратором {who}.',
      'Громова П. А., заместителя директора',
      'Назначить куратором Громова П. А., заместителя директора.',
    ],
    ['Куратор — {who}', 'Ким Е. В., учитель', 'Куратор — Ким Е. В., учитель'],
  ])('%j with %j', (source, who, expected) => {
    expect(fillPlaceholders(source, { who }, new Map(), new Set(['who']))).toBe(expected);
  });
});

describe('a multiple choice', () => {
  test.each([
    ['Чего вы ждёте?', 'Чего вы ждёте? (можно выбрать несколько):'],
    ['Чего вы ждёте? (можно выбрать несколько)', 'Чего вы ждёте? (можно выбрать несколько)'],
  ])('%j says «можно выбрать несколько» once', async (label, printed) => {
    const questionnaire = formSchema.parse({
      title: 'Анкета',
      purpose: 'Проверка',
      filledBy: ['Наставник'],
      kind: 'questionnaire',
      sections: [{ blocks: [{ kind: 'choice', id: 'q', label, options: ['А', 'Б'], multiple: true }] }],
    });
    const content = await text(formDocument(questionnaire));
    expect(content).toContain(printed);
    expect(content.match(/можно выбрать несколько/g)).toHaveLength(1);
  });
});

describe('an order on paper', () => {
  const order = formSchema.parse({
    title: 'Приказ о назначении куратора',
    purpose: 'Проверка',
    filledBy: ['Директор'],
    instructions: 'Заполните поля на сайте.',
    kind: 'order',
    sections: [
      {
        blocks: [
          { kind: 'text', id: 'organisation', label: 'Организация', profile: 'organisation.fullName' },
          { kind: 'choice', id: 'tracks', label: 'Наставничество', options: ['обучающихся', 'педагогов'] },
          { kind: 'paragraph', text: '{organisation}', style: 'center' },
          { kind: 'paragraph', text: 'ПРИКАЗ', style: 'heading' },
          { kind: 'paragraph', text: 'О назначении куратора', style: 'heading' },
          { kind: 'paragraph', text: '1. Назначить куратора наставничества {tracks}.' },
          { kind: 'signature', id: 'director', label: 'Подпись директора', role: 'Директор', profile: 'director.name' },
        ],
      },
    ],
  });

  test('has nothing above «ПРИКАЗ» but the organisation, no web instructions, its subject as its title', async () => {
    const lines = (await text(formDocument(order))).split('\n');
    // The choice the text names is no list of boxes above «ПРИКАЗ»: the sentence carries it.
    expect(lines.slice(0, 4)).toEqual([
      '____________',
      'ПРИКАЗ',
      'О назначении куратора',
      '1. Назначить куратора наставничества ____________.',
    ]);
    expect(lines.join(' ')).not.toContain('Заполните поля');
    expect(documentTitle(order)).toBe('О назначении куратора');
  });

  test('prints the director’s name under the signature line', async () => {
    expect(await text(formDocument(order, { director: 'О. П. Васильева' }))).toMatch(
      /Директор _+ \/ О\. П\. Васильева \//,
    );
  });
});

describe('indicatorsDocument', () => {
  test('prints every indicator with its formula and the preset by year', async () => {
    const indicators = readDataEntries('src/content/indicators', indicatorSchema).map((e) =>
      indicatorSchema.parse(e.data),
    );
    const content = await text(indicatorsDocument(indicators, ['2020', '2021', '2022', '2023', '2024']));
    expect(content).toContain(indicatorsTitle);
    expect(content).toContain('2024 г.');
    expect(content).toContain('Считается:');
    expect(content.match(/^70$/m)).not.toBeNull();
  });
});

describe('the library', () => {
  test.each(readDataEntries('src/content/roadmaps', roadmapTemplate).map((e) => [e.id, e.data] as const))(
    'roadmap %s becomes a document with its title',
    async (_id, data) => {
      const template = roadmapTemplate.parse(data);
      expect(await text(roadmapDocument(template, 2027))).toContain(template.title);
    },
  );
  test.each(readDataEntries('src/content/forms', formSchema).map((e) => [e.id, e.data] as const))(
    'form %s becomes a document with its title',
    async (_id, data) => {
      const parsed = formSchema.parse(data);
      expect(await text(formDocument(parsed))).toContain(documentTitle(parsed));
    },
  );
});
