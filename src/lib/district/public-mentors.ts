// The mentors as other tools may read them: `/municipalitet/nastavniki.json`, made at build. Only what
// the registry page shows to everyone, and never contacts, even those published with consent.
import type { Mentor, School } from '../../schemas/district.ts';

export interface PublicMentor {
  id: string;
  name: string;
  position: string;
  school: { id: string; name: string; shortName: string };
  forms: Mentor['forms'];
  canHelpWith: string[];
  maxMentees?: number;
}

export interface PublicMentorsFile {
  format: 'nastavnik-mentors';
  version: 1;
  district: string;
  mentors: PublicMentor[];
}

export function publicMentors(
  district: string,
  mentors: readonly Mentor[],
  schools: readonly School[],
): PublicMentorsFile {
  const byId = new Map(schools.map((school) => [school.id, school]));
  return {
    format: 'nastavnik-mentors',
    version: 1,
    district,
    mentors: mentors.map((mentor) => {
      const school = byId.get(mentor.school);
      return {
        id: mentor.id,
        name: mentor.name,
        position: mentor.position,
        school: {
          id: mentor.school,
          name: school?.name ?? mentor.school,
          shortName: school?.shortName ?? mentor.school,
        },
        forms: [...mentor.forms],
        canHelpWith: [...mentor.canHelpWith],
        ...(mentor.maxMentees === undefined ? {} : { maxMentees: mentor.maxMentees }),
      };
    }),
  };
}
