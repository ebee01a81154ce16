// The calculator's inputs as one short string for the page address and local storage, and back. The
// string is JSON with one-letter keys in base64url; reading checks every field, and anything that does not
// fit gives null, so the page falls back to the worked example instead of breaking.
import { schoolYearOf } from '../dates.ts';
import { populations, type KpiState, type SchoolInput, type Trajectory, type YearValues } from './types.ts';
import { decodeHashJson, encodeHashJson } from '../hash-json.ts';
import { isRecord } from '../is-record.ts';

/** The example school the page opens with: its counts make seed 003's percentages into people. */
export const exampleCounts: SchoolInput['counts'] = {
  students10to18: '143',
  students15to18: '52',
  youngTeachers: '4',
  partnerOrganisations: '5',
  surveyedMentees: '40',
  surveyedMentors: '20',
};

export const emptySchool = (name = ''): SchoolInput => ({
  name,
  counts: {
    students10to18: '',
    students15to18: '',
    youngTeachers: '',
    partnerOrganisations: '',
    surveyedMentees: '',
    surveyedMentors: '',
  },
});

/** The default planning period: the current school year and four more. */
export function defaultPeriod(today: string): { first: number; last: number } {
  const first = schoolYearOf(today);
  return { first, last: first + 4 };
}

/** The worked example: seed 003's trajectories over the current school year and four more. */
export function exampleState(today: string): KpiState {
  const { first, last } = defaultPeriod(today);
  return {
    mode: 'school',
    organisation: '',
    firstYear: String(first),
    lastYear: String(last),
    schools: [{ name: '', counts: { ...exampleCounts } }],
    trajectories: {},
    monitoring: false,
    actuals: {},
  };
}

type Packed = {
  m: 's' | 'd';
  o: string;
  y: [string, string];
  s: string[][];
  t: Record<string, 'p' | string[]>;
  k: 0 | 1;
  a: Record<string, string[]>;
};

/** Year-keyed values as a flat list of year, value, year, value…, empty values left out. */
const flat = (values: YearValues): string[] =>
  Object.entries(values).flatMap(([year, value]) => (value === '' ? [] : [year, value]));

function unflat(list: string[]): YearValues | null {
  if (list.length % 2 !== 0) return null;
  const values: YearValues = {};
  for (let i = 0; i < list.length; i += 2) {
    if (!/^\d{4}$/.test(list[i]!)) return null;
    values[list[i]!] = list[i + 1]!;
  }
  return values;
}

/** The state in the short shape the link and the browser's storage keep. */
export function packState(state: KpiState): Packed {
  const t: Packed['t'] = {};
  for (const [order, trajectory] of Object.entries(state.trajectories)) {
    if (trajectory.kind === 'line') t[order] = ['l', trajectory.from, trajectory.to];
    else if (trajectory.kind === 'manual') t[order] = ['m', ...flat(trajectory.values)];
  }
  const a: Packed['a'] = {};
  for (const [order, values] of Object.entries(state.actuals)) {
    const kept = flat(values);
    if (kept.length > 0) a[order] = kept;
  }
  return {
    m: state.mode === 'district' ? 'd' : 's',
    o: state.organisation,
    y: [state.firstYear, state.lastYear],
    s: state.schools.map((school) => [school.name, ...populations.map((p) => school.counts[p])]),
    t,
    k: state.monitoring ? 1 : 0,
    a,
  };
}

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isOrder = (key: string) => /^[1-9]\d?$/.test(key);

/** The state from its short shape, or null when anything does not fit. */
export function unpackState(value: unknown): KpiState | null {
  if (!isRecord(value)) return null;
  const { m, o, y, s, t, k, a } = value;
  if ((m !== 's' && m !== 'd') || typeof o !== 'string' || !isStrings(y) || y.length !== 2) return null;
  if (!Array.isArray(s) || s.length === 0 || !s.every((row) => isStrings(row) && row.length === populations.length + 1))
    return null;
  if (!isRecord(t) || !isRecord(a) || (k !== 0 && k !== 1)) return null;
  const trajectories: Record<number, Trajectory> = {};
  for (const [order, packed] of Object.entries(t)) {
    if (!isOrder(order) || !isStrings(packed)) return null;
    if (packed[0] === 'l' && packed.length === 3)
      trajectories[Number(order)] = { kind: 'line', from: packed[1]!, to: packed[2]! };
    else if (packed[0] === 'm') {
      const values = unflat(packed.slice(1));
      if (!values) return null;
      trajectories[Number(order)] = { kind: 'manual', values };
    } else return null;
  }
  const actuals: Record<number, YearValues> = {};
  for (const [order, list] of Object.entries(a)) {
    const values = isOrder(order) && isStrings(list) ? unflat(list) : null;
    if (!values) return null;
    actuals[Number(order)] = values;
  }
  const schools = (s as string[][]).map(([name, ...counts]) => ({
    name: name!,
    counts: Object.fromEntries(populations.map((p, i) => [p, counts[i]!])) as SchoolInput['counts'],
  }));
  return {
    mode: m === 'd' ? 'district' : 'school',
    organisation: o,
    firstYear: y[0]!,
    lastYear: y[1]!,
    schools,
    trajectories,
    monitoring: k === 1,
    actuals,
  };
}

export function encodeState(state: KpiState): string {
  return encodeHashJson(packState(state));
}

/** The state written by `encodeState`, or null for anything else. */
export function decodeState(text: string): KpiState | null {
  try {
    return unpackState(decodeHashJson(text));
  } catch {
    return null;
  }
}
