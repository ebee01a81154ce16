// The district's picture between visits, through the site's one store (src/lib/state): the schools' aggregates
// (not their files or answers: 300 schools stay near 1 MB), the messages of the last files, the year, the cluster
// rules, the tandems' capacity and the mentors' consents. Read back with plain checks, field by field.
import { isRecord } from '../is-record.ts';
import type { KpiState, Trajectory } from '../kpi/types.ts';
import type { StateSpec } from '../state/record.ts';
import { defaultRules, type ClusterRules } from './clusters.ts';
import type { Consents } from './consent.ts';
import type { FileMessage, PictureMentor, PictureProgramme, Satisfied, SchoolSummary } from './types.ts';

export const storageKey = 'nastavnik:district-picture';

export interface PictureState {
  schools: SchoolSummary[];
  messages: FileMessage[];
  firstYear: string;
  lastYear: string;
  year: string;
  /** The indicators' trajectories, taken from the KPI calculator on the click; the preset when empty. */
  trajectories: KpiState['trajectories'];
  rules: ClusterRules;
  /** How many ШНОР schools one ШВОР school may take. */
  capacity: string;
  consents: Consents;
}

export function emptyPicture(today: string): PictureState {
  // The school year by its first calendar year: from September on, the year of today.
  const y = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 9 ? 1 : 0);
  return {
    schools: [],
    messages: [],
    firstYear: String(y),
    lastYear: String(y + 4),
    year: String(y),
    trajectories: {},
    rules: defaultRules,
    capacity: '2',
    consents: {},
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function numbers(v: unknown): Record<string, number> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => num(e[1]) !== null));
}

const satisfied = (v: unknown): Satisfied | null =>
  isRecord(v) && num(v.answered) !== null && num(v.satisfied) !== null
    ? { answered: v.answered as number, satisfied: v.satisfied as number }
    : null;

const mentor = (v: unknown): PictureMentor | null =>
  isRecord(v) && typeof v.name === 'string'
    ? {
        name: v.name,
        position: str(v.position),
        forms: strings(v.forms),
        topics: strings(v.topics),
        capacity: num(v.capacity),
      }
    : null;

const programme = (v: unknown): PictureProgramme | null =>
  isRecord(v) && typeof v.form === 'string'
    ? { form: v.form, mentees: num(v.mentees) ?? 0, mentors: num(v.mentors) ?? 0, from: str(v.from), to: str(v.to) }
    : null;

function school(v: unknown): SchoolSummary | null {
  if (!isRecord(v) || typeof v.key !== 'string' || typeof v.name !== 'string') return null;
  const source = v.source === 'answers' || v.source === 'counts' ? v.source : 'workspace';
  const actuals = isRecord(v.kpiActuals)
    ? Object.fromEntries(Object.entries(v.kpiActuals).map(([order, years]) => [order, numbers(years)]))
    : {};
  return {
    key: v.key,
    name: v.name,
    fullName: str(v.fullName) || v.name,
    file: str(v.file),
    source,
    savedAt: str(v.savedAt),
    counts: numbers(v.counts),
    kpiActuals: actuals,
    youngTeacherMentees: num(v.youngTeacherMentees) ?? 0,
    studentMentees: num(v.studentMentees) ?? 0,
    mentors: (Array.isArray(v.mentors) ? v.mentors.map(mentor) : []).filter((m) => m !== null),
    deficits: numbers(v.deficits),
    responses: num(v.responses) ?? 0,
    mentees: satisfied(v.mentees),
    mentorsSatisfied: satisfied(v.mentorsSatisfied),
    programmes: (Array.isArray(v.programmes) ? v.programmes.map(programme) : []).filter((p) => p !== null),
  };
}

function trajectory(v: unknown): Trajectory | null {
  if (!isRecord(v)) return null;
  if (v.kind === 'preset') return { kind: 'preset' };
  if (v.kind === 'line') return { kind: 'line', from: str(v.from), to: str(v.to) };
  if (v.kind === 'manual' && isRecord(v.values))
    return {
      kind: 'manual',
      values: Object.fromEntries(
        Object.entries(v.values).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ),
    };
  return null;
}

function trajectories(v: unknown): KpiState['trajectories'] {
  if (!isRecord(v)) return {};
  const kept: KpiState['trajectories'] = {};
  for (const [order, t] of Object.entries(v)) {
    const read = trajectory(t);
    if (read && /^\d+$/.test(order)) kept[Number(order)] = read;
  }
  return kept;
}

function rules(v: unknown): ClusterRules {
  if (!isRecord(v) || !Array.isArray(v.rules)) return defaultRules;
  return {
    rules: v.rules
      .filter(isRecord)
      .filter((r) => num(r.order) !== null && typeof r.low === 'number' && typeof r.high === 'number')
      .map((r) => ({ order: r.order as number, low: r.low as number, high: r.high as number })),
  };
}

export function pictureSpec(today: string): StateSpec<PictureState> {
  return {
    version: 1,
    what: 'сводку по школам',
    fresh: 'сводка открыта пустой',
    advice: 'Сводка на странице остаётся, пока она открыта; после перезагрузки файлы школ придётся выбрать снова.',
    check(data) {
      if (!isRecord(data) || !Array.isArray(data.schools)) return { ok: false, error: 'в записи нет школ' };
      const base = emptyPicture(today);
      const schools = data.schools.map(school);
      const kept = schools.filter((s) => s !== null);
      const messages = Array.isArray(data.messages)
        ? data.messages.filter(isRecord).map(
            (m): FileMessage => ({
              file: str(m.file),
              level: m.level === 'error' ? 'error' : 'warning',
              text: str(m.text),
            }),
          )
        : [];
      const consents: Consents = {};
      if (isRecord(data.consents))
        for (const [key, c] of Object.entries(data.consents))
          if (isRecord(c)) consents[key] = { consent: c.consent === true, years: str(c.years) };
      return {
        ok: true,
        value: {
          schools: kept,
          messages,
          firstYear: str(data.firstYear) || base.firstYear,
          lastYear: str(data.lastYear) || base.lastYear,
          year: str(data.year) || base.year,
          trajectories: trajectories(data.trajectories),
          rules: rules(data.rules),
          capacity: str(data.capacity) || base.capacity,
          consents,
        },
        ...(kept.length < schools.length
          ? { dropped: `не прочитаны записи школ: ${schools.length - kept.length}` }
          : {}),
      };
    },
  };
}
