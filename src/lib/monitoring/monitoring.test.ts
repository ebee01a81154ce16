import { describe, expect, it } from 'vitest';
import { loadMonitoredForms } from './test-forms.ts';
import { readJsonFile } from './json-files.ts';
import { dropDuplicates } from './duplicates.ts';
import {
  buildResponse,
  leadingNumber,
  matchOption,
  readAnswer,
  readDate,
  splitChoices,
  type Response,
} from './responses.ts';
import { growth, percentOf, questionStats, rankByMean, satisfaction } from './stats.ts';
import { analyse, NO_SCHOOL } from './analyse.ts';
import { mappingProblems, mappingToRemember, readSurveyRows, suggestMapping } from './survey.ts';
import { kpiStateWithActuals, linkActuals } from './kpi-link.ts';
import { kpiSpec } from '../kpi/storage.ts';
import { writeRecord } from '../state/record.ts';
import { decodeState, encodeState } from '../kpi/url-state.ts';
import type { FormField } from '../../schemas/form.ts';

const forms = loadMonitoredForms();
const mentee = forms['anketa-nastavlyaemogo']!;
const mentor = forms['anketa-nastavnika']!;

const response = (over: Partial<Response> & { answers: Response['answers'] }): Response => ({
  formId: mentee.id,
  source: 'a.json',
  stage: 'after',
  organisation: 'Школа № 1',
  mentoringForm: 'ученик – ученик',
  code: '',
  date: '2026-05-20',
  ...over,
});

const scale: FormField = { kind: 'scale', id: 'q', label: 'Вопрос', min: 1, max: 5, required: false };
const choice: FormField = {
  kind: 'choice',
  id: 'c',
  label: 'Выбор',
  options: ['Да', 'Нет, не совсем', 'Не знаю'],
  multiple: true,
  required: false,
};

describe('reading answers', () => {
  it.each([
    [scale, '4', { answer: 4 }],
    [scale, ' 5 — полностью ', { answer: 5 }],
    [scale, '6', { problem: 'ответ «6» не по шкале 1–5' }],
    [scale, '2,5', { problem: 'ответ «2,5» не по шкале 1–5' }],
    [scale, 'хорошо', { problem: 'ответ «хорошо» не по шкале 1–5' }],
    [scale, '', {}],
    [choice, ['Да'], { answer: ['Да'] }],
    [choice, 'нет, не совсем, да', { answer: ['Да', 'Нет, не совсем'] }],
    [choice, 'Да; Может быть', { problem: 'нет такого варианта ответа: «может быть»' }],
    [{ ...choice, multiple: false }, 'НЕ ЗНАЮ', { answer: ['Не знаю'] }],
  ] as const)('%#: %j', (field, raw, expected) =>
    expect(readAnswer(field as FormField, raw as string)).toEqual(expected),
  );

  it.each([
    ['12.05.2026', '2026-05-12'],
    ['1.5.2026 10:15:00', '2026-05-01'],
    ['2026-05-12T08:00:00Z', '2026-05-12'],
    ['вчера', ''],
  ])('readDate(%j) = %j', (text, expected) => expect(readDate(text)).toBe(expected));

  it('matches options regardless of case, ё and kind of dash', () => {
    expect(matchOption(['ученик – ученик'], 'Ученик - ученик')).toBe('ученик – ученик');
    expect(matchOption(['Ещё'], 'еще')).toBe('Ещё');
    expect(leadingNumber('7,5 баллов')).toBe(7.5);
    expect(splitChoices(['А, б', 'В'], 'В, А, б')).toEqual(['А, б', 'В']);
  });

  it('builds a response: stage, service fields, notes for values off the scale and for missing required answers', () => {
    const { response: r, notes } = buildResponse(mentee, 'x.json', {
      stage: 'При завершении программы',
      form: 'ученик – ученик',
      organisation: '  Школа   № 1 ',
      'respondent-code': 'н-01 ',
      overall: '11',
      comfort: '8',
    });
    expect(r).toMatchObject({
      stage: 'after',
      organisation: 'Школа № 1',
      code: 'Н-01',
      answers: { comfort: 8, stage: ['При завершении программы'] },
    });
    expect(r.answers.overall).toBeUndefined();
    expect(notes.map((n) => n.text)).toEqual([
      '«В целом я удовлетворён(а) участием в программе наставничества»: ответ «11» не по шкале 1–10; ответ не учтён.',
      'Нет ответа на обязательные вопросы: «Вы», «Дата заполнения». Остальные ответы учтены.',
    ]);
  });
});

