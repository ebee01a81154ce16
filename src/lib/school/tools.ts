// What each tool takes from the school profile: the KPI calculator its organisation, first year and counts,
// the roadmap builder its organisation, head, approval order and the names for the roles the profile knows,
// the pairs tool the fixed details of its order. Each returns the tool's state with the profile's facts put
// in; the tool decides when (a fresh start, or the user's «Взять из профиля»).
import type { KpiState } from '../kpi/types.ts';
import { emptySchool } from '../kpi/url-state.ts';
import type { OrderDetails } from '../pairs/types.ts';
import type { BuilderState } from '../../schemas/roadmap-builder.ts';
import { personWithPosition, schoolYearLabel, type SchoolProfile } from './profile.ts';

const filled = (value: string) => value.trim() !== '';

/** «Кузнецова О. Н.» for «Кузнецова Ольга Николаевна», as roadmaps name the people responsible. */
export function surnameWithInitials(fullName: string): string {
  const [surname, ...given] = fullName.trim().split(/\s+/);
  if (!surname) return '';
  const initials = given.map((word) =>
    /^\p{Lu}\.$/u.test(word) ? word : `${word.charAt(0).toLocaleUpperCase('ru')}.`,
  );
  return [surname, initials.join(' ')].filter(Boolean).join(' ');
}

/** The organisation as a tool names it: its short name where one is given. */
const organisationName = (profile: SchoolProfile) =>
  profile.organisation.shortName.trim() || profile.organisation.fullName.trim();

export function kpiWithProfile(state: KpiState, profile: SchoolProfile): KpiState {
  const c = profile.counts;
  const counts = {
    students10to18: c.students10to18,
    students15to18: c.students15to18,
    youngTeachers: c.youngTeachers,
    partnerOrganisations: c.partnerOrganisations,
  };
  const year = profile.schoolYear.trim();
  const span = Number(state.lastYear) - Number(state.firstYear);
  const period =
    /^\d{4}$/.test(year) && Number.isInteger(span) && span >= 0
      ? { firstYear: year, lastYear: String(Number(year) + span) }
      : {};
  if (state.mode === 'district')
    return { ...state, organisation: profile.organisation.municipality.trim() || state.organisation, ...period };
  const [first, ...rest] = state.schools;
  const school = first ?? emptySchool();
  const known = Object.fromEntries(Object.entries(counts).filter(([, value]) => filled(value)));
  return {
    ...state,
    ...period,
    organisation: organisationName(profile) || state.organisation,
    schools: [{ ...school, counts: { ...school.counts, ...known } }, ...rest],
  };
}

/** Which profile person stands for a role of a roadmap template, by the role's wording. */
function personForRole(role: string, profile: SchoolProfile): string {
  const r = role.trim().toLocaleLowerCase('ru');
  const name = (person: SchoolProfile['director']) => surnameWithInitials(person.name);
  if (r === 'директор' || r === 'руководитель оо') return name(profile.director);
  if (r.startsWith('куратор') && !r.includes('школы наставничества') && !r.startsWith('кураторы'))
    return name(profile.curator);
  if (r === 'ответственный за официальный сайт' || r === 'ответственный за сайт') return name(profile.siteOfficer);
  // The deputy head is the curator in most schools: only when the profile says so.
  if (
    r === 'заместитель директора по увр' &&
    profile.curator.position.toLocaleLowerCase('ru').includes('заместитель директора по увр')
  ) {
    return name(profile.curator);
  }
  return '';
}

export function builderWithProfile(state: BuilderState, profile: SchoolProfile): BuilderState {
  const people = state.people.map((person) => {
    const name = personForRole(person.role, profile);
    return name ? { ...person, name } : person;
  });
  const name = profile.organisation.fullName.trim();
  // A new name drops the genitive kept for the old one; the profile's own genitive goes with its name.
  const { organisationGenitive: _old, ...rest } = state;
  const organisation = name
    ? {
        ...rest,
        organisation: name,
        ...(profile.organisation.fullNameGenitive.trim()
          ? { organisationGenitive: profile.organisation.fullNameGenitive.trim() }
          : {}),
      }
    : state;
  return {
    ...organisation,
    head: profile.director.name.trim() || state.head,
    approval:
      filled(profile.order.date) || filled(profile.order.number)
        ? { date: profile.order.date, number: profile.order.number.trim() }
        : state.approval,
    people,
  };
}

export function pairsOrderWithProfile(order: OrderDetails, profile: SchoolProfile): OrderDetails {
  const keep = (value: string, fallback: string) => (filled(value) ? value.trim() : fallback);
  return {
    ...order,
    organisation: keep(profile.organisation.fullName, order.organisation),
    settlement: keep(profile.organisation.town, order.settlement),
    schoolYear: keep(schoolYearLabel(profile), order.schoolYear),
    curator: keep(profile.curator.name.trim() ? personWithPosition(profile.curator) : '', order.curator),
  };
}
