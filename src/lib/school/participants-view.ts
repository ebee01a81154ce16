// What the «Участники программы» table shows besides the rows: the counts by role and consent, and which hundred
// rows a page holds. Plain data in and out, so the island only renders.
import type { Participant, ParticipantRole } from './participants.ts';

/** The rows one page of the table shows. */
export const participantsPageSize = 100;

/** How many mentees and mentors the list has, and how many of each gave their written consent. */
export function participantCounts(list: readonly Participant[]) {
  const of = (role: ParticipantRole) => list.filter((p) => p.role === role);
  const consents = (role: ParticipantRole) => of(role).filter((p) => p.consent).length;
  return {
    mentees: of('mentee').length,
    menteeConsents: consents('mentee'),
    mentors: of('mentor').length,
    mentorConsents: consents('mentor'),
  };
}

/** The first row of the page that holds row `index` (from 0): a row just added shows on its page. */
export const pageStartOf = (index: number, size = participantsPageSize): number => Math.floor(index / size) * size;

/** «Показаны строки {from}–{to} из {total}»: the rows of the page that starts at `start`, counted from 1. */
export const pageRange = (start: number, total: number, size = participantsPageSize) => ({
  from: start + 1,
  to: Math.min(start + size, total),
  total,
});
