// Hands the monitoring's actual values to the KPI calculator's monitoring mode: the number surveyed becomes
// the calculator's «surveyed mentees/mentors», the number satisfied its actual for indicators 5 and 6 in the
// chosen school year. The rest of the calculator's inputs are kept from what this browser already saved there
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

export function kpiStateWithActuals(actuals: KpiActuals, saved: string | null, today: string): KpiState {
  const base = (saved ? savedKpiState(saved) : null) ?? exampleState(today);
  const state: KpiState = structuredClone(base);
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
  for (const [indicator, result, population] of [
    [5, actuals.mentees, 'surveyedMentees'],
    [6, actuals.mentors, 'surveyedMentors'],
  ] as const) {
    if (!result || result.answered === 0) continue;
    school.counts[population] = String(result.answered);
    state.actuals[indicator] = { ...state.actuals[indicator], [year]: String(result.satisfied) };
  }
  return state;
}

/** The calculator's address with the state in its `#kpi=` hash (the hash never reaches a server). */
export function kpiLink(calculatorPath: string, state: KpiState): string {
  return `${calculatorPath}#kpi=${encodeState(state)}`;
}