describe('JSON files', () => {
  const file = (over: object) =>
    JSON.stringify({
      format: 'nastavnik-form',
      form: mentee.id,
      title: mentee.title,
      version: 'x',
      exportedAt: '2026-05-20T10:00:00Z',
      values: { stage: 'При завершении программы', overall: '8' },
      ...over,
    });
  it.each([
    ['not JSON', '{oops', 'Файл не читается: это не JSON или он повреждён. Скачайте ответы из формы на сайте заново.'],
    [
      'another format',
      JSON.stringify({ hello: 1 }),
      'Это не ответы анкеты с сайта: в файле нет отметки «nastavnik-form», имени формы или ответов.',
    ],
    [
      'another kind of form',
      file({ form: 'prikaz-o-zakreplenii-nastavnicheskih-par', title: 'Приказ о закреплении' }),
      /^Это «Приказ о закреплении», а не анкета мониторинга\./,
    ],
    ['no answers', file({ values: {} }), 'Анкета пустая: в ней нет ни одного ответа.'],
    ['an empty list', '[]', 'В файле нет ни одной анкеты.'],
  ])('%s is refused with a message', (_name, text, message) => {
    const { responses, notes } = readJsonFile('bad.json', text, forms);
    expect(responses).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.level).toBe('error');
    if (typeof message === 'string') expect(notes[0]!.text).toBe(message);
    else expect(notes[0]!.text).toMatch(message);
  });

  it('reads a good file, with BOM, and a list of exports', () => {
    expect(readJsonFile('a.json', `\uFEFF${file({})}`, forms).responses).toHaveLength(1);
    const list = readJsonFile('all.json', `[${file({})},{"x":1}]`, forms);
    expect(list.responses).toHaveLength(1);
    expect(list.notes.filter((n) => n.level === 'error').map((n) => n.source)).toEqual(['all.json, анкета 2']);
  });
});

describe('duplicates', () => {
  it('keeps the later answer of the same code and stage, and identical answers once', () => {
    const a = response({ source: 'a', code: 'Н-1', date: '2026-05-10', answers: { overall: 3 } });
    const b = response({ source: 'b', code: 'Н-1', date: '2026-05-12', answers: { overall: 9 } });
    const c = response({ source: 'c', code: 'Н-1', stage: 'before', answers: { overall: 5 } });
    const d = response({ source: 'd', answers: { overall: 7 } });
    const e = response({ source: 'e', answers: { overall: 7 } });
    const { kept, notes } = dropDuplicates([a, b, c, d, e]);
    expect(kept.map((r) => r.source)).toEqual(['b', 'c', 'e']);
    expect(notes.map((n) => n.source)).toEqual(['a', 'd']);
    expect(notes[0]!.text).toBe(
      'Повтор анкеты участника с кодом Н-1 (завершение программы): учтена анкета из «b» (заполнена позже или загружена последней), эта — нет.',
    );
  });
});

