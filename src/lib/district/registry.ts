// The mentors registry: its topics and filters, and the pages it is split into. The same functions run
// at build (the static pages) and in the browser (the filter island), so both agree.
import type { PublicMentor } from './public-mentors.ts';

/** Mentors a registry page shows at most: 3,000 mentors make 60 pages of about 100 KB of HTML each. */
export const mentorsPerPage = 50;
/** Programmes a registry page shows at most. */
export const programmesPerPage = 100;

export interface MentorFilter {
  topic?: string;
  school?: string;
  form?: string;
}

export interface TopicCount {
  topic: string;
  count: number;
}

/** Every topic of «может помочь», with how many mentors offer it; most offered first, then alphabetical. */
export function topicsOf(mentors: readonly Pick<PublicMentor, 'canHelpWith'>[]): TopicCount[] {
  const counts = new Map<string, number>();
  for (const mentor of mentors)
    for (const topic of new Set(mentor.canHelpWith)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'ru'));
}

export function matches(mentor: Pick<PublicMentor, 'canHelpWith' | 'school' | 'forms'>, filter: MentorFilter): boolean {
  return (
    (!filter.topic || mentor.canHelpWith.includes(filter.topic)) &&
    (!filter.school || mentor.school.id === filter.school) &&
    (!filter.form || (mentor.forms as string[]).includes(filter.form))
  );
}

export const isEmptyFilter = (filter: MentorFilter): boolean => !filter.topic && !filter.school && !filter.form;

/** The page of the registry a mentor is on, counting from 1, given their place in the whole list. */
export const pageOf = (index: number, perPage = mentorsPerPage): number => Math.floor(index / perPage) + 1;

/** `/municipalitet/nastavniki/` for the first page, `/municipalitet/nastavniki/2/` for the others. */
export const registryPagePath = (root: string, page: number): string => (page <= 1 ? root : `${root}${page}/`);

/** Splits a list into pages of `perPage`; an empty list is one empty page, so the registry always exists. */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += perPage) pages.push(items.slice(start, start + perPage));
  return pages;
}

/** Reads a filter from the address `?tema=…&shkola=…&forma=…`, so a filtered registry can be shared and linked to. */
export function filterFromSearch(search: string): MentorFilter {
  const params = new URLSearchParams(search);
  const filter: MentorFilter = {};
  const topic = params.get('tema');
  const school = params.get('shkola');
  const form = params.get('forma');
  if (topic) filter.topic = topic;
  if (school) filter.school = school;
  if (form) filter.form = form;
  return filter;
}

export function filterToSearch(filter: MentorFilter): string {
  const params = new URLSearchParams();
  if (filter.topic) params.set('tema', filter.topic);
  if (filter.school) params.set('shkola', filter.school);
  if (filter.form) params.set('forma', filter.form);
  const text = params.toString();
  return text ? `?${text}` : '';
}
