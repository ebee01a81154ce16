import { describe, expect, test } from 'vitest';
import { deadlineRule, type DeadlineRule } from '../schemas/deadline-rule.ts';
import { deadlineText, shiftRuleYears } from './deadline-text.ts';

// Each row: the deadline as a seed writes it, the rule it becomes, and how the site prints it.
describe.each([
  ['до 10.09.2020', { kind: 'date', date: '2020-09-10' }, 'до 10.09.2020'],
  ['10.09.2020', { kind: 'date', date: '2020-09-10', by: false }, '10.09.2020'],
  ['До 01 октября', { kind: 'dayOfSchoolYear', day: 1, month: 10 }, 'до 1 октября'],
  ['до 15 октября', { kind: 'dayOfSchoolYear', day: 15, month: 10 }, 'до 15 октября'],
  ['Декабрь, май', { kind: 'months', months: [12, 5] }, 'декабрь, май'],
  ['Июнь', { kind: 'months', months: [6] }, 'июнь'],
  ['октябрь - ноябрь', { kind: 'span', from: { month: 10 }, to: { month: 11 } }, 'октябрь – ноябрь'],
  [
    'октябрь - декабрь 2020 г.',
    { kind: 'span', from: { month: 10, year: 2020 }, to: { month: 12, year: 2020 } },
    'октябрь – декабрь 2020 г.',
  ],
  [
    'Сентябрь 2022 г.',
    { kind: 'span', from: { month: 9, year: 2022 }, to: { month: 9, year: 2022 } },
    'сентябрь 2022 г.',
  ],
  [
    'сентябрь 2021 – май 2022',
    { kind: 'span', from: { month: 9, year: 2021 }, to: { month: 5, year: 2022 } },
    'сентябрь 2021 г. – май 2022 г.',
  ],
  ['2022 г.', { kind: 'years', from: 2022, to: 2022 }, '2022 г.'],
  ['2023-2024 гг.', { kind: 'years', from: 2023, to: 2024 }, '2023–2024 гг.'],
  [
    'Ежегодно, апрель 2022-2024 г.г.',
    { kind: 'yearly', months: [4], years: { from: 2022, to: 2024 } },
    'ежегодно, апрель, 2022–2024 гг.',
  ],
  ['Ежегодно 2021-2024 г.г.', { kind: 'yearly', years: { from: 2021, to: 2024 } }, 'ежегодно, 2021–2024 гг.'],
  ['ежегодно', { kind: 'yearly' }, 'ежегодно'],
  ['ежегодно до 30 июня', { kind: 'yearly', months: [6], day: 30 }, 'ежегодно до 30 июня'],
  [
    'ежегодно до 30 июня 2022–2024 гг.',
    { kind: 'yearly', months: [6], day: 30, years: { from: 2022, to: 2024 } },
    'ежегодно до 30 июня, 2022–2024 гг.',
  ],
  ['в начале учебного года', { kind: 'schoolYearStart' }, 'в начале учебного года'],
  ['В течение года', { kind: 'throughoutYear' }, 'в течение учебного года'],
  ['в течение всего периода внедрения ЦМН', { kind: 'wholePeriod' }, 'в течение всего периода'],
  ['по отдельному графику', { kind: 'separateSchedule' }, 'по отдельному графику'],
  [
    'в соответствии со сроками реализации программ наставничества',
    { kind: 'programmeDates' },
    'в соответствии со сроками реализации программ наставничества',
  ],
  [
    'в соответствии со сроками, устанавливаемыми Минпросвещения России',
    { kind: 'asEstablished', by: 'Минпросвещения России' },
    'в соответствии со сроками, устанавливаемыми Минпросвещения России',
  ],
  ['в день начала (план пары)', { kind: 'afterStart' }, 'в день начала работы'],
  ['через 2 недели', { kind: 'afterStart', weeks: 2, by: false }, 'через 2 недели после начала работы'],
  ['не позднее 1 месяца', { kind: 'afterStart', months: 1 }, 'не позднее чем через 1 месяц после начала работы'],
  [
    'план пары к сроку из приказа',
    { kind: 'afterStart', months: 1, plansDue: 'is' },
    'не позднее чем через 1 месяц после начала работы (или до срока из приказа о закреплении пар)',
  ],
  [
    'шаг до плана пары',
    { kind: 'afterStart', weeks: 2, plansDue: 'notAfter' },
    'не позднее чем через 2 недели после начала работы, но не позднее срока составления плана из приказа',
  ],
  ['5 недель', { kind: 'afterStart', weeks: 5, by: false }, 'через 5 недель после начала работы'],
  [
    'составной срок',
    { kind: 'afterStart', months: 2, weeks: 1, days: 3, by: false },
    'через 2 месяца, 1 неделю и 3 дня после начала работы',
  ],
  ['11 дней', { kind: 'afterStart', days: 11, by: false }, 'через 11 дней после начала работы'],
  ['21 день', { kind: 'afterStart', days: 21, by: false }, 'через 21 день после начала работы'],
  ['1-й месяц', { kind: 'monthOfPlan', n: 1 }, '1-й месяц работы'],
  ['2–8-й месяцы', { kind: 'monthOfPlan', n: 2, to: 8 }, '2–8-й месяцы работы'],
  ['n = to', { kind: 'monthOfPlan', n: 3, to: 3 }, '3-й месяц работы'],
])('%s', (_source, rule, expected) => {
  test(`reads «${expected}»`, () => {
    expect(deadlineText(deadlineRule.parse(rule))).toBe(expected);
  });
});

describe('deadlineRule rejects nonsense', () => {
  test.each([
    [{ kind: 'date', date: '2020-02-30' }, 'Такой даты нет в календаре'],
    [{ kind: 'date', date: '10.09.2020' }, 'ГГГГ-ММ-ДД'],
    [{ kind: 'months', months: [13] }, 'Месяц — число от 1 до 12'],
    [{ kind: 'someday' }, ''],
    [{ kind: 'monthOfPlan', n: 0 }, 'Месяц плана — с первого'],
    [{ kind: 'monthOfPlan', n: 5, to: 2 }, 'Последний месяц плана не может быть раньше первого'],
    [{ kind: 'afterStart', weeks: -1 }, ''],
    [{ kind: 'yearly', months: [5, 6], day: 30 }, 'для одного месяца'],
    [{ kind: 'yearly', months: [6], day: 30, colour: 'red' }, ''],
  ])('%j', (rule, message) => {
    const result = deadlineRule.safeParse(rule);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});

describe('shiftRuleYears', () => {
  test.each<[DeadlineRule, number, string]>([
    [{ kind: 'date', date: '2020-09-10', by: true }, 7, 'до 10.09.2027'],
    [{ kind: 'date', date: '2024-02-29', by: true }, 3, 'до 28.02.2027'],
    [{ kind: 'span', from: { month: 10, year: 2020 }, to: { month: 12 } }, 7, 'октябрь – декабрь 2027 г.'],
    [{ kind: 'years', from: 2022, to: 2024 }, 5, '2027–2029 гг.'],
    [{ kind: 'yearly', months: [4], years: { from: 2022, to: 2024 } }, 5, 'ежегодно, апрель, 2027–2029 гг.'],
    [{ kind: 'dayOfSchoolYear', day: 1, month: 10, by: true }, 5, 'до 1 октября'],
  ])('%j moved by %i years reads «%s»', (rule, years, expected) =>
    expect(deadlineText(shiftRuleYears(rule, years))).toBe(expected),
  );
});
