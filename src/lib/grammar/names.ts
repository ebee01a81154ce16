// People's names in the case a sentence needs: «Кузнецова Ольга Николаевна» → «Кузнецову Ольгу Николаевну».
// The endings come from lvovich: of the two npm ports of Petrovich's rules, it is the one still released (2.1.0,
// 2026; petrovich 0.2.1 has had no release since 2024 and no types) and it ships its own TypeScript types.
import { getFirstnameGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import type { GrammaticalCase } from '../forms/placeholders.ts';

export type Gender = 'male' | 'female';

/** A name as typed: «Фамилия Имя Отчество», «Фамилия И. О.» or «И. О. Фамилия». */
export interface PersonName {
  last: string;
  first?: string;
  middle?: string;
  /** «О. Н.», kept as typed; the surname stands before them unless `initialsFirst`. */
  initials?: string;
  initialsFirst?: boolean;
}

const lvovichCase = {
  nomn: 'nominative',
  gent: 'genitive',
  dat: 'dative',
  accs: 'accusative',
  ablt: 'instrumental',
  loct: 'prepositional',
} as const;

const word = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*$/;
const initial = /^(?:[А-ЯЁ]\.\s?){1,2}$/;
/** The word after a Turkic patronymic: «Гасан оглы», «Рашид кызы». */
const turkic = /^(оглы|оглу|улы|уулу|кызы|гызы|кзы)$/i;

/** Reads a name; null when the text is not one (a position, a class, a code). */
export function parseName(text: string): PersonName | null {
  const words = text
    .trim()
    .replace(/([А-ЯЁ]\.)(?=[А-ЯЁ])/g, '$1 ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  const initialsAt = (from: number) => words.slice(from).every((w) => initial.test(w));
  // «Иванова О. Н.», «Иванова О.Н.»
  if (words.length >= 2 && words.length <= 3 && word.test(words[0]!) && initialsAt(1)) {
    return { last: words[0]!, initials: words.slice(1).join(' ') };
  }
  // «О. Н. Иванова»
  const last = words.at(-1)!;
  if (words.length >= 2 && words.length <= 3 && word.test(last) && words.slice(0, -1).every((w) => initial.test(w))) {
    return { last, initials: words.slice(0, -1).join(' '), initialsFirst: true };
  }
  if (words.length === 4 && turkic.test(words[3]!) && words.slice(0, 3).every((w) => word.test(w))) {
    return { last: words[0]!, first: words[1]!, middle: `${words[2]} ${words[3]!.toLowerCase()}` };
  }
  if (words.length >= 1 && words.length <= 3 && words.every((w) => word.test(w))) {
    return { last: words[0]!, ...(words[1] ? { first: words[1] } : {}), ...(words[2] ? { middle: words[2] } : {}) };
  }
  return null;
}

/** True when the word is a patronymic, which settles the gender. */
export const isPatronymic = (middle: string) => genderOfPatronymic(middle) !== null;

function genderOfPatronymic(middle: string): Gender | null {
  const m = middle.toLowerCase();
  if (/(вич|ич|\s(оглы|оглу|улы|уулу))$/.test(m)) return 'male';
  if (/(вна|чна|\s(кызы|гызы|кзы))$/.test(m)) return 'female';
  return null;
}

/**
 * The gender the endings follow: from the patronymic; without one, from a surname whose ending tells it
 * («Иванова», «Толстой»), then from a first name only one gender bears. Null when nothing tells: the form
 * then asks («Ким Е. В.», «Гёте Иоганн»).
 */
export function genderOf(name: PersonName): Gender | null {
  if (name.middle) {
    const byPatronymic = genderOfPatronymic(name.middle);
    if (byPatronymic) return byPatronymic;
  }
  const last = name.last.toLowerCase().split('-').at(-1)!;
  if (/(ова|ева|ёва|ина|ына|ская|цкая|ая|яя)$/.test(last)) return 'female';
  if (/(ов|ев|ёв|ин|ын|ский|цкий|ской|цкой)$/.test(last)) return 'male';
  if (name.first) {
    const byFirst = getFirstnameGender(name.first);
    if (byFirst === 'male' || byFirst === 'female') return byFirst;
  }
  return null;
}

/** The name in the case; null when the gender is needed and not known. */
export function declineName(
  name: PersonName,
  grammar: GrammaticalCase,
  gender: Gender | null = genderOf(name),
): string | null {
  if (grammar === 'nomn') return formatName(name);
  if (!gender) return null;
  const to = lvovichCase[grammar];
  // A Turkic patronymic keeps its form: «Мамедова Эльдара Гасан оглы».
  const middle =
    name.middle && /\s/.test(name.middle) ? name.middle : name.middle && inclineMiddlename(name.middle, to, gender);
  return formatName({
    ...name,
    last: inclineLastname(name.last, to, gender),
    ...(name.first ? { first: inclineFirstname(name.first, to, gender) } : {}),
    ...(middle ? { middle } : {}),
  });
}

export function formatName(name: PersonName): string {
  if (name.initials) return name.initialsFirst ? `${name.initials} ${name.last}` : `${name.last} ${name.initials}`;
  return [name.last, name.first, name.middle].filter(Boolean).join(' ');
}
