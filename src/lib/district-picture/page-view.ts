// What the district picture's page shows and how its fields change, decided apart from its markup: the status
// lines, the period and capacity checks, the cluster counts, the state of the tandems and the edits of the rules
// and consents. Plain data in, plain data out.
import { fill } from '../island-labels.ts';
import { clusterNames, type ClusterResult, type ClusterRules } from './clusters.ts';
import { mentorKey, type Consents } from './consent.ts';
import type { TandemResult } from './tandems.ts';
import type { FileMessage } from './types.ts';

/** How many ШНОР schools one ШВОР school may take: one or two digits above zero, else null (the field is wrong). */
export const capacityOf = (text: string): number | null =>
  /^\d{1,2}$/.test(text) && Number(text) > 0 ? Number(text) : null;

/** The year looked at is four digits and inside the period (the years compare as text: all are four digits). */
export const yearInPeriod = ({ firstYear, lastYear, year }: { firstYear: string; lastYear: string; year: string }) =>
  year >= firstYear && year <= lastYear && /^\d{4}$/.test(year);

/** Where the year's targets come from: what the last click said, else the calculator's or the preset. */
export const targetsHint = (
  note: string,
  fromCalculator: boolean,
  labels: { targetsFromCalculator: string; targetsPreset: string },
): string => note || (fromCalculator ? labels.targetsFromCalculator : labels.targetsPreset);

/** The line under the file chooser: the progress while files are read, then how many schools the picture has. */
export function filesStatus(
  { busy, progress, schools }: { busy: boolean; progress: string; schools: number },
  labels: { reading: string; empty: string; summary: string },
): string {
  if (busy) return progress || labels.reading;
  return schools === 0 ? labels.empty : fill(labels.summary, { n: schools });
}

/** The files' messages, errors apart from warnings, each in the order they came. */
export const messagesByLevel = (messages: FileMessage[]) => ({
  errors: messages.filter((m) => m.level === 'error'),
  warnings: messages.filter((m) => m.level === 'warning'),
});

/** «ШНОР: 2; ШСОР: 0; ШВОР: 1» — the schools in each cluster; `none` is how many fit none. */
export function clusterTally(clusters: ClusterResult[]): { line: string; none: number } {
  const line = clusterNames.map((c) => `${c}: ${clusters.filter((r) => r.cluster === c).length}`).join('; ');
  return { line, none: clusters.filter((r) => r.cluster === null).length };
}

/** What the tandems' part shows: matching under way, a failure, no tandem, or the list. */
export function tandemsShown(result: TandemResult | null, failed: boolean): 'running' | 'failed' | 'none' | 'list' {
  if (result === null) return 'running';
  if (failed) return 'failed';
  return result.tandems.length === 0 ? 'none' : 'list';
}

/** A threshold as the field shows it: a decimal comma, nothing for a number not typed yet. */
export const thresholdText = (value: number): string => (Number.isFinite(value) ? String(value).replace('.', ',') : '');

/** A typed threshold: a comma or a point; NaN when empty or not a number (ruleErrors then names it). */
export const thresholdValue = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));

/** An indicator ticked into the rules (with zero thresholds, kept in indicator order) or out of them. */
export const toggleRule = (rules: ClusterRules, order: number, on: boolean): ClusterRules => ({
  rules: on
    ? [...rules.rules, { order, low: 0, high: 0 }].sort((a, b) => a.order - b.order)
    : rules.rules.filter((r) => r.order !== order),
});

/** One threshold of one indicator's rule, as typed. */
export const editRule = (rules: ClusterRules, order: number, field: 'low' | 'high', text: string): ClusterRules => ({
  rules: rules.rules.map((r) => (r.order === order ? { ...r, [field]: thresholdValue(text) } : r)),
});

/** A mentor's consent or length of service changed; a mentor not ticked before starts unticked with no years. */
export const withConsent = (consents: Consents, key: string, next: Partial<Consents[string]>): Consents => ({
  ...consents,
  [key]: { consent: false, years: '', ...consents[key], ...next },
});

/** How many mentors are ticked: of all schools, or of one school. */
export const consentedCount = (consents: Consents): number => Object.values(consents).filter((c) => c.consent).length;
export const schoolConsented = (school: { key: string; mentors: { name: string }[] }, consents: Consents): number =>
  school.mentors.filter((m) => consents[mentorKey(school, m.name)]?.consent).length;

/** The set of opened schools after one is opened or closed. */
export function toggled(open: Set<string>, key: string, opened: boolean): Set<string> {
  const next = new Set(open);
  if (opened) next.add(key);
  else next.delete(key);
  return next;
}
