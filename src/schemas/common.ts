// Building blocks shared by the data schemas: calendar dates, months, non-empty text, links.
// Written with zod/mini: the roadmap builder checks what it reads from storage, a link or a file with them in the
// browser, and zod/mini ships a small part of what classic zod does (a module here that imported classic zod
// would bring all of it to the page). Classic schemas nest them as they are (`z.optional(text)` where a classic
// block would say `text.optional()`).
import * as mini from 'zod/mini';
import { isIsoDate } from '../lib/dates.ts';
import { mentoringForms } from '../lib/mentoring-forms.ts';

/** A calendar date as written in data files: `YYYY-MM-DD`, and a real day of the calendar. */
export const isoDate = mini
  .string()
  .check(
    mini.regex(/^\d{4}-\d{2}-\d{2}$/, 'Дата записывается как ГГГГ-ММ-ДД, например 2025-09-01'),
    mini.refine(isIsoDate, 'Такой даты нет в календаре'),
  );

/** A whole number from `min` to `max`; `message` when it is out of range. */
export const wholeNumber = (min: number, max: number, message?: string) =>
  mini.int().check(mini.minimum(min, message), mini.maximum(max, message));

/** A month number, 1 (январь) to 12 (декабрь). */
export const month = wholeNumber(1, 12, 'Месяц — число от 1 до 12');

export const year = mini.int().check(mini.minimum(2000, 'Год не раньше 2000'), mini.maximum(2100, 'Год не позже 2100'));

export const text = mini.string().check(mini.trim(), mini.minLength(1, 'Поле не может быть пустым'));

/** An identifier used in links and references between records: Latin letters, digits and hyphens. */
export const slug = mini
  .string()
  .check(
    mini.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Идентификатор пишется латиницей в нижнем регистре, слова через дефис'),
  );

/** One of the forms of mentoring, by id (src/lib/mentoring-forms.ts). */
export const mentoringForm = mini.enum(
  Object.keys(mentoringForms) as [keyof typeof mentoringForms, ...(keyof typeof mentoringForms)[]],
);

/** Schemes a link in the data may use; any other (`javascript:`, `data:`, `vbscript:`…) may run or smuggle code. */
const linkSchemes = new Set(['https:', 'http:', 'mailto:']);

/**
 * Whether a link from a data file is safe to put into an `href` or `src`: an `https:`, `http:` or `mailto:`
 * address, or a path from the site root (`/files/prikaz.pdf`). The check goes through the URL parser, as the
 * browser does, so `java\tscript:` or ` javascript:` cannot slip past it.
 */
export function isSafeLink(value: string): boolean {
  // Browsers drop tabs and line breaks inside a URL: `/<tab>/evil.example` would become `//evil.example`.
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  if (/^\/(?![/\\])/.test(value)) return true;
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (!linkSchemes.has(url.protocol)) return false;
  return url.protocol === 'mailto:' ? url.pathname.length > 0 : url.hostname.length > 0;
}

/** A link in a data file: see isSafeLink. */
export const link = mini
  .string()
  .check(
    mini.trim(),
    mini.refine(
      isSafeLink,
      'Ссылка должна начинаться с https://, http:// или mailto:, ' +
        'либо с «/» для файла на этом сайте (например, /files/prikaz.pdf)',
    ),
  );
