// How long a text a field of the tools takes, by what it fills in a document: one table for every tool, so a
// 5 MB paste is cut by the browser at the field (it froze a page for minutes, issue #19) and the message is one.
import { plural } from './ru-words.ts';

export const limits = {
  /** «Фамилия Имя Отчество», also with initials and a position after a comma in the pairs order's curator. */
  personName: 200,
  position: 200,
  /** A full official name of an organisation («Муниципальное бюджетное общеобразовательное учреждение …»). */
  organisation: 500,
  settlement: 200,
  /** An order's or a document's number («45-о»), a person's code in the pairs tool («НЯ-001»). */
  number: 50,
  code: 50,
  /** A short line of a form or a tool when the form does not say its own. */
  shortText: 300,
  /** A long text of a form (a paragraph of a plan, a conclusion) when the form does not say its own. */
  longText: 5000,
  /** A cell of a form's table or of a roadmap item. */
  tableCell: 1000,
  /** The surname and initials under a signature. */
  signature: 150,
  /** What a mentee needs or a mentor offers, topics separated by «;». */
  topics: 1000,
  /** A mentor's places: digits. */
  capacity: 10,
  /** The pairs tool's synonyms, one group a line. */
  synonyms: 10_000,
  /** Rows pasted from a spreadsheet into the pairs tool: 20,000 people of 200 characters each. */
  pastedRows: 4_000_000,
} as const;

export type LimitName = keyof typeof limits;

/** «не больше 1 знака», «не больше 200 знаков»: the genitive after «больше». */
const chars = (n: number) => `${n.toLocaleString('ru-RU')} ${plural(n, ['знака', 'знаков', 'знаков'])}`;

/** The message under a field whose text has reached its limit; null before that. */
export function limitMessage(value: string, max: number): string | null {
  if (value.length < max) return null;
  return `В поле не больше ${chars(max)} — это предел, дальше текст не вводится и не вставляется. Если не всё поместилось, сократите текст.`;
}
