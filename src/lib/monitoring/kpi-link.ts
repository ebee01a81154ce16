// Hands the monitoring's actual values to the KPI calculator's monitoring mode: the number satisfied becomes its
// actual for indicators 5 and 6 in the chosen school year. The base of those indicators (all mentees and mentors
// of the programmes) is the school's to give: the link never writes it, and says when it is missing. The rest of the calculator's inputs are kept from what this browser already saved there
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

/** What the page says of a base after the link: none given, or fewer than answered the survey. */
export interface BaseNote {
  who: 'mentees' | 'mentors';
  kind: 'missing' | 'fewer';
  planned: string;
  answered: number;
}

/**
 * The calculator's state with the survey's actuals. Indicators 5 and 6 are shares of all mentees (mentors) of the
 * programmes, not of those who answered, so the link never writes the base: it keeps the school's own, clears the
 * worked example's (it is not this school's), and notes a base that is missing or smaller than the answers.
 */
export function linkActuals(
  actuals: KpiActuals,
  saved: string | null,
  today: string,
): { state: KpiState; notes: BaseNote[] } {
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
  const notes: BaseNote[] = [];
  for (const [indicator, result, population, who] of [
    [5, actuals.mentees, 'surveyedMentees', 'mentees'],
    [6, actuals.mentors, 'surveyedMentors', 'mentors'],
  ] as const) {
    if (!result || result.answered === 0) continue;
    if (!own) school.counts[population] = '';
    const planned = school.counts[population].trim();
    if (!planned) notes.push({ who, kind: 'missing', planned, answered: result.answered });
    else if (/^\d+$/.test(planned) && Number(planned) < result.answered) {
      notes.push({ who, kind: 'fewer', planned, answered: result.answered });
    }
    state.actuals[indicator] = { ...state.actuals[indicator], [year]: String(result.satisfied) };
  }
  return { state, notes };
}

export const kpiStateWithActuals = (actuals: KpiActuals, saved: string | null, today: string): KpiState =>
  linkActuals(actuals, saved, today).state;

/** The calculator's address with the state in its `#kpi=` hash (the hash never reaches a server). */
export function kpiLink(calculatorPath: string, state: KpiState): string {
  return `${calculatorPath}#kpi=${encodeState(state)}`;
}
