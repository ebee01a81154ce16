// A noun phrase in another case by its head: the adjectives in front and the first noun decline, the rest
// stays («Муниципальное бюджетное учреждение "Школа № 5"» → «Муниципального бюджетного учреждения "Школа № 5"»,
// «заместитель директора по УВР» → «заместителя директора по УВР»). Names in quotes, numbers, abbreviations
// (МБОУ, СОШ) and everything after the head noun are left as written, as official names are.
import type { GrammaticalCase } from '../forms/placeholders.ts';

/** Endings for gent, dat, accs, ablt, loct; the accusative of an animate masculine is the genitive. */
type Endings = [string, string, string, string, string];
const order: Exclude<GrammaticalCase, 'nomn'>[] = ['gent', 'dat', 'accs', 'ablt', 'loct'];

const velar = /[гкх]$/;
const hushing = /[жшчщ]$/;

/** Nouns that look like adjectives by their ending. */
const nounsInIy = new Set(['санаторий', 'лекторий', 'планетарий', 'профилакторий', 'консорциум']);
/** Adjectives used as nouns: the head of the phrase («старший вожатый», «заведующая библиотекой»). */
const substantives = /^(вожат|заведующ|обучающ|учащ|дежурн|ответственн|уполномоченн|управляющ)/;
/** Nouns that drop a vowel when they decline. */
const fleeting: Record<string, string> = { дворец: 'дворц', кружок: 'кружк', образец: 'образц' };
/** Feminine nouns in -ь, which decline apart from «учитель». */
const feminineSoft = new Set(['площадь', 'часть', 'область', 'сеть', 'связь', 'мастерская']);
const indeclinable = new Set(['бюро', 'депо', 'кафе', 'кино', 'ателье']);
/** Masculine nouns in a hushing consonant whose instrumental ends in a stressed -ом. */
const stressedOm = new Set(['врач', 'секретарь']);

function adjectiveEndings(lower: string, animate: boolean): { stem: string; endings: Endings } | null {
  const reflexive = lower.endsWith('ся') ? 2 : 0;
  const body = reflexive ? lower.slice(0, -2) : lower;
  const end = body.slice(-2);
  const stem = body.slice(0, -2);
  const soft = !velar.test(stem);
  const i = velar.test(stem) || hushing.test(stem) ? 'им' : 'ым';
  const mGen = end === 'ий' && soft ? 'его' : 'ого';
  const mDat = end === 'ий' && soft ? 'ему' : 'ому';
  switch (end) {
    case 'ый':
    case 'ой':
    case 'ий': {
      const loct = end === 'ий' && soft ? 'ем' : 'ом';
      return { stem, endings: [mGen, mDat, animate ? mGen : end, end === 'ий' ? 'им' : i, loct] };
    }
    case 'ая': {
      const oy = hushing.test(stem) && !/^больш/.test(stem) ? 'ей' : 'ой';
      return { stem, endings: [oy, oy, 'ую', oy, oy] };
    }
    case 'яя':
      return { stem, endings: ['ей', 'ей', 'юю', 'ей', 'ей'] };
    case 'ое':
      return { stem, endings: ['ого', 'ому', 'ое', i, 'ом'] };
    case 'ее':
      return { stem, endings: ['его', 'ему', 'ее', 'им', 'ем'] };
    default:
      return null;
  }
}

const isAdjective = (lower: string) => /(ый|ий|ой|ая|яя|ое|ее)(ся)?$/.test(lower) && !nounsInIy.has(lower);

function nounEndings(lower: string, animate: boolean): { stem: string; endings: Endings } | null {
  if (indeclinable.has(lower)) return null;
  if (lower in fleeting) {
    const stem = fleeting[lower]!;
    return {
      stem,
      endings: [
        'а',
        'у',
        animate ? 'а' : lower.slice(stem.length),
        hushing.test(stem) || /ц$/.test(stem) ? 'ем' : 'ом',
        'е',
      ],
    };
  }
  const last = lower.slice(-1);
  const two = lower.slice(-2);
  if (two === 'ия') return { stem: lower.slice(0, -2), endings: ['ии', 'ии', 'ию', 'ией', 'ии'] };
  if (two === 'ие') return { stem: lower.slice(0, -2), endings: ['ия', 'ию', 'ие', 'ием', 'ии'] };
  if (two === 'ий') return { stem: lower.slice(0, -2), endings: ['ия', 'ию', animate ? 'ия' : 'ий', 'ием', 'ии'] };
  const stem = lower.slice(0, -1);
  switch (last) {
    case 'а': {
      const y = velar.test(stem) || hushing.test(stem) ? 'и' : 'ы';
      const oy = hushing.test(stem) || /ц$/.test(stem) ? 'ей' : 'ой';
      return { stem, endings: [y, 'е', 'у', oy, 'е'] };
    }
    case 'я':
      return { stem, endings: ['и', 'е', 'ю', 'ей', 'е'] };
    case 'о':
      return { stem, endings: ['а', 'у', 'о', 'ом', 'е'] };
    case 'е':
      return { stem, endings: ['а', 'у', 'е', 'ем', 'е'] };
    case 'ь':
      if (feminineSoft.has(lower)) return { stem, endings: ['и', 'и', 'ь', 'ью', 'и'] };
      return { stem, endings: ['я', 'ю', animate ? 'я' : 'ь', stressedOm.has(lower) ? 'ём' : 'ем', 'е'] };
    case 'й':
      return { stem, endings: ['я', 'ю', animate ? 'я' : 'й', 'ем', 'е'] };
    default:
      if (!/[бвгджзклмнпрстфхцчшщ]/.test(last)) return null;
      return {
        stem: lower,
        endings: [
          'а',
          'у',
          animate ? 'а' : '',
          (hushing.test(lower) || last === 'ц') && !stressedOm.has(lower) ? 'ем' : 'ом',
          'е',
        ],
      };
  }
}

