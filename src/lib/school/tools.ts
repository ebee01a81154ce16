// What each tool takes from the school profile: the KPI calculator its organisation, first year and counts,
// the roadmap builder its organisation, head, approval order and the names for the roles the profile knows,
// the pairs tool the fixed details of its order. Each returns the tool's state with the profile's facts put
// in; the tool decides when (a fresh start, or the user's «Взять из профиля»).
import type { KpiState } from '../kpi/types.ts';
import { emptySchool } from '../kpi/url-state.ts';
import { mentoringForms } from '../mentoring-forms.ts';
import type { MenteeRow, MentorRow, OrderDetails } from '../pairs/types.ts';
import type { BuilderState } from '../../schemas/roadmap-builder.ts';
import type { Participant, ParticipantCategory, ParticipantRole } from './participants.ts';
import { personWithPosition, schoolYearLabel, type SchoolProfile } from './profile.ts';

import { surnameWithInitials } from '../initials.ts';

export { surnameWithInitials };

const filled = (value: string) => value.trim() !== '';

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

/** The indicators whose actuals the participants list gives, by who is counted. */
const countedParticipants: [indicator: number, role: ParticipantRole, category: ParticipantCategory][] = [
  [1, 'mentee', 'обучающийся'],
  [2, 'mentor', 'обучающийся'],
  [3, 'mentee', 'молодой педагог'],
];

/**
 * The calculator with the school year's actuals of indicators 1–3 counted from the participants list: students
 * who are mentees, students who are mentors, young teachers who are mentees; and the base of indicators 5–6, all
 * mentees and all mentors. Other years' actuals stay; an empty list changes nothing. Indicator 4 (partner
 * organisations) and the satisfied counts of 5–6 (the survey) come from elsewhere.
 */
export function kpiWithParticipants(
  state: KpiState,
  participants: readonly Participant[],
  schoolYear: string,
): KpiState {
  if (participants.length === 0 || !/^\d{4}$/.test(schoolYear.trim()) || state.mode === 'district') return state;
  const year = schoolYear.trim();
  const actuals = { ...state.actuals };
  for (const [indicator, role, category] of countedParticipants) {
    const count = participants.filter((p) => p.role === role && p.category === category).length;
    actuals[indicator] = { ...actuals[indicator], [year]: String(count) };
  }
  // Indicators 5–6 are shares of all mentees and all mentors of the programmes: the list is exactly that base.
  const [first, ...rest] = state.schools;
  const school = first ?? emptySchool();
  const counts = {
    ...school.counts,
    surveyedMentees: String(participants.filter((p) => p.role === 'mentee').length),
    surveyedMentors: String(participants.filter((p) => p.role === 'mentor').length),
  };
  return { ...state, actuals, schools: [{ ...school, counts }, ...rest] };
}

/**
 * The pairs tool's lists with the participants they lack (by code): mentees and mentors of «Моя школа» with their
 * category and form; topics and capacity stay for the curator to fill in the pairs tool. Nobody already listed is
 * changed, so taking the list twice adds nothing.
 */
export function pairsListsWithParticipants(
  lists: { mentees: MenteeRow[]; mentors: MentorRow[] },
  participants: readonly Participant[],
  school: string,
): { mentees: MenteeRow[]; mentors: MentorRow[]; added: number } {
  const known = new Set([...lists.mentees, ...lists.mentors].map((row) => row.code.trim().toLocaleUpperCase('ru')));
  const fresh = participants.filter((p) => p.code.trim() && !known.has(p.code.trim().toLocaleUpperCase('ru')));
  const form = (p: Participant) => (p.form ? mentoringForms[p.form] : '');
  const mentees = fresh
    .filter((p) => p.role === 'mentee')
    .map(
      (p): MenteeRow => ({
        code: p.code.trim(),
        name: p.name.trim(),
        school,
        category: p.category,
        form: form(p),
        topics: '',
      }),
    );
  const mentors = fresh
    .filter((p) => p.role === 'mentor')
    .map(
      (p): MentorRow => ({
        code: p.code.trim(),
        name: p.name.trim(),
        position: p.position.trim(),
        school,
        forms: form(p),
        topics: '',
        capacity: '',
      }),
    );
  return {
    mentees: [...lists.mentees, ...mentees],
    mentors: [...lists.mentors, ...mentors],
    added: mentees.length + mentors.length,
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
