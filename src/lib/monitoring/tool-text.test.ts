import { describe, expect, test } from 'vitest';
import {
  defaultPeriod,
  defaultSchoolYear,
  kpiYearOf,
  mapColumn,
  mappableFields,
  settingsFromProfile,
  stageOptions,
  statusText,
  surveyStageOptions,
  thresholdOf,
  type StatusFacts,
} from './tool-text.ts';

const labels = {
  reading: 'Прочитано {done} из {total} {files}…',
  readingFiles: 'файла|файлов|файлов',
  readingCancelled: 'Чтение отменено.',
  empty: 'Файлы пока не выбраны.',
  summary: 'Прочитано файлов: {files}. Учтено анкет: {count}.',
  computing: 'Прочитано файлов: {files}. Считаем результаты…',
};
const idle: StatusFacts = { reading: null, cancelled: false, failure: '', files: 0, responses: null };

describe.each<[string, Partial<StatusFacts>, string]>([
  ['ничего не выбрано', {}, 'Файлы пока не выбраны.'],
  ['читается один файл', { reading: { done: 0, total: 1 } }, 'Прочитано 0 из 1 файла…'],
  ['читается пять файлов', { reading: { done: 2, total: 5 }, cancelled: true }, 'Прочитано 2 из 5 файлов…'],
  ['чтение отменено', { cancelled: true, failure: 'сбой', files: 3 }, 'Чтение отменено.'],
  ['сбой движка', { failure: 'Не удалось.', files: 3, responses: 10 }, 'Не удалось.'],
  ['файлы прочитаны, счёт идёт', { files: 3 }, 'Прочитано файлов: 3. Считаем результаты…'],
  ['файлы прочитаны и посчитаны', { files: 3, responses: 0 }, 'Прочитано файлов: 3. Учтено анкет: 0.'],
])('statusText: %s', (_, facts, expected) => {
  test('строка состояния', () => expect(statusText({ ...idle, ...facts }, labels)).toBe(expected));
});

test('stageOptions: все этапы первыми, дальше по порядку программы', () => {
  const names = { stageAll: 'все', stageBefore: 'начало', stageMiddle: 'середина', stageAfter: 'конец' };
  expect(stageOptions(names)).toEqual([
    ['all', 'все'],
    ['before', 'начало'],
    ['middle', 'середина'],
    ['after', 'конец'],
  ]);
});

test('defaultPeriod: учебный год через косую черту', () => expect(defaultPeriod(2025)).toBe('2025/2026 учебный год'));

describe.each<[string, string | undefined, string, number]>([
  ['по последнему ответу', '2026-03-15', '2026-10-01', 2025],
  ['по сегодняшней дате, когда ответов нет', undefined, '2026-10-01', 2026],
  ['по сегодняшней дате, когда дата ответа пуста', '', '2026-05-01', 2025],
])('defaultSchoolYear: %s', (_, latest, today, expected) => {
  test('учебный год', () => expect(defaultSchoolYear(latest, today)).toBe(expected));
});

describe.each<[string, string, number]>([
  ['четыре цифры', '2024', 2024],
  ['пусто', '', 2025],
  ['три цифры', '202', 2025],
  ['не число', '2024г', 2025],
])('kpiYearOf: %s', (_, typed, expected) => {
  test('год показателей', () => expect(kpiYearOf(typed, 2025)).toBe(expected));
});

describe.each<[string, number | null]>([
  ['1', 1],
  ['7', 7],
  ['10', 10],
  ['0', null],
  ['11', null],
  ['7.5', null],
  ['abc', null],
])('thresholdOf(%j)', (typed, expected) => {
  test('порог', () => expect(thresholdOf(typed)).toBe(expected));
});

describe.each<[string, string, string, string, { organisation: string; year: string | null }]>([
  ['краткое имя и год', ' Школа № 5 ', 'МБОУ СОШ № 5', ' 2025 ', { organisation: 'Школа № 5', year: '2025' }],
  ['без краткого имени', '  ', 'МБОУ СОШ № 5', '2025', { organisation: 'МБОУ СОШ № 5', year: '2025' }],
  ['год не из четырёх цифр', 'Школа', '', '2025/2026', { organisation: 'Школа', year: null }],
  ['пустой профиль', '', '', '', { organisation: '', year: null }],
])('settingsFromProfile: %s', (_, shortName, fullName, schoolYear, expected) => {
  test('настройки', () =>
    expect(settingsFromProfile({ organisation: { shortName, fullName }, schoolYear })).toEqual(expected));
});

const surveyLabels = {
  stageFromColumn: 'по столбцу',
  stageAll: 'все',
  stageBefore: 'начало',
  stageMiddle: 'середина',
  stageAfter: 'конец',
};
describe.each<[string, Record<string, 'before' | 'middle' | 'after'>, string[]]>([
  ['начало и конец года', { 'В начале (сентябрь)': 'before', 'В конце (май)': 'after' }, ['', 'before', 'after']],
  ['полугодия', { 'I полугодие': 'middle', 'II полугодие': 'after' }, ['', 'middle', 'after']],
  ['этапы не спрашиваются', {}, ['']],
])('surveyStageOptions: %s', (_, asked, expected) => {
  test('этапы опроса', () => expect(surveyStageOptions(surveyLabels, asked).map(([s]) => s)).toEqual(expected));
});

test('surveyStageOptions: подписи из labels, «по столбцу» первым', () =>
  expect(surveyStageOptions(surveyLabels, { x: 'after' })).toEqual([
    ['', 'по столбцу'],
    ['after', 'конец'],
  ]));

test('mappableFields: без таблиц и подписей, порядок сохранён', () => {
  const fields = [
    { id: 'a', kind: 'scale' },
    { id: 'b', kind: 'table' },
    { id: 'c', kind: 'choice' },
    { id: 'd', kind: 'signature' },
    { id: 'e', kind: 'text' },
  ];
  expect(mappableFields(fields).map((f) => f.id)).toEqual(['a', 'c', 'e']);
});

describe.each<[string, string[], number, string, string[]]>([
  ['столбец назначен', ['a', '', 'c'], 1, 'b', ['a', 'b', 'c']],
  ['столбец пропущен', ['a', 'b'], 0, '', ['', 'b']],
  ['столбец за концом сопоставления', ['a'], 2, 'c', ['a', undefined as unknown as string, 'c']],
])('mapColumn: %s', (_, mapping, column, fieldId, expected) => {
  test('новое сопоставление, старое не тронуто', () => {
    const before = [...mapping];
    expect(mapColumn(mapping, column, fieldId)).toEqual(expected);
    expect(mapping).toEqual(before);
  });
});
