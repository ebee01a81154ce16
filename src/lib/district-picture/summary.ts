// One school's aggregates from what it sent: its workspace file (each record read through its tool's own check),
// or the answers to the monitoring questionnaires that name it. Only counts and topics are kept, not answers.
import { isIsoDate } from '../dates.ts';
import { populations, type KpiState, type Population } from '../kpi/types.ts';
import { kpiSpec } from '../kpi/storage.ts';
import { monitoringSpecs, type MonitoredForm } from '../monitoring/questionnaires.ts';
import { dropDuplicates } from '../monitoring/duplicates.ts';
import type { Response } from '../monitoring/responses.ts';
import { monitoringSpec, storageKey as monitoringKey } from '../monitoring/storage.ts';
import { satisfaction } from '../monitoring/stats.ts';
import { deficitsFormId, questionnaireTopicsOf } from '../pairs/import.ts';
import { parseForm, parseForms } from '../pairs/forms.ts';
import { pairsSpec, storageKey as pairsKey } from '../pairs/storage.ts';
import type { PairsState } from '../pairs/types.ts';
import { profileSpec, type SchoolProfile } from '../school/profile.ts';
import { profileStorageKey } from '../school/storage-key.ts';
import type { WorkspaceFile } from '../school/workspace.ts';
import { readRecord } from '../state/record.ts';
import { schoolKey } from './names.ts';
import type { FileMessage, PictureMentor, PictureProgramme, Satisfied, SchoolSummary } from './types.ts';

export { schoolKey } from './names.ts';

const wholeNumber = (text: string | undefined): number | null => {
  const t = (text ?? '').replace(/\s/g, '');
  return /^\d+$/.test(t) ? Number(t) : null;
};

const studentForms = new Set(['uchenik-uchenik', 'student-uchenik', 'rabotodatel-uchenik']);
const splitTopics = (cell: string): string[] =>
  cell
    .split(/[;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

/** The monitored questionnaire as the satisfaction count needs it: its id and spec, no fields. */
const bare = (id: string): MonitoredForm => ({ id, title: id, spec: monitoringSpecs[id]!, fields: [] });

function satisfiedOf(responses: Response[], id: string): Satisfied | null {
  const spec = monitoringSpecs[id];
  if (!spec?.satisfaction || !responses.some((r) => r.formId === id)) return null;
  const s = satisfaction(bare(id), responses, spec.satisfaction.threshold);
  return s && s.answered > 0 ? { answered: s.answered, satisfied: s.satisfied } : null;
}

/** Deficit topics of the September deficits questionnaires; scale answers are numbers here, the reader wants text. */
function addDeficits(deficits: Record<string, number>, responses: Response[]): void {
  for (const r of responses) {
    if (r.formId !== deficitsFormId || r.stage === 'after') continue;
    const values = Object.fromEntries(
      Object.entries(r.answers).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]),
    );
    for (const topic of questionnaireTopicsOf(values)) deficits[topic] = (deficits[topic] ?? 0) + 1;
  }
}

export function emptySummary(name: string, file: string, source: SchoolSummary['source']): SchoolSummary {
  return {
    key: schoolKey(name),
    name,
    fullName: name,
    file,
    source,
    savedAt: '',
    counts: {},
    kpiActuals: {},
    youngTeacherMentees: 0,
    studentMentees: 0,
    mentors: [],
    deficits: {},
    responses: 0,
    mentees: null,
    mentorsSatisfied: null,
    programmes: [],
  };
}

/** The monitoring part of a summary from counted responses (duplicates already dropped). */
export function addResponses(summary: SchoolSummary, responses: Response[]): void {
  summary.responses += responses.length;
  summary.mentees = satisfiedOf(responses, 'anketa-nastavlyaemogo');
  summary.mentorsSatisfied = satisfiedOf(responses, 'anketa-nastavnika');
  if (summary.mentees) summary.counts.surveyedMentees = summary.mentees.answered;
  if (summary.mentorsSatisfied) summary.counts.surveyedMentors = summary.mentorsSatisfied.answered;
  addDeficits(summary.deficits, responses);
}

function addProfile(summary: SchoolSummary, profile: SchoolProfile): void {
  const o = profile.organisation;
  summary.fullName = o.fullName.trim() || summary.fullName;
  const counts: [Population, string][] = [
    ['students10to18', profile.counts.students10to18],
    ['students15to18', profile.counts.students15to18],
    ['youngTeachers', profile.counts.youngTeachers],
    ['partnerOrganisations', profile.counts.partnerOrganisations],
  ];
  for (const [population, text] of counts) {
    const n = wholeNumber(text);
    if (n !== null) summary.counts[population] = n;
  }
}

