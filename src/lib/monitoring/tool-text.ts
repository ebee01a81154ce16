// What the monitoring page shows and proposes, decided apart from its markup: the line under the file chooser,
// the stage choices, the school year the figures belong to, which typed settings are taken and what a survey
// table's mapping offers.
import { schoolYearOfDate } from '../dates.ts';
import { fill } from '../island-labels.ts';
import { plural } from '../ru-words.ts';
import type { Settings } from './analyse.ts';
import type { Stage } from './questionnaires.ts';

type StatusKey = 'reading' | 'readingFiles' | 'readingCancelled' | 'empty' | 'summary' | 'computing';
type StageKey = 'stageAll' | 'stageBefore' | 'stageMiddle' | 'stageAfter';

export interface StatusFacts {
  /** How many of the chosen files are read, while they are. */
  reading: { done: number; total: number } | null;
  cancelled: boolean;
  /** The engine's last failure, already in words. */
  failure: string;
  files: number;
  /** Answers counted, or null while the engine has not answered yet. */
  responses: number | null;
}

/** The one status line: reading beats a cancel, a cancel beats a failure, and so on down to the summary. */
export function statusText(facts: StatusFacts, labels: Record<StatusKey, string>): string {
  const { reading, files, responses } = facts;
  if (reading) {
    const forms = labels.readingFiles.split('|') as [string, string, string];
    return fill(labels.reading, { done: reading.done, total: reading.total, files: plural(reading.total, forms) });
  }
  if (facts.cancelled) return labels.readingCancelled;
  if (facts.failure) return facts.failure;
  if (files === 0) return labels.empty;
  return responses === null ? fill(labels.computing, { files }) : fill(labels.summary, { files, count: responses });
}

/** The stage filter's choices, in the order they are offered. */
export const stageOptions = (labels: Record<StageKey, string>): [Settings['stage'], string][] => [
  ['all', labels.stageAll],
  ['before', labels.stageBefore],
  ['middle', labels.stageMiddle],
  ['after', labels.stageAfter],
];

/** The report's period when none is typed: «2025/2026 учебный год». */
export const defaultPeriod = (year: number): string => `${year}/${year + 1} учебный год`;

/** The school year of the latest answer, or else of today. */
export const defaultSchoolYear = (latestDate: string | undefined, today: string): number =>
  schoolYearOfDate(latestDate ?? '') ?? schoolYearOfDate(today)!;

/** The year typed in the settings when it is four digits, else the default one. */
export const kpiYearOf = (typed: string, fallback: number): number =>
  /^\d{4}$/.test(typed) ? Number(typed) : fallback;

/** Only whole points of the scale make a threshold; null keeps the last good one. */
export function thresholdOf(typed: string): number | null {
  const value = Number(typed);
  return Number.isInteger(value) && value >= 1 && value <= 10 ? value : null;
}

/** What the «Моя школа» profile puts into the settings: the short name (or the full one) and a four-digit year. */
export function settingsFromProfile(profile: {
  organisation: { shortName: string; fullName: string };
  schoolYear: string;
}): { organisation: string; year: string | null } {
  const year = profile.schoolYear.trim();
  return {
    organisation: profile.organisation.shortName.trim() || profile.organisation.fullName.trim(),
    year: /^\d{4}$/.test(year) ? year : null,
  };
}

/** The stages a survey table may be counted as: «from the column» and the ones the questionnaire asks about. */
export function surveyStageOptions(
  labels: Record<StageKey | 'stageFromColumn', string>,
  asked: Record<string, Stage>,
): [Stage | '', string][] {
  const stages: [Stage | '', string][] = [
    ['', labels.stageFromColumn],
    ['before', labels.stageBefore],
    ['middle', labels.stageMiddle],
    ['after', labels.stageAfter],
  ];
  return stages.filter(([s]) => s === '' || Object.values(asked).includes(s));
}

/** The questions a survey column can answer: every field but tables and signatures. */
export const mappableFields = <F extends { kind: string }>(fields: F[]): F[] =>
  fields.filter((f) => f.kind !== 'table' && f.kind !== 'signature');

/** The mapping with column `column` given to `fieldId` ('' leaves the column out). */
export function mapColumn(mapping: string[], column: number, fieldId: string): string[] {
  const next = [...mapping];
  next[column] = fieldId;
  return next;
}
