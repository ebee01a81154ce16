// Reads the two lists as typed into what the matching needs, and says in Russian what is wrong with them.
// A row with an error stays in the list (nothing typed is lost) but is left out of the matching.
import { formNames, parseForm, parseForms } from './forms.ts';
import type { MentoringFormId } from '../mentoring-forms.ts';
import { parseSynonyms, splitTopics, type Topic, type Vocabulary } from './topics.ts';
import type { InputIssue, MenteeRow, MentorRow, PairRef, PairsState } from './types.ts';

export const maxCapacity = 20;

export interface Mentee {
  row: number;
  code: string;
  name: string;
  school: string;
  form: MentoringFormId | '';
  topics: Topic[];
}

export interface Mentor {
  row: number;
  code: string;
  name: string;
  school: string;
  forms: MentoringFormId[];
  topics: Topic[];
  capacity: number;
}

export interface Prepared {
  mentees: Mentee[];
  mentors: Mentor[];
  /** Rows left out of the matching because of an error, by code (or «строка N» when there is no code). */
  rejected: { code: string; reason: string }[];
  vocabulary: Vocabulary;
  fixed: PairRef[];
  forbidden: Set<string>;
  issues: InputIssue[];
}

export const pairKey = (pair: PairRef) => `${pair.mentee}\u0000${pair.mentor}`;
const personKey = (name: string, school: string) =>
  `${name.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')}|${school.trim().toLowerCase()}`;

/** «Строка 3 (НЯ-003)»: how a message names a row. */
export const rowName = (row: number, code: string) => `Строка ${row + 1}${code.trim() ? ` (${code.trim()})` : ''}`;

export function parseCapacity(text: string): { value: number } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: 1 };
  if (!/^\d+$/.test(trimmed))
    return { error: `число наставляемых «${trimmed}» — не целое число; впишите, например, 2` };
  const value = Number(trimmed);
  if (value > maxCapacity)
    return { error: `${value} наставляемых у одного наставника — слишком много; не больше ${maxCapacity}` };
  return { value };
}

function checkCodes(
  rows: { code: string; name: string; school: string }[],
  list: 'mentees' | 'mentors',
  issues: InputIssue[],
): Set<number> {
  const bad = new Set<number>();
  const codes = new Map<string, number>();
  const people = new Map<string, number>();
  rows.forEach((row, index) => {
    const code = row.code.trim();
    if (!code) {
      issues.push({
        level: 'error',
        list,
        row: index,
        message: `${rowName(index, '')}: нет кода. Код нужен каждому участнику — по нему строятся пары.`,
      });
      bad.add(index);
      return;
    }
    const first = codes.get(code.toLowerCase());
    if (first !== undefined) {
      issues.push({
        level: 'error',
        list,
        row: index,
        message: `${rowName(index, code)}: код «${code}» уже есть в строке ${first + 1}. У каждого участника свой код.`,
      });
      bad.add(index);
      return;
    }
    codes.set(code.toLowerCase(), index);
    if (row.name.trim()) {
      const key = personKey(row.name, row.school);
      const same = people.get(key);
      if (same !== undefined) {
        issues.push({
          level: 'warning',
          list,
          row: index,
          message: `${rowName(index, code)}: «${row.name.trim()}» из той же организации уже записан(а) в строке ${same + 1}. Если это один человек, удалите лишнюю строку.`,
        });
      } else people.set(key, index);
    }
  });
  return bad;
}

