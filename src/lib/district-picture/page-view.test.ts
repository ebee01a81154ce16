import { describe, expect, test } from 'vitest';
import type { ClusterResult, ClusterRules } from './clusters.ts';
import type { Consents } from './consent.ts';
import {
  capacityOf,
  clusterTally,
  consentedCount,
  editRule,
  filesStatus,
  messagesByLevel,
  schoolConsented,
  tandemsShown,
  targetsHint,
  thresholdText,
  thresholdValue,
  toggleRule,
  toggled,
  withConsent,
  yearInPeriod,
} from './page-view.ts';
import type { Tandem, TandemResult } from './tandems.ts';

describe.each<[string, number | null]>([
  ['2', 2],
  ['1', 1],
  ['12', 12],
  ['0', null],
  ['00', null],
  ['123', null],
  ['', null],
  ['2,5', null],
])('capacityOf(%j)', (text, expected) => {
  test('ёмкость', () => expect(capacityOf(text)).toBe(expected));
});

describe.each<[string, string, string, string, boolean]>([
  ['год внутри периода', '2025', '2029', '2026', true],
  ['первый год', '2025', '2029', '2025', true],
  ['последний год', '2025', '2029', '2029', true],
  ['до периода', '2025', '2029', '2024', false],
  ['после периода', '2025', '2029', '2030', false],
  ['не четыре цифры', '2025', '2029', '202', false],
  ['пустой год', '2025', '2029', '', false],
])('yearInPeriod: %s', (_, firstYear, lastYear, year, expected) => {
  test('год проверен', () => expect(yearInPeriod({ firstYear, lastYear, year })).toBe(expected));
});

const targets = { targetsFromCalculator: 'из калькулятора', targetsPreset: 'пример' };
describe.each<[string, string, boolean, string]>([
  ['после нажатия — то, что сказано', 'Цели взяты.', false, 'Цели взяты.'],
  ['цели из калькулятора', '', true, 'из калькулятора'],
  ['пример траектории', '', false, 'пример'],
])('targetsHint: %s', (_, note, fromCalculator, expected) => {
  test('подсказка', () => expect(targetsHint(note, fromCalculator, targets)).toBe(expected));
});

const files = { reading: 'Файлы читаются…', empty: 'Файлы ещё не выбраны.', summary: 'В сводке школ: {n}.' };
describe.each<[string, boolean, string, number, string]>([
  ['чтение с ходом', true, 'Прочитано файлов: 3 из 9…', 4, 'Прочитано файлов: 3 из 9…'],
  ['чтение без хода', true, '', 4, 'Файлы читаются…'],
  ['пусто', false, '', 0, 'Файлы ещё не выбраны.'],
  ['школы в сводке', false, 'старый ход', 4, 'В сводке школ: 4.'],
])('filesStatus: %s', (_, busy, progress, schools, expected) => {
  test('строка состояния', () => expect(filesStatus({ busy, progress, schools }, files)).toBe(expected));
});

test('messagesByLevel: ошибки отдельно от предупреждений, порядок сохранён', () => {
  const e1 = { file: 'a', level: 'error' as const, text: '1' };
  const w1 = { file: 'b', level: 'warning' as const, text: '2' };
  const e2 = { file: 'c', level: 'error' as const, text: '3' };
  expect(messagesByLevel([e1, w1, e2])).toEqual({ errors: [e1, e2], warnings: [w1] });
});

const school = (cluster: ClusterResult['cluster']): ClusterResult => ({ key: 'k', name: 'n', cluster, reasons: [] });
describe.each<[string, ClusterResult[], { line: string; none: number }]>([
  ['пусто', [], { line: 'ШНОР: 0; ШСОР: 0; ШВОР: 0', none: 0 }],
  [
    'все группы',
    [school('ШНОР'), school('ШВОР'), school(null), school('ШНОР'), school(null)],
    { line: 'ШНОР: 2; ШСОР: 0; ШВОР: 1', none: 2 },
  ],
])('clusterTally: %s', (_, clusters, expected) => {
  test('счёт по группам', () => expect(clusterTally(clusters)).toEqual(expected));
});

