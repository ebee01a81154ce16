// The facts of the school profile that documents and tools take, each by one name (`organisation.fullName`,
// `curator`…), and how a form's fields are filled from them: a value the user typed in a document wins, every
// other bound field follows the profile, so a change of the profile reaches every document that did not
// override it.
import { personWithPosition, schoolYearLabel, type SchoolProfile } from './profile.ts';

export const profileFacts = [
  'organisation.fullName',
  'organisation.fullNameGenitive',
  'organisation.shortName',
  'organisation.municipality',
  'organisation.town',
  'organisation.address',
  'director',
  'director.name',
  'curator',
  'curator.name',
  'siteOfficer',
  'schoolYear',
  'order.date',
  'order.number',
] as const;
export type ProfileFact = (typeof profileFacts)[number];

/** The fact as a document prints it; empty while the profile lacks it. */
export function factValue(profile: SchoolProfile, fact: ProfileFact): string {
  switch (fact) {
    case 'director':
    case 'curator':
    case 'siteOfficer': {
      // A position without a name says nothing a document can use.
      const person = profile[fact];
      return person.name.trim() ? personWithPosition(person) : '';
    }
    case 'director.name':
      return profile.director.name.trim();
    case 'curator.name':
      return profile.curator.name.trim();
    case 'schoolYear':
      return schoolYearLabel(profile);
    case 'order.date':
      return profile.order.date;
    case 'order.number':
      return profile.order.number.trim();
    default: {
      const key = fact.slice('organisation.'.length) as keyof Omit<SchoolProfile['organisation'], 'kind'>;
      return profile.organisation[key].trim();
    }
  }
}

/** A field that can take a fact: its id, and the fact it is bound to, if any. */
export interface BoundField {
  id: string;
  profile?: ProfileFact | undefined;
}

/**
 * The values a document shows: the user's own where they typed one (an override), otherwise the profile's.
 * `overrides` holds only what the user typed; nothing from the profile is copied into it. A field emptied in
 * the document follows the profile again: an empty line is never what a document should print.
 */
export function withProfile<V>(
  fields: readonly BoundField[],
  profile: SchoolProfile | null,
  overrides: Record<string, V | string | undefined>,
) {
  const values: Record<string, V | string | undefined> = { ...overrides };
  const fromProfile = new Set<string>();
  if (!profile) return { values, fromProfile };
  for (const field of fields) {
    const own = overrides[field.id];
    if (!field.profile || (own !== undefined && (typeof own !== 'string' || own.trim() !== ''))) continue;
    const value = factValue(profile, field.profile);
    if (!value) continue;
    values[field.id] = value;
    fromProfile.add(field.id);
  }
  return { values, fromProfile };
}
