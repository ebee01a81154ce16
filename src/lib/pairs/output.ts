// What the pairs become: the order assigning them (the values of the library's order form), a table for
// Excel and a link from each pair to the roadmap builder's personal plan. With «codes only» no name leaves.
import { toCsv } from '../table-export/csv.ts';
import type { Cell } from '../table-export/cell.ts';
import type { FormValues } from '../forms/values.ts';
import { caseKey, genderKey } from '../forms/declension.ts';
import { builderPath, newPlanHash, pairPlanTemplates, type NewPlanLink } from '../roadmap-builder/link.ts';
import { withBase } from '../base-path.ts';
import { isIsoDate } from '../dates.ts';
import { ruDate } from '../ru-words.ts';
import { formLabel } from './forms.ts';
import type { MatchResult, MenteeRow, MentorRow, OrderDetails, SuggestedPair } from './types.ts';

export interface People {
  mentees: Map<string, MenteeRow>;
  mentors: Map<string, MentorRow>;
  codesOnly: boolean;
}

export const peopleOf = (mentees: MenteeRow[], mentors: MentorRow[], codesOnly: boolean): People => ({
  mentees: new Map(mentees.map((m) => [m.code.trim(), m])),
  mentors: new Map(mentors.map((m) => [m.code.trim(), m])),
  codesOnly,
});

/** A person as shown and exported: the name when there is one and names are allowed, otherwise the code. */
export function personName(people: People, code: string, list: 'mentees' | 'mentors'): string {
  const person = (list === 'mentees' ? people.mentees : people.mentors).get(code);
  return !people.codesOnly && person?.name.trim() ? person.name.trim() : code;
}

/** «Петрова А. В., учитель математики»: what the order's table says of a person. */
function personInOrder(people: People, code: string, list: 'mentees' | 'mentors'): string {
  const person = (list === 'mentees' ? people.mentees : people.mentors).get(code);
  const detail =
    list === 'mentees' ? (person as MenteeRow | undefined)?.category : (person as MentorRow | undefined)?.position;
  return [personName(people, code, list), detail?.trim()].filter(Boolean).join(', ');
}

/** The order's values for `formDocument`: its details, the pairs table and the acknowledgement list. */
export function orderValues(order: OrderDetails, pairs: SuggestedPair[], people: People): FormValues {
  const seen = new Set<string>();
  const acknowledged: Record<string, string>[] = [];
  const acknowledge = (code: string, list: 'mentees' | 'mentors', role: string) => {
    const key = `${list}:${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    acknowledged.push({ name: personName(people, code, list), role, date: '', signature: '' });
  };
  for (const pair of pairs) acknowledge(pair.mentor, 'mentors', 'наставник');
  for (const pair of pairs) acknowledge(pair.mentee, 'mentees', 'наставляемый');
  return {
    organisation: order.organisation,
    settlement: order.settlement,
    'order-date': order.orderDate,
    'order-number': order.orderNumber,
    'school-year': order.schoolYear,
    curator: order.curator,
    // The order says «Куратору …»: the form declines the name, unless the user corrected it or chose the gender.
    ...(order.curatorDative?.trim() ? { [caseKey('curator', 'dat')]: order.curatorDative } : {}),
    ...(order.curatorGender ? { [genderKey('curator')]: order.curatorGender } : {}),
    'plans-due': order.plansDue,
    pairs: pairs.map((pair, i) => ({
      number: String(i + 1),
      mentor: personInOrder(people, pair.mentor, 'mentors'),
      mentee: personInOrder(people, pair.mentee, 'mentees'),
      form: pair.form ? formLabel(pair.form) : '',
      from: ruDate(order.from),
      to: ruDate(order.to),
    })),
    acknowledged,
  };
}

/** The pairs, then the mentees left without a mentor, as rows of a table. */
export function resultRows(result: MatchResult, people: People): Cell[][] {
  const names = !people.codesOnly;
  const header = [
    '№',
    'Код наставника',
    ...(names ? ['Наставник'] : []),
    'Организация наставника',
    'Код наставляемого',
    ...(names ? ['Наставляемый'] : []),
    'Организация наставляемого',
    'Форма',
    'Общие темы',
    'Баллы',
    'Закреплена куратором',
    'Почему',
  ];
  const rows: Cell[][] = [header];
  result.pairs.forEach((pair, i) => {
    const mentor = people.mentors.get(pair.mentor);
    const mentee = people.mentees.get(pair.mentee);
    rows.push([
      i + 1,
      pair.mentor,
      ...(names ? [mentor?.name.trim() ?? ''] : []),
      mentor?.school.trim() ?? '',
      pair.mentee,
      ...(names ? [mentee?.name.trim() ?? ''] : []),
      mentee?.school.trim() ?? '',
      pair.form ? formLabel(pair.form) : '',
      pair.topics.join('; '),
      pair.score,
      pair.fixed ? 'да' : 'нет',
      pair.why,
    ]);
  });
  if (result.unmatched.length > 0) {
    rows.push([]);
    rows.push(['Без наставника', 'Код наставляемого', ...(names ? ['Наставляемый'] : []), 'Причина']);
    for (const [i, u] of result.unmatched.entries()) {
      rows.push([i + 1, u.mentee, ...(names ? [people.mentees.get(u.mentee)?.name.trim() ?? ''] : []), u.reason]);
    }
  }
  return rows;
}

export const resultCsv = (result: MatchResult, people: People): string => toCsv(resultRows(result, people));

/** The template of a pair's plan: the young teacher's year for «учитель – учитель», the five meetings otherwise. */
export const pairPlanTemplate = (pair: Pick<SuggestedPair, 'form'>): string =>
  pair.form === 'uchitel-uchitel' ? pairPlanTemplates.youngTeacher : pairPlanTemplates.meetings;

/**
 * What a pair's plan is made from: its template, the order's dates (it starts and ends with the pairs' work and
 * is drawn up by the order's date) and the pair. Without `names` it carries the pair's codes and no
 * organisation; with «codes only» on, no name leaves whatever `names` says.
 */
export function pairPlanLink(
  pair: SuggestedPair,
  people: People,
  order: OrderDetails,
  today: string,
  names = false,
): NewPlanLink {
  const shown: People = names ? people : { ...people, codesOnly: true };
  const start = isIsoDate(order.from) ? order.from : today;
  return {
    template: pairPlanTemplate(pair),
    start,
    ...(isIsoDate(order.to) && order.to >= start ? { end: order.to } : {}),
    ...(isIsoDate(order.plansDue) ? { due: order.plansDue } : {}),
    ...(names && order.organisation.trim() ? { organisation: order.organisation.trim() } : {}),
    mentor: personName(shown, pair.mentor, 'mentors'),
    mentee: personName(shown, pair.mentee, 'mentees'),
  };
}

/**
 * The builder's personal plan for a pair, as a link: by default (no `names`) it carries codes and no organisation,
 * for a link stays in the browser's history and in chats.
 */
export function planLink(
  pair: SuggestedPair,
  people: People,
  order: OrderDetails,
  today: string,
  base: string,
  names = false,
): string {
  return withBase(builderPath, base) + newPlanHash(pairPlanLink(pair, people, order, today, names));
}