const tandem: Tandem = {
  host: 'a',
  partner: 'b',
  hostName: 'A',
  partnerName: 'B',
  topics: [],
  mentors: [],
  score: 1,
  why: '',
};
describe.each<[string, TandemResult | null, boolean, string]>([
  ['подбор идёт', null, false, 'running'],
  ['сбой', { tandems: [], unmatched: [] }, true, 'failed'],
  ['пар нет', { tandems: [], unmatched: [] }, false, 'none'],
  ['список', { tandems: [tandem], unmatched: [] }, false, 'list'],
])('tandemsShown: %s', (_, result, failed, expected) => {
  test('что показать', () => expect(tandemsShown(result, failed)).toBe(expected));
});

describe.each<[number, string]>([
  [20, '20'],
  [2.5, '2,5'],
  [Number.NaN, ''],
])('thresholdText(%s)', (value, expected) => {
  test('текст порога', () => expect(thresholdText(value)).toBe(expected));
});

describe.each<[string, number]>([
  ['20', 20],
  [' 2,5 ', 2.5],
  ['2.5', 2.5],
  ['', Number.NaN],
  ['  ', Number.NaN],
  ['abc', Number.NaN],
])('thresholdValue(%j)', (text, expected) => {
  test('порог', () => expect(thresholdValue(text)).toBe(expected));
});

const rules: ClusterRules = {
  rules: [
    { order: 1, low: 20, high: 50 },
    { order: 5, low: 60, high: 80 },
  ],
};
describe.each<[string, ClusterRules, ClusterRules]>([
  [
    'показатель добавлен в порядке номеров',
    toggleRule(rules, 3, true),
    {
      rules: [
        { order: 1, low: 20, high: 50 },
        { order: 3, low: 0, high: 0 },
        { order: 5, low: 60, high: 80 },
      ],
    },
  ],
  ['показатель убран', toggleRule(rules, 1, false), { rules: [{ order: 5, low: 60, high: 80 }] }],
  [
    'порог изменён',
    editRule(rules, 5, 'high', '85,5'),
    {
      rules: [
        { order: 1, low: 20, high: 50 },
        { order: 5, low: 60, high: 85.5 },
      ],
    },
  ],
  [
    'порог стёрт',
    editRule(rules, 1, 'low', ''),
    {
      rules: [
        { order: 1, low: Number.NaN, high: 50 },
        { order: 5, low: 60, high: 80 },
      ],
    },
  ],
])('правила групп: %s', (_, actual, expected) => {
  test('новые правила', () => expect(actual).toEqual(expected));
});

const consents: Consents = { 's|Иванова': { consent: true, years: '5' }, 's|Петров': { consent: false, years: '' } };
describe.each<[string, Consents, Consents]>([
  [
    'новый наставник отмечен',
    withConsent(consents, 's|Сидорова', { consent: true }),
    { ...consents, 's|Сидорова': { consent: true, years: '' } },
  ],
  [
    'стаж сохранён к согласию',
    withConsent(consents, 's|Иванова', { years: '7' }),
    {
      ...consents,
      's|Иванова': { consent: true, years: '7' },
    },
  ],
  [
    'отметка снята',
    withConsent(consents, 's|Иванова', { consent: false }),
    {
      ...consents,
      's|Иванова': { consent: false, years: '5' },
    },
  ],
])('withConsent: %s', (_, actual, expected) => {
  test('согласия', () => expect(actual).toEqual(expected));
});

test('consentedCount и schoolConsented считают только отмеченных', () => {
  expect(consentedCount(consents)).toBe(1);
  expect(consentedCount({})).toBe(0);
  const s = { key: 's', mentors: [{ name: 'Иванова' }, { name: 'Петров' }, { name: 'Сидорова' }] };
  expect(schoolConsented(s, consents)).toBe(1);
  expect(schoolConsented({ ...s, key: 'другая' }, consents)).toBe(0);
});

describe.each<[string, string[], string, boolean, string[]]>([
  ['открыта', ['a'], 'b', true, ['a', 'b']],
  ['открыта снова', ['a'], 'a', true, ['a']],
  ['закрыта', ['a', 'b'], 'a', false, ['b']],
])('toggled: %s', (_, before, key, opened, expected) => {
  test('открытые школы', () => {
    const open = new Set(before);
    expect([...toggled(open, key, opened)]).toEqual(expected);
    expect([...open]).toEqual(before);
  });
});
