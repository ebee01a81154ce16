// A person as a field of an order holds them: «Кузнецова Ольга Николаевна, заместитель директора по УВР»,
// «директор Иванов П. С.» or a name alone, put into the case a sentence needs, the name by lvovich and the
// position by its head noun (a position names a person, so its accusative is its genitive).
import type { GrammaticalCase } from '../forms/placeholders.ts';
import { declineName, genderOf, isPatronymic, parseName, type Gender, type PersonName } from './names.ts';
import { declinePhrase } from './phrase.ts';

export interface Person {
  name: PersonName;
  /** The position before and after the name, with the separators as typed («, заместитель директора»). */
  before: string;
  after: string;
}

/** The usual first words of a position, which no name starts with: «Директор Иванов Пётр». */
const positionWords =
  /^(директор|заместитель|учитель|педагог|заведующ|руководитель|начальник|воспитатель|методист|советник|председатель|преподаватель|специалист|ректор)/i;

/**
 * Beside a position, a name counts only with a first name or initials (so «Директор» is no surname) and with
 * a real patronymic when it has three words (so «Директор Иванов Пётр» is no name).
 */
const fullEnough = (name: PersonName | null): name is PersonName =>
  name !== null && Boolean(name.first || name.initials) && (!name.middle || isPatronymic(name.middle));

/** Finds the name in the text; null when there is none (a class, a code, a position alone). */
export function parsePerson(text: string): Person | null {
  const trimmed = text.trim();
  const whole = parseName(trimmed);
  if (whole && !positionWords.test(whole.last)) return { name: whole, before: '', after: '' };
  // «ФИО, должность» or «должность, ФИО» (also with a dash).
  const split = /^(.*?)(\s*(?:,|\s[—–-])\s*)(.*)$/.exec(trimmed);
  if (split) {
    const [, left = '', separator = '', right = ''] = split;
    const first = parseName(left);
    if (fullEnough(first) && right) return { name: first, before: '', after: separator + right };
    const second = parseName(right);
    if (fullEnough(second) && left) return { name: second, before: left + separator, after: '' };
  }
  // «заместитель директора Кузнецова О. Н.», «Кузнецова Ольга Николаевна заместитель директора».
  const words = trimmed.split(/\s+/);
  for (const take of [4, 3, 2]) {
    if (words.length <= take) continue;
    const tail = parseName(words.slice(-take).join(' '));
    if (fullEnough(tail) && (take < 3 || tail.initials || tail.middle))
      return { name: tail, before: `${words.slice(0, -take).join(' ')} `, after: '' };
    const head = parseName(words.slice(0, take).join(' '));
    if (fullEnough(head) && (take < 3 || head.initials || head.middle))
      return { name: head, before: '', after: ` ${words.slice(take).join(' ')}` };
  }
  return null;
}

/** True when the text has a name whose gender must be asked before it can decline. */
export function needsGender(text: string): boolean {
  const person = parsePerson(text);
  return person !== null && genderOf(person.name) === null;
}

/**
 * The person in the case, or null when the gender is needed and not known. Text without a name (a position,
 * «ученик 7 «Б» класса») declines by its head noun.
 */
export function declinePerson(text: string, grammar: GrammaticalCase, gender?: Gender | null): string | null {
  const trimmed = text.trim();
  if (grammar === 'nomn' || !trimmed) return trimmed;
  const person = parsePerson(trimmed);
  if (!person) return declinePhrase(trimmed, grammar, { animate: true });
  const name = declineName(person.name, grammar, gender ?? genderOf(person.name));
  if (name === null) return null;
  const position = (part: string) =>
    part.replace(/[А-ЯЁа-яё].*[А-ЯЁа-яё]/, (phrase) => declinePhrase(phrase, grammar, { animate: true }));
  return `${position(person.before)}${name}${position(person.after)}`;
}
