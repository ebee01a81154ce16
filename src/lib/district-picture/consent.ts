// How the page records a mentor's consent to publication: a tick per mentor, with the length of service the
// registry needs, kept by school and name. A module of its own, so the page does not load the exporter to show it.
import type { SchoolSummary } from './types.ts';

/** A mentor's consent and length of service, as the district ticked and typed them: by `mentorKey`. */
export type Consents = Record<string, { consent: boolean; years: string }>;

export const mentorKey = (school: Pick<SchoolSummary, 'key'>, name: string) => `${school.key}|${name}`;
