// The calculator's inputs and results as plain data: what the page keeps in its URL and local storage,
// and what the maths returns for the view and the exporters.
import type { Indicator } from '../../schemas/indicator.ts';

export const populations = [
  'students10to18',
  'students15to18',
  'youngTeachers',
  'partnerOrganisations',
  'surveyedMentees',
  'surveyedMentors',
] as const;
export type Population = (typeof populations)[number];

/** What the calculator needs of an indicator: the collection entry minus its wording. */
export type KpiIndicator = Pick<Indicator, 'order' | 'title' | 'unit' | 'population' | 'numerator' | 'denominator'> & {
  /** The example trajectory, in the order of its years. */
  preset: number[];
};

/** How an indicator's yearly targets are set. Numbers are kept as typed, so a bad one stays on screen. */
export type Trajectory =
  | { kind: 'preset' }
  | { kind: 'line'; from: string; to: string }
  | { kind: 'manual'; values: YearValues };

/** Typed values by year ("2026"), so they stay with their year when the period moves. */
export type YearValues = Record<string, string>;

export interface SchoolInput {
  name: string;
  counts: Record<Population, string>;
}

export interface KpiState {
  mode: 'school' | 'district';
  organisation: string;
  firstYear: string;
  lastYear: string;
  /** One school in school mode (the first row); every row in district mode. */
  schools: SchoolInput[];
  /** By indicator order. */
  trajectories: Record<number, Trajectory>;
  monitoring: boolean;
  /** Actual counts by indicator order and year (school mode). */
  actuals: Record<number, YearValues>;
}

/** Why an input was refused; the view turns the code into a Russian message. */
export type KpiErrorCode =
  | 'empty'
  | 'notNumber'
  | 'negative'
  | 'fractional'
  | 'tooManyDecimals'
  | 'overHundred'
  | 'zeroPopulation'
  | 'overPopulation'
  | 'belowTarget'
  | 'yearRange'
  | 'reversedPeriod'
  | 'periodTooLong';

export interface KpiError {
  code: KpiErrorCode;
  /** The limit the input broke, when there is one (the population, the first year, the longest period). */
  limit?: number;
}

/** The field an error belongs to, named the way the view names its inputs' ids. */
export type FieldErrors = Record<string, KpiError>;

export type Status = { kind: 'reached'; surplus: number } | { kind: 'behind'; people: number };

export interface YearCell {
  year: number;
  /** Target in % (a share) or in units (a count); null when its input is invalid. */
  target: number | null;
  /** Target in people (units for a count), rounded up; null when it cannot be computed. */
  people: number | null;
  actual: number | null;
  actualPercent: number | null;
  status: Status | null;
}

export interface IndicatorResult {
  order: number;
  unit: 'percent' | 'count';
  population: number | null;
  years: YearCell[];
}

export interface SchoolResult {
  name: string;
  indicators: IndicatorResult[];
}

export interface KpiResult {
  years: number[];
  schools: SchoolResult[];
  /** The district's totals: populations and people summed over the schools (district mode). */
  total: SchoolResult;
  errors: FieldErrors;
}