function addKpi(summary: SchoolSummary, state: KpiState): void {
  // The profile's counts come first; the calculator's fill what the profile lacks.
  const school = state.schools[0];
  if (school)
    for (const population of populations) {
      const n = wholeNumber(school.counts[population]);
      if (n !== null && summary.counts[population] === undefined) summary.counts[population] = n;
    }
  if (state.mode !== 'school') return;
  for (const [order, years] of Object.entries(state.actuals)) {
    const kept: Record<string, number> = {};
    for (const [year, text] of Object.entries(years)) {
      const n = wholeNumber(text);
      if (n !== null) kept[year] = n;
    }
    if (Object.keys(kept).length) summary.kpiActuals[order] = kept;
  }
}

function addPairs(summary: SchoolSummary, state: PairsState): void {
  const programmes = new Map<string, PictureProgramme>();
  const programme = (form: string) => {
    let p = programmes.get(form);
    if (!p) {
      p = {
        form,
        mentees: 0,
        mentors: 0,
        from: isIsoDate(state.order.from) ? state.order.from : '',
        to: isIsoDate(state.order.to) ? state.order.to : '',
      };
      programmes.set(form, p);
    }
    return p;
  };
  for (const mentee of state.mentees) {
    if (!mentee.code.trim() && !mentee.name.trim()) continue;
    const form = parseForm(mentee.form) || '';
    const young = /педагог|сотрудник/i.test(mentee.category) || form === 'uchitel-uchitel';
    if (young) summary.youngTeacherMentees += 1;
    else if (/обучающ/i.test(mentee.category) || studentForms.has(form)) summary.studentMentees += 1;
    for (const topic of splitTopics(mentee.topics)) summary.deficits[topic] = (summary.deficits[topic] ?? 0) + 1;
    if (form) programme(form).mentees += 1;
  }
  for (const row of state.mentors) {
    if (!row.name.trim() && !row.code.trim()) continue;
    const forms = parseForms(row.forms).forms;
    const capacity = wholeNumber(row.capacity);
    const mentor: PictureMentor = {
      name: row.name.trim() || row.code.trim(),
      position: row.position.trim(),
      forms,
      topics: splitTopics(row.topics),
      capacity,
    };
    summary.mentors.push(mentor);
    for (const form of forms) programme(form).mentors += 1;
  }
  summary.programmes = [...programmes.values()].filter((p) => p.mentees > 0);
}

/** What a workspace file tells of its school; each unreadable record is named and the rest still count. */
export function summaryFromWorkspace(
  file: string,
  workspace: WorkspaceFile,
  today: string,
): { summary: SchoolSummary | null; messages: FileMessage[] } {
  const messages: FileMessage[] = [];
  const year = Number(today.slice(0, 4));
  const damaged = (what: string, reason: string) =>
    messages.push({ file, level: 'warning', text: `${what} не прочитан (${reason}); остальное из файла посчитано.` });
  const records = workspace.records;
  let profile: SchoolProfile | null = null;
  if (records[profileStorageKey]) {
    const read = readRecord(records[profileStorageKey], profileSpec(year));
    if (read.kind === 'ok') profile = read.value;
    else damaged('Профиль школы', read.reason);
  }
  const name =
    profile?.organisation.shortName.trim() || profile?.organisation.fullName.trim() || workspace.organisation;
  if (!name.trim())
    return {
      summary: null,
      messages: [
        {
          file,
          level: 'error',
          text: 'В файле школы не указано название организации: попросите школу заполнить профиль на странице «Моя школа» и сохранить файл снова.',
        },
      ],
    };
  const summary = emptySummary(name.trim(), file, 'workspace');
  summary.savedAt = workspace.savedAt;
  if (profile) addProfile(summary, profile);
  if (records['nastavnik:kpi']) {
    const read = readRecord(records['nastavnik:kpi'], kpiSpec);
    if (read.kind === 'ok') addKpi(summary, read.value);
    else damaged('Калькулятор показателей', read.reason);
  }
  if (records[pairsKey]) {
    const read = readRecord(records[pairsKey], pairsSpec(today));
    if (read.kind === 'ok') addPairs(summary, read.value);
    else damaged('Подбор пар', read.reason);
  }
  if (records[monitoringKey]) {
    const read = readRecord(records[monitoringKey], monitoringSpec);
    if (read.kind === 'ok') addResponses(summary, dropDuplicates(read.value.batches.flatMap((b) => b.responses)).kept);
    else damaged('Мониторинг', read.reason);
  }
  return { summary, messages };
}