describe('statistics (hand-computed)', () => {
  const rs = [1, 2, 2, 5].map((q, i) =>
    response({ source: String(i), answers: { q, c: i === 0 ? ['Да', 'Не знаю'] : ['Да'] } }),
  );
  it('distribution and mean of a scale: 1, 2, 2, 5 → mean 2.5', () => {
    expect(questionStats(scale, [...rs, response({ answers: {} })])).toEqual({
      fieldId: 'q',
      label: 'Вопрос',
      kind: 'scale',
      multiple: false,
      answered: 4,
      mean: 2.5,
      min: 1,
      max: 5,
      buckets: [
        { value: '1', count: 1 },
        { value: '2', count: 2 },
        { value: '3', count: 0 },
        { value: '4', count: 0 },
        { value: '5', count: 1 },
      ],
    });
  });
  it('a multiple choice counts each chosen option', () => {
    expect(questionStats(choice, rs).buckets).toEqual([
      { value: 'Да', count: 4 },
      { value: 'Нет, не совсем', count: 0 },
      { value: 'Не знаю', count: 1 },
    ]);
  });
  it.each([
    [[6, 7, 8, 10], 7, 3, 75],
    [[6, 7, 8, 10], 9, 1, 25],
    [[1, 2, 3], 7, 0, 0],
    [[7, 7, 6], 7, 2, 66.7],
  ])('overall %j at threshold %d: %d satisfied, %d %%', (values, threshold, satisfied, percent) => {
    const s = satisfaction(
      mentee,
      values.map((overall) => response({ answers: { overall } })),
      threshold,
    );
    expect(s).toEqual({ formId: mentee.id, threshold, answered: values.length, satisfied, percent });
  });
  it('a respondent answering at two stages counts once, by the later answer', () => {
    const s = satisfaction(
      mentee,
      [
        response({ code: 'A', stage: 'after', answers: { overall: 9 } }),
        response({ code: 'A', stage: 'middle', answers: { overall: 2 } }),
      ],
      7,
    );
    expect(s).toMatchObject({ answered: 1, satisfied: 1, percent: 100 });
  });
  it('nobody answered: no percentage', () =>
    expect(satisfaction(mentee, [], 7)).toMatchObject({ answered: 0, percent: null }));
  it('percentOf rounds to one decimal', () =>
    expect([percentOf(1, 3), percentOf(2, 3), percentOf(0, 0)]).toEqual([33.3, 66.7, null]));

  it('growth pairs the earliest and latest answer of each code: (4→7, 5→5, 6→4) → 5 → 5.33, change 0.33', () => {
    const pairs = [
      [4, 7],
      [5, 5],
      [6, 4],
    ] as const;
    const rs2 = pairs.flatMap(([b, a], i) => [
      response({ code: `K${i}`, stage: 'before', answers: { 'self-confidence': b } }),
      response({ code: `K${i}`, stage: 'after', answers: { 'self-confidence': a } }),
    ]);
    // Without a code, or with one stage only, there is nothing to compare.
    rs2.push(
      response({ stage: 'before', answers: { 'self-confidence': 1 } }),
      response({ code: 'K9', stage: 'after', answers: { 'self-confidence': 10 } }),
    );
    expect(growth(mentee, rs2)).toEqual([
      {
        fieldId: 'self-confidence',
        label: 'Я уверен(а) в своих силах',
        pairs: 3,
        before: 5,
        after: 5.33,
        change: 0.33,
        improved: 1,
        worsened: 1,
      },
    ]);
  });

  it('stage 1 ranks scale questions by their place on the scale', () => {
    const ranked = rankByMean([
      { ...questionStats(scale, rs), fieldId: 'a' },
      { ...questionStats({ ...scale, max: 10 }, rs), fieldId: 'b' },
    ]);
    expect(ranked.map((q) => [q.fieldId, q.level])).toEqual([
      ['a', 0.375],
      ['b', 0.167],
    ]);
  });
});

describe('analyse', () => {
  it('splits by school and by form of mentoring; curator notes are collected', () => {
    const rs = [
      response({ organisation: 'Школа № 1', answers: { overall: 9 } }),
      response({ organisation: 'школа № 1', mentoringForm: 'учитель – учитель', answers: { overall: 3 } }),
      response({ organisation: '', answers: { overall: 8 } }),
      response({ formId: mentor.id, organisation: 'Школа № 2', answers: { overall: 7 } }),
      response({
        formId: 'anketa-kuratora',
        organisation: 'Школа № 2',
        answers: { strengths: 'Пары подобраны удачно' },
      }),
    ];
    const result = analyse(rs, Object.values(forms), { thresholds: { [mentee.id]: 8 }, stage: 'all' });
    expect(result.overall.forms.map((f) => [f.formId, f.satisfaction?.satisfied, f.satisfaction?.answered])).toEqual([
      ['anketa-nastavlyaemogo', 2, 3],
      ['anketa-nastavnika', 1, 1],
      ['anketa-kuratora', undefined, undefined],
    ]);
    expect(result.bySchool.map((g) => [g.label, g.responses])).toEqual([
      ['Организация не указана', 1],
      ['Школа № 1', 2],
      ['Школа № 2', 2],
    ]);
    expect(NO_SCHOOL).toBe('Организация не указана');
    expect(result.byForm.map((g) => [g.label, g.responses])).toEqual([
      ['ученик – ученик', 3],
      ['учитель – учитель', 1],
    ]);
    expect(result.curatorNotes).toEqual([
      expect.objectContaining({ organisation: 'Школа № 2', strengths: 'Пары подобраны удачно' }),
    ]);
  });
});

