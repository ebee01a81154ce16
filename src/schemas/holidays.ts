// The Russian work calendar of one year, as data with named sources: the non-working public holidays of the
// Labour Code (art. 112) and the days off the Government moves by its yearly decree «О переносе выходных
// дней в … году». The roadmap builder moves a deadline that falls on a day off to the previous working day.
import { z } from 'zod';
import { isoDate, text, year } from './common.ts';

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;

/** A day off moved by the decree: the weekend day `from` (a holiday itself, or a Saturday that becomes a working day) to `to`. */
export const dayOffTransfer = z.strictObject({ from: isoDate, to: isoDate });

export const holidayYear = z
  .strictObject({
    year,
    /** Non-working public holidays of the Labour Code, art. 112, part 1, that fall in this year. */
    holidays: z.array(isoDate).min(1, 'Нужен хотя бы один праздничный день'),
    /**
     * Transfers of days off by the Government's decree for this year. A holiday on a weekend that is not
     * named here moves to the next working day by art. 112, part 2 (except the January ones).
     */
    transfers: z.array(dayOffTransfer).default([]),
    /** false when the decree for this year could not be verified: only the Labour Code applies. */
    transfersKnown: z.boolean(),
    /** The acts behind the data: the Labour Code article, the decree with its date and number. */
    sources: z.array(text).min(1, 'Укажите источник'),
    /** What the page should say about this year, e.g. that the decree is not yet known. */
    note: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const inYear = (iso: string) => iso.startsWith(`${value.year}-`);
    value.holidays.forEach((day, i) => {
      if (!inYear(day))
        ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `Дата ${day} не из ${value.year} года` });
    });
    value.transfers.forEach((t, i) => {
      if (!inYear(t.from))
        ctx.addIssue({
          code: 'custom',
          path: ['transfers', i, 'from'],
          message: `Дата ${t.from} не из ${value.year} года`,
        });
      if (!isWeekend(t.from))
        ctx.addIssue({
          code: 'custom',
          path: ['transfers', i, 'from'],
          message: `Переносят выходной день, а ${t.from} — будний`,
        });
      if (isWeekend(t.to))
        ctx.addIssue({
          code: 'custom',
          path: ['transfers', i, 'to'],
          message: `Выходной переносят на будний день, а ${t.to} — суббота или воскресенье`,
        });
    });
    if (!value.transfersKnown && value.transfers.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['transfers'], message: 'Переносы указаны, а transfersKnown: false' });
    }
  });
export type HolidaysData = z.infer<typeof holidayYear>;
