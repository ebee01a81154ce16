// Russian wording shared by every page, tool and document: the plural of a counted word, month names and dates
// as documents write them (01.09.2026) and as text reads them (1 сентября 2026). Plain `YYYY-MM-DD` in, text out.
import { isIsoDate } from './dates.ts';

const pluralRules = new Intl.PluralRules('ru');

/**
 * The word for a count: `plural(2, ['неделя', 'недели', 'недель'])` → «недели». Intl's Russian rules; a
 * fraction («1,5 года») takes the second form, as Russian grammar wants.
 */
export function plural(n: number, forms: readonly [one: string, few: string, many: string]): string {
  switch (pluralRules.select(n)) {
    case 'one':
      return forms[0];
    case 'many':
      return forms[2];
    default:
      return forms[1];
  }
}

const monthsNominative = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const monthsGenitive = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];

/** 9 → «сентябрь». */
export const monthName = (month: number): string => monthsNominative[month - 1]!;
/** 9 → «сентября», as in «1 сентября». */
export const monthNameGenitive = (month: number): string => monthsGenitive[month - 1]!;

/** `2026-09-01` → «01.09.2026», as documents write dates; anything that is not a date is returned as it is. */
export const ruDate = (iso: string): string => (isIsoDate(iso) ? iso.split('-').reverse().join('.') : iso);

/** `2026-12-03` → «3 декабря 2026». */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${monthNameGenitive(m)} ${y}`;
}