describe('survey tables', () => {
  const header = [
    'Отметка времени',
    'Код участника',
    'Когда заполняется анкета',
    'В целом я удовлетворён(а) участием в программе наставничества',
    'Что вам дало участие в программе? (можно выбрать несколько)',
    'Ваш любимый цвет',
  ];
  it('suggests a mapping from the titles, and a remembered one wins', () => {
    expect(suggestMapping(mentee, header)).toEqual(['', 'respondent-code', 'stage', 'overall', 'outcomes', '']);
    const remembered = mappingToRemember(header, ['filled-on', 'respondent-code', 'stage', 'overall', '', '']);
    expect(suggestMapping(mentee, header, remembered)).toEqual([
      'filled-on',
      'respondent-code',
      'stage',
      'overall',
      '',
      '',
    ]);
  });
  it('refuses a field mapped twice and an empty mapping', () => {
    expect(mappingProblems(mentee, header, ['overall', 'overall'])).toEqual([
      'Вопрос «В целом я удовлетворён(а) участием в программе наставничества» выбран для двух столбцов: «Отметка времени» и «Код участника». Оставьте один.',
    ]);
    expect(mappingProblems(mentee, header, ['', ''])).toEqual(['Ни один столбец не сопоставлен с вопросом анкеты.']);
  });
  it('reads rows, with the survey stage where the table has none, and a message per bad row', () => {
    const rows = [
      ['Дата', 'Оценка', 'Что дало'],
      ['12.05.2026 10:00', '8', 'Появилась уверенность в себе, Получил(а) новые знания и навыки'],
      ['', '', ''],
      ['13.05.2026', '12', ''],
    ];
    const { responses, notes } = readSurveyRows(
      mentee,
      'опрос.csv',
      rows,
      ['filled-on', 'overall', 'outcomes'],
      'after',
    );
    expect(responses.map((r) => [r.source, r.stage, r.date, r.answers.overall, r.answers.outcomes])).toEqual([
      [
        'опрос.csv, строка 2',
        'after',
        '2026-05-12',
        8,
        ['Появилась уверенность в себе', 'Получил(а) новые знания и навыки'],
      ],
      ['опрос.csv, строка 4', 'after', '2026-05-13', undefined, undefined],
    ]);
    expect(notes.filter((n) => n.level === 'error').map((n) => n.source)).toEqual(['опрос.csv, строка 3']);
    expect(notes.some((n) => n.source === 'опрос.csv, строка 4' && n.text.includes('«12» не по шкале 1–10'))).toBe(
      true,
    );
  });
});

describe('KPI link', () => {
  const actuals = {
    year: 2025,
    organisation: 'Школа № 1',
    mentees: { formId: mentee.id, threshold: 7, answered: 40, satisfied: 31, percent: 77.5 },
    mentors: null,
  };
  it('adds the surveyed and satisfied counts to the saved state and turns monitoring on', () => {
    const saved = kpiStateWithActuals({ ...actuals, mentees: null }, null, '2025-10-01');
    saved.schools[0]!.counts.students10to18 = '500';
    saved.mode = 'district';
    const state = kpiStateWithActuals(actuals, encodeState(saved), '2025-10-01');
    expect(state).toMatchObject({
      mode: 'school',
      monitoring: true,
      organisation: 'Школа № 1',
      firstYear: '2025',
      actuals: { 5: { '2025': '31' } },
    });
    // The saved base (the example's 40) is the school's plan: kept, and the difference reported.
    expect(state.schools[0]!.counts).toMatchObject({ students10to18: '500', surveyedMentees: '40' });
    expect(decodeState(encodeState(state))).toEqual(state);
    // The calculator now saves a versioned record (src/lib/state); the link reads that shape too.
    const record = writeRecord(kpiSpec, saved, { savedAt: '', rev: 'r1', prev: null });
    expect(kpiStateWithActuals(actuals, record, '2025-10-01').schools[0]!.counts.students10to18).toBe('500');
  });
  it('keeps a planned base that differs from the number surveyed, and says so; fills an empty one', () => {
    const saved = kpiStateWithActuals({ ...actuals, mentees: null }, null, '2025-10-01');
    saved.schools[0]!.counts.surveyedMentees = '60';
    saved.schools[0]!.counts.surveyedMentors = '';
    const mentors = { formId: mentee.id, threshold: 7, answered: 12, satisfied: 10, percent: 83.3 };
    const linked = linkActuals({ ...actuals, mentors }, encodeState(saved), '2025-10-01');
    expect(linked.state.schools[0]!.counts).toMatchObject({ surveyedMentees: '60', surveyedMentors: '12' });
    expect(linked.kept).toEqual([{ who: 'mentees', planned: '60', answered: 40 }]);
    expect(linked.state.actuals).toMatchObject({ 5: { '2025': '31' }, 6: { '2025': '10' } });
    // Without a saved calculator the worked example's base gives way to the survey.
    expect(linkActuals(actuals, null, '2025-10-01').kept).toEqual([]);
  });
  it('starts a new period when the year is outside the saved one', () => {
    expect(kpiStateWithActuals({ ...actuals, year: 2031 }, null, '2025-10-01')).toMatchObject({
      firstYear: '2031',
      lastYear: '2035',
    });
  });
  it('an unreadable saved state gives way to the example', () => {
    expect(kpiStateWithActuals(actuals, 'garbage', '2025-10-01').schools[0]!.counts.surveyedMentees).toBe('40');
  });
});