/** Puts the new ending on the word as typed, keeping its capitals («УЧРЕЖДЕНИЕ» → «УЧРЕЖДЕНИЯ»). */
function reshape(original: string, stem: string, ending: string, reflexive: boolean): string {
  // A dropped vowel changes the stem itself («Дворец» → «Дворц-»): take it, with the word's first capital.
  const prefix = original.slice(0, stem.length);
  const typed = prefix.toLowerCase() === stem ? prefix : original[0] + stem.slice(1);
  const tail = ending + (reflexive ? 'ся' : '');
  return typed + (original.length > 1 && original === original.toUpperCase() ? tail.toUpperCase() : tail);
}

function declineWord(
  original: string,
  grammar: Exclude<GrammaticalCase, 'nomn'>,
  animate: boolean,
  as: 'adjective' | 'noun',
): string {
  const lower = original.toLowerCase();
  const found = as === 'adjective' ? adjectiveEndings(lower, animate) : nounEndings(lower, animate);
  if (!found) return original;
  return reshape(
    original,
    found.stem,
    found.endings[order.indexOf(grammar)]!,
    as === 'adjective' && lower.endsWith('ся'),
  );
}

/** An abbreviation (МБОУ, СОШ, УВР), a number, a name in quotes or a word with a dot ends the declined part. */
const stops = (word: string) =>
  /^[«"“„'(№\d]/.test(word) ||
  /\./.test(word) ||
  (word.length <= 6 && /^[А-ЯЁ]{2,}(-[А-ЯЁ]+)?$/.test(word)) ||
  !/[а-яё]/i.test(word);

export interface PhraseOptions {
  /** People (a position) take the genitive's form in the accusative; institutions keep the nominative's. */
  animate: boolean;
}

/** The phrase in the case: its leading adjectives and its head noun declined, the rest as written. */
export function declinePhrase(phrase: string, grammar: GrammaticalCase, { animate }: PhraseOptions): string {
  if (grammar === 'nomn') return phrase;
  const parts = phrase.split(/(\s+)/);
  // Words are at even places; text that starts with a space has an empty first one.
  for (let i = parts[0] === '' ? 2 : 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    // Punctuation after a word («школа,») stays where it is, and the phrase ends there.
    const [, core = '', tail = ''] = /^(.*?)([,;:)]*)$/.exec(part) ?? [];
    if (!core || stops(core)) break;
    const pieces = core.split('-');
    const lastPiece = pieces.at(-1)!.toLowerCase();
    const substantive = substantives.test(lastPiece);
    if (isAdjective(lastPiece) && !substantive) {
      // «детско-юношеская»: only the last part of a compound adjective declines.
      pieces[pieces.length - 1] = declineWord(pieces.at(-1)!, grammar, animate, 'adjective');
      parts[i] = pieces.join('-') + tail;
      if (tail) break;
      continue;
    }
    if (substantive) {
      pieces[pieces.length - 1] = declineWord(pieces.at(-1)!, grammar, animate, 'adjective');
    } else {
      // «школа-интернат», «педагог-психолог»: both nouns decline.
      for (let p = 0; p < pieces.length; p += 1) pieces[p] = declineWord(pieces[p]!, grammar, animate, 'noun');
    }
    parts[i] = pieces.join('-') + tail;
    break;
  }
  return parts.join('');
}

/** An organisation's name in the genitive, to suggest: «… учреждения "Средняя школа № 5"». */
export const organisationGenitive = (name: string): string => declinePhrase(name.trim(), 'gent', { animate: false });