export function prepare(state: Pick<PairsState, 'mentees' | 'mentors' | 'settings' | 'fixed' | 'forbidden'>): Prepared {
  const issues: InputIssue[] = [];
  const rejected: Prepared['rejected'] = [];
  const vocabulary = parseSynonyms(state.settings.synonyms);
  for (const issue of vocabulary.issues)
    issues.push({ level: 'warning', list: 'settings', message: `Синонимы. ${issue.message}` });

  const badMentees = checkCodes(state.mentees, 'mentees', issues);
  const mentees: Mentee[] = [];
  state.mentees.forEach((row: MenteeRow, index) => {
    const code = row.code.trim() || `строка ${index + 1}`;
    if (badMentees.has(index)) {
      rejected.push({ code, reason: issues.findLast((i) => i.list === 'mentees' && i.row === index)!.message });
      return;
    }
    const form = parseForm(row.form);
    if (form === null) {
      const message = `${rowName(index, row.code)}: форма наставничества «${row.form.trim()}» не из списка. Возможные: ${formNames}; или оставьте пустой.`;
      issues.push({ level: 'error', list: 'mentees', row: index, message });
      rejected.push({ code, reason: message });
      return;
    }
    const topics = splitTopics(row.topics, vocabulary);
    if (topics.length === 0)
      issues.push({
        level: 'warning',
        list: 'mentees',
        row: index,
        message: `${rowName(index, row.code)}: не указано, с чем нужна помощь, — без тем наставника не подобрать.`,
      });
    mentees.push({ row: index, code: row.code.trim(), name: row.name.trim(), school: row.school.trim(), form, topics });
  });

  const badMentors = checkCodes(state.mentors, 'mentors', issues);
  const mentors: Mentor[] = [];
  state.mentors.forEach((row: MentorRow, index) => {
    if (badMentors.has(index)) return;
    const name = rowName(index, row.code);
    const capacity = parseCapacity(row.capacity);
    if ('error' in capacity) {
      issues.push({ level: 'error', list: 'mentors', row: index, message: `${name}: ${capacity.error}.` });
      return;
    }
    const { forms, unknown } = parseForms(row.forms);
    if (unknown.length > 0) {
      issues.push({
        level: 'error',
        list: 'mentors',
        row: index,
        message: `${name}: форма наставничества ${unknown.map((u) => `«${u}»`).join(', ')} не из списка. Возможные: ${formNames}.`,
      });
      return;
    }
    if (capacity.value === 0)
      issues.push({
        level: 'warning',
        list: 'mentors',
        row: index,
        message: `${name}: наставник может взять 0 наставляемых, поэтому в подборе не участвует.`,
      });
    const topics = splitTopics(row.topics, vocabulary);
    if (topics.length === 0)
      issues.push({
        level: 'warning',
        list: 'mentors',
        row: index,
        message: `${name}: не указано, с чем наставник может помочь, — ему не подобрать наставляемых.`,
      });
    mentors.push({
      row: index,
      code: row.code.trim(),
      name: row.name.trim(),
      school: row.school.trim(),
      forms,
      topics,
      capacity: capacity.value,
    });
  });

  // Topics a mentee asks for that no mentor offers: often the same thing in other words.
  const offered = new Set(mentors.flatMap((m) => m.topics.map((t) => t.key)));
  const missing = new Map<string, string>();
  for (const mentee of mentees)
    for (const topic of mentee.topics)
      if (!offered.has(topic.key) && !missing.has(topic.key)) missing.set(topic.key, topic.label);
  if (missing.size > 0 && mentors.length > 0) {
    issues.push({
      level: 'warning',
      list: 'settings',
      message: `Ни один наставник не указал тем: ${[...missing.values()].map((t) => `«${t}»`).join(', ')}. Если у наставников это названо иначе, объявите синонимы.`,
    });
  }

  const { fixed, forbidden } = checkDecisions(state.fixed, state.forbidden, mentees, mentors, issues);
  return { mentees, mentors, rejected, vocabulary, fixed, forbidden, issues };
}

/** Fixed pairs that still name two people of the lists, within the mentor's places; forbidden pairs as keys. */
function checkDecisions(
  fixedIn: PairRef[],
  forbiddenIn: PairRef[],
  mentees: Mentee[],
  mentors: Mentor[],
  issues: InputIssue[],
) {
  const menteeCodes = new Set(mentees.map((m) => m.code));
  const mentorByCode = new Map(mentors.map((m) => [m.code, m]));
  const used = new Map<string, number>();
  const taken = new Set<string>();
  const fixed: PairRef[] = [];
  for (const pair of fixedIn) {
    const mentor = mentorByCode.get(pair.mentor);
    if (!menteeCodes.has(pair.mentee) || !mentor) {
      issues.push({
        level: 'warning',
        list: 'decisions',
        message: `Закреплённая пара ${pair.mentor} — ${pair.mentee} больше не действует: одного из участников нет в списках (или в его строке ошибка).`,
      });
      continue;
    }
    if (taken.has(pair.mentee)) continue;
    const load = used.get(pair.mentor) ?? 0;
    if (load >= mentor.capacity) {
      issues.push({
        level: 'error',
        list: 'decisions',
        message: `Наставнику ${pair.mentor} закреплено больше наставляемых, чем он может взять (${mentor.capacity}); пара ${pair.mentor} — ${pair.mentee} не учтена.`,
      });
      continue;
    }
    used.set(pair.mentor, load + 1);
    taken.add(pair.mentee);
    fixed.push(pair);
  }
  return { fixed, forbidden: new Set(forbiddenIn.map(pairKey)) };
}
