// The figures of the district's home page, computed from its data so they never disagree with the registries.
import type { DistrictData } from './types.ts';
import type { School } from '../../schemas/district.ts';

export interface DistrictFigures {
  organisations: number;
  byKind: Record<School['kind'], number>;
  byCluster: Record<'ШНОР' | 'ШСОР' | 'ШВОР', number>;
  mentors: number;
  mentorsWithContacts: number;
  programmes: number;
  /** Participants of all programmes, as the programmes report them. */
  participants: number;
  /** Programmes running on `today`. */
  activeProgrammes: number;
  events: number;
  /** Events that end on or after `today`. */
  upcomingEvents: number;
}

export function districtFigures(data: Omit<DistrictData, 'profile'>, today: string): DistrictFigures {
  const byKind = { school: 0, kindergarten: 0, additionalEducation: 0, college: 0 };
  const byCluster = { ШНОР: 0, ШСОР: 0, ШВОР: 0 };
  for (const school of data.schools) {
    byKind[school.kind] += 1;
    if (school.cluster) byCluster[school.cluster] += 1;
  }
  return {
    organisations: data.schools.length,
    byKind,
    byCluster,
    mentors: data.mentors.length,
    mentorsWithContacts: data.mentors.filter((m) => m.consent && (m.contacts?.email || m.contacts?.phone)).length,
    programmes: data.programmes.length,
    participants: data.programmes.reduce((sum, p) => sum + p.participants, 0),
    activeProgrammes: data.programmes.filter((p) => p.period.from <= today && today <= p.period.to).length,
    events: data.events.length,
    upcomingEvents: data.events.filter((e) => (e.end ?? e.start) >= today).length,
  };
}

// scripts/check-district.ts still imports plural from here; scripts/ belongs to another branch, so the name stays.
export { plural } from '../ru-words.ts';
