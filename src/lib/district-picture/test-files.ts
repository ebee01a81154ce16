// Fictional schools' workspace files for the tests, the benchmark and the browser test: each school's profile,
// KPI calculator, pairs and monitoring records written through their tools' own specs, seeded so the same index
// gives the same school. No real people.
import { kpiSpec } from '../kpi/storage.ts';
import type { KpiState } from '../kpi/types.ts';
import { seeded } from '../monitoring/sample-answers.ts';
import type { Response } from '../monitoring/responses.ts';
import { monitoringSpec, type MonitoringSaved } from '../monitoring/storage.ts';
import { initialState, pairsSpec } from '../pairs/storage.ts';
import { questionnaireTopics } from '../pairs/topics.ts';
import type { PairsState } from '../pairs/types.ts';
import { emptyProfile, profileSpec } from '../school/profile.ts';
import { profileStorageKey } from '../school/storage-key.ts';
import { workspaceJson, type WorkspaceFile } from '../school/workspace.ts';
import { writeRecord } from '../state/record.ts';

export const testToday = '2026-12-03';

export interface TestSchool {
  shortName: string;
  fullName?: string;
  mentors?: number;
  mentees?: number;
  answers?: number;
  /** Share of satisfied answers, 0–1: low makes a ШНОР school, high a ШВОР one. */
  satisfied?: number;
  /** Mentees in the KPI calculator's actuals for 2026 (indicator 1). */
  studentMentees?: number;
  seed?: number;
}

const meta = (savedAt: string) => ({ savedAt, rev: 'test', prev: null });

export function testWorkspace(school: TestSchool, savedAt = '2026-12-01T10:00:00.000Z'): WorkspaceFile {
  const random = seeded(school.seed ?? school.shortName.length * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const profile = emptyProfile(2026);
  profile.organisation.shortName = school.shortName;
  profile.organisation.fullName =
    school.fullName ?? `Муниципальное бюджетное общеобразовательное учреждение «${school.shortName}»`;
  profile.counts = {
    students10to18: '400',
    students15to18: '120',
    teachers: '40',
    youngTeachers: '6',
    partnerOrganisations: '3',
  };
  const kpi: KpiState = {
    mode: 'school',
    organisation: profile.organisation.fullName,
    firstYear: '2026',
    lastYear: '2030',
    schools: [
      { name: school.shortName, counts: { ...profile.counts, surveyedMentees: '', surveyedMentors: '' } as never },
    ],
    trajectories: {},
    monitoring: true,
    actuals: { 1: { 2026: String(school.studentMentees ?? 40) }, 2: { 2026: '10' }, 4: { 2026: '2' } },
  };
  const pairs: PairsState = initialState(testToday);
  pairs.order.from = '2026-10-01';
  pairs.order.to = '2027-05-31';
  for (let i = 0; i < (school.mentees ?? 4); i++)
    pairs.mentees.push({
      code: `НЯ-${i + 1}`,
      name: `Наставляемый ${i + 1}`,
      school: school.shortName,
      category: i % 2 ? 'молодой педагог' : 'обучающийся с низкими результатами',
      form: i % 2 ? 'учитель – учитель' : 'ученик – ученик',
      topics: `${pick(questionnaireTopics)}; ${pick(questionnaireTopics)}`,
    });
  for (let i = 0; i < (school.mentors ?? 3); i++)
    pairs.mentors.push({
      code: `НС-${i + 1}`,
      name: `Наставник${i + 1} ${school.shortName.replace(/[^А-Яа-яЁё]/g, '')} Иванович`,
      position: 'учитель',
      school: school.shortName,
      forms: 'учитель – учитель',
      topics: `${pick(questionnaireTopics)}; ${pick(questionnaireTopics)}`,
      capacity: '2',
    });
  const responses: Response[] = [];
  const answers = school.answers ?? 10;
  for (let i = 0; i < answers; i++) {
    const mentee = i % 2 === 0;
    // Deterministic shares: of every ten answers of a kind, the first `satisfied × 10` are content.
    const happy = ((i >> 1) % 10) / 10 < (school.satisfied ?? 0.7);
    responses.push({
      formId: mentee ? 'anketa-nastavlyaemogo' : 'anketa-nastavnika',
      source: 'answers.json',
      stage: 'after',
      organisation: school.shortName,
      mentoringForm: 'учитель – учитель',
      code: `R-${i}`,
      date: '2026-04-20',
      answers: { overall: happy ? 8 + Math.floor(random() * 3) : 1 + Math.floor(random() * 6) },
    });
  }
  const monitoring: MonitoringSaved = {
    files: 1,
    batches: [{ responses, notes: [] }],
    settings: { thresholds: {}, stage: 'all' },
    organisation: school.shortName,
    period: '',
    year: '',
  };
  return {
    format: 'nastavnik-workspace',
    version: 1,
    savedAt,
    organisation: school.shortName,
    records: {
      [profileStorageKey]: writeRecord(profileSpec(2026), profile, meta(savedAt)),
      'nastavnik:kpi': writeRecord(kpiSpec, kpi, meta(savedAt)),
      'nastavnik:pairs': writeRecord(pairsSpec(testToday), pairs, meta(savedAt)),
      'nastavnik:monitoring': writeRecord(monitoringSpec, monitoring, meta(savedAt)),
    },
  };
}

export const testWorkspaceText = (school: TestSchool, savedAt?: string) =>
  workspaceJson(testWorkspace(school, savedAt));

/**
 * The browser test's twenty files: seventeen good schools (some in the example district's list, some not), one
 * duplicate of the first, one not JSON and one another site's JSON. Low satisfaction for the first six schools
 * (ШНОР by the default rules), high for the last six (ШВОР).
 */
export function twentyFiles(known: string[]): { name: string; text: string }[] {
  const taken = known.slice(0, 10);
  const names = [...taken, ...Array.from({ length: 17 - taken.length }, (_, i) => `Школа № ${31 + i}`)];
  const files = names.map((shortName, i) => {
    const low = i < 6;
    const high = i >= 11;
    return {
      name: `shkola-${i + 1}.json`,
      text: testWorkspaceText({
        shortName,
        seed: i + 1,
        satisfied: low ? 0.1 : high ? 1 : 0.7,
        studentMentees: low ? 40 : high ? 240 : 120,
        answers: 20,
      }),
    };
  });
  return [
    ...files,
    { name: 'povtor-shkoly-1.json', text: files[0]!.text },
    { name: 'slomannyj.json', text: '{"format":"nastavnik-workspace","version":1,"reco' },
    { name: 'drugoj-fajl.json', text: '{"title":"не файл школы"}' },
  ];
}
