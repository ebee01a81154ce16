// Hands the monitoring's actual values to the KPI calculator's monitoring mode: the number satisfied becomes its
// actual for indicators 5 and 6 in the chosen school year; the number surveyed fills the respondent base only
// where the calculator has none of its own. The rest of the calculator's inputs are kept from what this browser already saved there
// (or its worked example), so the link adds the facts without wiping anyone's work.
import { savedKpiState } from '../kpi/storage.ts';
import { encodeState, exampleState } from '../kpi/url-state.ts';
import type { KpiState } from '../kpi/types.ts';
import type { Satisfaction } from './stats.ts';

export interface KpiActuals {
  /** The school year by its first calendar year (2025 for 2025/2026), as the calculator keys its years. */
  year: number;
  organisation: string;
  mentees: Satisfaction | null;
  mentors: Satisfaction | null;
}

/** The longest period the calculator accepts; a year outside the saved period starts a new one. */
const PERIOD_YEARS = 5;

/** A planned respondent base the link kept although the survey's count differs: the page says so. */
export interface KeptBase {
  who: 'mentees' | 'mentors';
  planned: string;
  answered: number;
}

/**
 * The calculator's state with the survey's actuals. The planned respondent base is the school's plan: the link
 * fills it only where the calculator has none (or holds only its worked example), and otherwise keeps it and
 * reports the difference, because replacing it silently changed every later year's target.
 */
export function linkActuals(
  actuals: KpiActuals,
  saved: string | null,
  today: string,
): { state: KpiState; kept: KeptBase[] } {
  const own = saved ? savedKpiState(saved) : null;
  const state: KpiState = structuredClone(own ?? exampleState(today));
  state.mode = 'school'; // The district's rows stay in the state: switching back to the district brings them back.
  state.monitoring = true;
  if (actuals.organisation && !state.organisation) state.organisation = actuals.organisation;
  const first = Number(state.firstYear);
  const last = Number(state.lastYear);
  if (!(actuals.year >= first && actuals.year <= last)) {
    state.firstYear = String(actuals.year);
    state.lastYear = String(actuals.year + PERIOD_YEARS - 1);
  }
  const school = state.schools[0]!;
  const year = String(actuals.year);
  const kept: KeptBase[] = [];
  for (const [indicator, result, population, who] of [
    [5, actuals.mentees, 'surveyedMentees', 'mentees'],
    [6, actuals.mentors, 'surveyedMentors', 'mentors'],
  ] as const) {
    if (!result || result.answered === 0) continue;
    const planned = school.counts[population].trim();
    if (!own || !planned) school.counts[population] = String(result.answered);
    else if (planned !== String(result.answered)) kept.push({ who, planned, answered: result.answered });
    state.actuals[indicator] = { ...state.actuals[indicator], [year]: String(result.satisfied) };
  }
  return { state, kept };
}

export const kpiStateWithActuals = (actuals: KpiActuals, saved: string | null, today: string): KpiState =>
  linkActuals(actuals, saved, today).state;

/** The calculator's address with the state in its `#kpi=` hash (the hash never reaches a server). */
export function kpiLink(calculatorPath: string, state: KpiState): string {
  return `${calculatorPath}#kpi=${encodeState(state)}`;
}
