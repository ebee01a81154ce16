// How a deadline rule of a roadmap reads in the «Срок» column: «до 1 октября», «декабрь, май»,
// «октябрь – декабрь 2020 г.», «ежегодно, апрель, 2022–2024 гг.».
import type { DeadlineRule } from '../schemas/roadmap.ts';

const monthNames = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const monthGenitive = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

export const monthName = (month: number): string => monthNames[month - 1]!;
export const monthNameGenitive = (month: number): string => monthGenitive[month - 1]!;

/** «2022 г.» or «2022–2024 гг.» */
export function yearsText(from: number, to: number): string {
  return from === to ? `${from} г.` : `${from}–${to} гг.`;
}

/** `2020-09-10` → «10.09.2020» */
export function russianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

function spanText(from: { month: number; year?: number | undefined }, to: { month: number; year?: number | undefined }): string {
  if (from.month === to.month && from.year === to.year) return from.year ? `${monthName(from.month)} ${from.year} г.` : monthName(from.month);
  if (from.year !== undefined && to.year !== undefined && from.year !== to.year) {
    return `${monthName(from.month)} ${from.year} г. – ${monthName(to.month)} ${to.year} г.`;
  }
  const year = to.year ?? from.year;
  return `${monthName(from.month)} – ${monthName(to.month)}${year ? ` ${year} г.` : ''}`;
}

export function deadlineText(rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'date':
      return `${rule.by ? 'до ' : ''}${russianDate(rule.date)}`;
    case 'dayOfSchoolYear':
      return `${rule.by ? 'до ' : ''}${rule.day} ${monthNameGenitive(rule.month)}`;
    case 'months':
      return rule.months.map(monthName).join(', ');
    case 'span':
      return spanText(rule.from, rule.to);
    case 'years':
      return yearsText(rule.from, rule.to);
    case 'yearly':
      return ['ежегодно', rule.months.map(monthName).join(', '), rule.years ? yearsText(rule.years.from, rule.years.to) : '']
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
  }
}
