// How a deadline rule of a roadmap reads in the «Срок» column: «до 1 октября», «декабрь, май»,
// «октябрь – декабрь 2020 г.», «ежегодно, апрель, 2022–2024 гг.»; a pair's plan: «через 2 недели после начала
// работы», «3-й месяц работы».
import type { DeadlineRule } from '../schemas/deadline-rule.ts';
import { monthName, monthNameGenitive, plural, ruDate } from './ru-words.ts';

/** «2022 г.» or «2022–2024 гг.» */
export function yearsText(from: number, to: number): string {
  return from === to ? `${from} г.` : `${from}–${to} гг.`;
}

function spanText(
  from: { month: number; year?: number | undefined },
  to: { month: number; year?: number | undefined },
): string {
  if (from.month === to.month && from.year === to.year)
    return from.year ? `${monthName(from.month)} ${from.year} г.` : monthName(from.month);
  if (from.year !== undefined && to.year !== undefined && from.year !== to.year) {
    return `${monthName(from.month)} ${from.year} г. – ${monthName(to.month)} ${to.year} г.`;
  }
  const year = to.year ?? from.year;
  return `${monthName(from.month)} – ${monthName(to.month)}${year ? ` ${year} г.` : ''}`;
}

/** «2 месяца и 1 неделю»: a time after the start, in the accusative («через …»). */
function offsetText(rule: { months: number; weeks: number; days: number }): string {
  const parts = [
    rule.months ? `${rule.months} ${plural(rule.months, ['месяц', 'месяца', 'месяцев'])}` : '',
    rule.weeks ? `${rule.weeks} ${plural(rule.weeks, ['неделю', 'недели', 'недель'])}` : '',
    rule.days ? `${rule.days} ${plural(rule.days, ['день', 'дня', 'дней'])}` : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} и ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * The rule with every year written in it moved by `years`: a blank made for the coming school year shows
 * «до 10.09.2027» for a 2020 template's «до 10.09.2020» (schedule.ts, rule 2, moves them the same way).
 */
export function shiftRuleYears(rule: DeadlineRule, years: number): DeadlineRule {
  if (years === 0) return rule;
  const y = (year: number) => year + years;
  switch (rule.kind) {
    case 'date': {
      const [year, rest] = [Number(rule.date.slice(0, 4)), rule.date.slice(4)];
      // 29 February of a leap year lands on the 28th in a common one.
      const day = rest === '-02-29' && !isLeap(y(year)) ? '-02-28' : rest;
      return { ...rule, date: `${y(year)}${day}` };
    }
    case 'span':
      return {
        ...rule,
        from: { ...rule.from, ...(rule.from.year === undefined ? {} : { year: y(rule.from.year) }) },
        to: { ...rule.to, ...(rule.to.year === undefined ? {} : { year: y(rule.to.year) }) },
      };
    case 'years':
      return { ...rule, from: y(rule.from), to: y(rule.to) };
    case 'yearly':
      return rule.years ? { ...rule, years: { from: y(rule.years.from), to: y(rule.years.to) } } : rule;
    default:
      return rule;
  }
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function deadlineText(rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'date':
      return `${rule.by ? 'до ' : ''}${ruDate(rule.date)}`;
    case 'dayOfSchoolYear':
      return `${rule.by ? 'до ' : ''}${rule.day} ${monthNameGenitive(rule.month)}`;
    case 'months':
      return rule.months.map(monthName).join(', ');
    case 'span':
      return spanText(rule.from, rule.to);
    case 'years':
      return yearsText(rule.from, rule.to);
    case 'yearly':
      return [
        rule.day === undefined ? 'ежегодно' : `ежегодно до ${rule.day} ${monthNameGenitive(rule.months[0]!)}`,
        rule.day === undefined ? rule.months.map(monthName).join(', ') : '',
        rule.years ? yearsText(rule.years.from, rule.years.to) : '',
      ]
        .filter(Boolean)
        .join(', ');
    case 'schoolYearStart':
      return 'в начале учебного года';
    case 'throughoutYear':
      return 'в течение учебного года';
    case 'wholePeriod':
      return 'в течение всего периода';
    case 'separateSchedule':
      return 'по отдельному графику';
    case 'programmeDates':
      return 'в соответствии со сроками реализации программ наставничества';
    case 'asEstablished':
      return `в соответствии со сроками, устанавливаемыми ${rule.by}`;
    case 'afterStart': {
      const offset = offsetText(rule);
      const text = !offset
        ? 'в день начала работы'
        : `${rule.by ? 'не позднее чем ' : ''}через ${offset} после начала работы`;
      if (rule.plansDue === 'is') return `${text} (или до срока из приказа о закреплении пар)`;
      if (rule.plansDue === 'notAfter') return `${text}, но не позднее срока составления плана из приказа`;
      return text;
    }
    case 'monthOfPlan':
      return rule.to === undefined || rule.to === rule.n
        ? `${rule.n}-й месяц работы`
        : `${rule.n}–${rule.to}-й месяцы работы`;
  }
}
