// The school's package of documents, decided from its workspace alone: the implementing order and the положение
// always (filled from the profile), every other form the school has filled in this browser, the KPI targets when
// the calculator was used, every roadmap of the builder (.docx and .ics), a consent per participant still without
// one and a questionnaire per participant, the pairs order and a plan per pair when pairs were matched
// (package-pairs.ts), and the workspace file itself; with a contents list that says what is still empty.
// Which bytes each part becomes is package-zip.ts's work, loaded with docx and fflate on the click.
import { schoolYearOf } from '../dates.ts';
import { downloadName, surnameOf } from '../download-name.ts';
import { formFileName } from '../forms/file-name.ts';
import { prefillHash } from '../forms/prefill.ts';
import { formInWording, wordingOf } from '../forms/wording.ts';
import type { Cell } from '../table-export/cell.ts';
import { answersSpec, storageKey as formKey } from '../forms/storage.ts';
import { validateForm } from '../forms/validate.ts';
import { formFields, initialValues, type FormValues } from '../forms/values.ts';
import { computeKpi } from '../kpi/district.ts';
import type { HolidaysData } from '../roadmap-builder/calendar.ts';
import { exportFileName } from '../roadmap-builder/exports.ts';
import type { BuilderState } from '../roadmap-builder/state.ts';
import { roadmapKey, roadmapSpec } from '../roadmap-builder/storage.ts';
import { kpiSpec, storageKey as kpiKey } from '../kpi/storage.ts';
import type { KpiIndicator, KpiState } from '../kpi/types.ts';
import { ruDate } from '../ru-words.ts';
import { readRecord } from '../state/record.ts';
import { mentoringForms } from '../mentoring-forms.ts';
import type { Form } from '../../schemas/form.ts';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { packagePairs, pairsOrderForm } from './package-pairs.ts';
import { withProfile } from './facts.ts';
import {
  participantsSpec,
  participantsStorageKey,
  roleLabels,
  type Participant,
  type ParticipantRole,
} from './participants.ts';
import { profileSpec, type SchoolProfile } from './profile.ts';
import { profileStorageKey } from './storage-key.ts';
import type { WorkspaceFile } from './workspace.ts';

/** What the site gives the package: every form of the library and the KPI indicators (src/pages/data/paket.json.ts). */
export interface PackageSources {
  forms: { id: string; form: Form }[];
  indicators: KpiIndicator[];
  /** The work calendar (src/content/holidays): roadmaps are scheduled by it as in the builder. */
  holidays: HolidaysData[];
  /** The templates of a pair's plan (src/content/roadmaps, level `pair`), by id. */
  pairPlans: Record<string, RoadmapTemplate>;
}

/** The documents every school's package has, filled from the profile even if never opened. */
export const implementationForms = ['prikaz-o-vnedrenii-celevoj-modeli', 'polozhenie-o-programme-nastavnichestva'];

export type PackagePart =
  | {
      kind: 'form';
      fileName: string;
      title: string;
      form: Form;
      values: FormValues;
      /** «Номер приказа — заполните это поле»: what the form's own check says, field by field. */
      missing: string[];
      /** Documents made per participant go to a folder and are listed once, as a group. */
      group?: PartGroup;
    }
  | { kind: 'kpi'; fileName: string; title: string; state: KpiState }
  /** A roadmap of the builder, as its own .docx (with the approval block) or .ics would be; or a pair's plan. */
  | {
      kind: 'roadmap';
      fileName: string;
      title: string;
      state: BuilderState;
      format: 'docx' | 'ics';
      group?: PartGroup;
    }
  /** Links that open each participant's questionnaire on the site already carrying its code (forms/prefill.ts). */
  | { kind: 'links'; fileName: string; title: string; rows: Cell[][] }
  | { kind: 'workspace'; fileName: string; title: string };

/** Documents made per participant or per pair go to a folder and are listed once, as a group. */
export type PartGroup = 'consents' | 'questionnaires' | 'plans';

const groups: Record<PartGroup, { folder: string; title: string }> = {
  consents: {
    folder: 'soglasiya',
    title: 'Согласия на участие в программе — для участников, от которых согласие ещё не получено',
  },
  questionnaires: {
    folder: 'ankety',
    title: 'Входные анкеты для раздачи — с кодом участника и организацией, без имени',
  },
  plans: {
    folder: 'plany-par',
    title: 'Индивидуальные планы пар — на период и к сроку из приказа о закреплении пар',
  },
};

export const consentForm = 'soglasie-na-uchastie-v-programme';
export const questionnaireForms: Record<ParticipantRole, string> = {
  mentee: 'anketa-nastavlyaemogo',
  mentor: 'anketa-nastavnika',
};

/** «Вы:» of the questionnaires for each category; a mentor from a partner organisation is its employee. */
const respondentTypes: Record<Participant['category'], string> = {
  обучающийся: 'Обучающийся',
  'молодой педагог': 'Педагог',
  педагог: 'Педагог',
  студент: 'Студент',
  работодатель: '',
};
const respondentType = (p: Participant): string =>
  p.role === 'mentor' && p.category === 'работодатель' ? 'Сотрудник организации-партнёра' : respondentTypes[p.category];

export interface SchoolPackage {
  fileName: string;
  organisation: string;
  parts: PackagePart[];
}

const roadmapPrefix = roadmapKey('');

const numbered = (n: number, name: string) => `${String(n).padStart(2, '0')}-${name}`;

/**
 * How many entries the contents list gives these parts: a folder (the pairs' plans, the consents) is one entry
 * however many files it holds. A numbered file after it takes the next number, so «7.» in the list is `07-…`.
 */
function listedEntries(parts: readonly PackagePart[]): number {
  const groups = new Set(parts.flatMap((part) => ('group' in part && part.group ? [part.group] : [])));
  return parts.filter((part) => !('group' in part && part.group)).length + groups.size;
}

function savedAnswers(workspace: WorkspaceFile, id: string, form: Form): FormValues | null {
  const text = workspace.records[formKey(id)];
  if (text === undefined) return null;
  const read = readRecord(text, answersSpec(form));
  return read.kind === 'ok' ? read.value.values : null;
}

/** The package a workspace makes; `date` (YYYY-MM-DD) names the files and dates the contents list. */
export function schoolPackage(
  sources: PackageSources,
  workspace: WorkspaceFile,
  date: string,
  /** The site's address with its base («https://example.org/nastavnichestvo/»): links to questionnaires need it. */
  siteUrl?: string,
): SchoolPackage {
  const profile = savedProfile(workspace, date);
  const organisation = profile?.organisation.shortName.trim() || profile?.organisation.fullName.trim() || '';
  const roadmaps = savedRoadmapStates(workspace);
  const pairs = packagePairs(workspace, date, profile, sources.pairPlans, roadmaps);
  const parts = formParts(sources, workspace, profile, pairs !== null);
  parts.push(...roadmapParts(roadmaps, listedEntries(parts)));
  if (pairs) parts.push(...pairsParts(sources, pairs, profile, listedEntries(parts)));
  parts.push(...kpiParts(sources, workspace, listedEntries(parts)));
  parts.push(...peopleParts(sources, workspace, profile, siteUrl));
  parts.push({
    kind: 'workspace',
    fileName: downloadName(['nastavnichestvo', organisation || 'shkola', date], 'json'),
    title: 'Файл школы: откройте его на странице «Моя школа», чтобы продолжить работу на другом компьютере',
  });
  return { fileName: downloadName(['paket-dokumentov', organisation, date], 'zip'), organisation, parts };
}

function savedProfile(workspace: WorkspaceFile, date: string): SchoolProfile | null {
  const text = workspace.records[profileStorageKey];
  const read = text === undefined ? null : readRecord(text, profileSpec(schoolYearOf(date)));
  return read?.kind === 'ok' ? read.value : null;
}

/**
 * The implementing documents and every form filled in this browser, in a kindergarten's or a college's own words
 * (forms/wording.ts) as on the form pages. With pairs matched, the pairs order is the tool's, agreeing with the
 * plans; a copy filled by hand is left out.
 */
function formParts(
  sources: PackageSources,
  workspace: WorkspaceFile,
  profile: SchoolProfile | null,
  withPairs: boolean,
): PackagePart[] {
  const wording = wordingOf(profile?.organisation.kind);
  return sources.forms
    .map(({ id, form }) => ({ id, form: formInWording(form, wording), saved: savedAnswers(workspace, id, form) }))
    .filter(
      ({ id, saved }) => (saved !== null || implementationForms.includes(id)) && !(withPairs && id === pairsOrderForm),
    )
    .sort((a, b) => rank(a.id) - rank(b.id))
    .map(({ id, form, saved }, i) => {
      const values = withProfile(formFields(form), profile, { ...initialValues(form), ...saved }).values as FormValues;
      return formPart(form, values, numbered(i + 1, formFileName(id, form, values, 'docx')));
    });
}

/** Each roadmap of the builder as its .docx and its .ics, numbered after the `before` parts. */
function roadmapParts(roadmaps: readonly BuilderState[], before: number): PackagePart[] {
  return roadmaps
    .flatMap((state) => (['docx', 'ics'] as const).map((format) => ({ state, format })))
    .map(({ state, format }, i) => {
      const title = state.title.trim() || 'Дорожная карта';
      return {
        kind: 'roadmap',
        fileName: numbered(before + 1 + i, exportFileName(state, format)),
        title: format === 'ics' ? `${title} — сроки для календаря (.ics)` : title,
        state,
        format,
      };
    });
}

/** The pairs order (its details from the profile as the tool takes them) and a plan per pair in plany-par/. */
function pairsParts(
  sources: PackageSources,
  pairs: NonNullable<ReturnType<typeof packagePairs>>,
  profile: SchoolProfile | null,
  before: number,
): PackagePart[] {
  const orderForm = sources.forms.find(({ id }) => id === pairsOrderForm)?.form;
  if (!orderForm) return [];
  const form = formInWording(orderForm, wordingOf(profile?.organisation.kind));
  const values = withProfile(formFields(form), profile, { ...initialValues(form), ...pairs.order.values })
    .values as FormValues;
  const name = downloadName(['prikaz-o-zakreplenii-par', pairs.order.details.orderDate], 'docx');
  const order = formPart(form, values, numbered(before + 1, name));
  if (pairs.stale) order.missing.unshift('пары подобраны до последних изменений списков — подберите их заново');
  const taken = new Set<string>();
  const plans = pairs.plans.map((plan): PackagePart => {
    const fileName = `${groups.plans.folder}/${uniqueName(exportFileName(plan, 'docx'), taken)}`;
    return { kind: 'roadmap', fileName, title: plan.title, state: plan, format: 'docx', group: 'plans' };
  });
  return [order, ...plans];
}

/** The KPI targets when the calculator was used. */
function kpiParts(sources: PackageSources, workspace: WorkspaceFile, before: number): PackagePart[] {
  const text = workspace.records[kpiKey];
  const read = text === undefined ? null : readRecord(text, kpiSpec);
  if (read?.kind !== 'ok') return [];
  const years = computeKpi(read.value, sources.indicators).years;
  if (years.length === 0) return [];
  return [
    {
      kind: 'kpi',
      fileName: numbered(before + 1, `pokazateli-nastavnichestva-${years[0]}-${years.at(-1)}.docx`),
      title: `Целевые значения показателей на ${years[0]}–${years.at(-1)} годы`,
      state: read.value,
    },
  ];
}

/** A consent and a questionnaire per participant, and with the site's address the table of questionnaire links. */
function peopleParts(
  sources: PackageSources,
  workspace: WorkspaceFile,
  profile: SchoolProfile | null,
  siteUrl: string | undefined,
): PackagePart[] {
  const text = workspace.records[participantsStorageKey];
  const people = text === undefined ? null : readRecord(text, participantsSpec);
  if (people?.kind !== 'ok' || people.value.length === 0) return [];
  const own = participantParts(sources, people.value, profile);
  if (!siteUrl) return own;
  return [
    ...own,
    {
      kind: 'links',
      fileName: 'ankety/ssylki-na-ankety.csv',
      title: 'Ссылки на анкеты для заполнения на сайте: код и организация уже вписаны, имени в ссылке нет',
      rows: linkRows(own, people.value, siteUrl),
    },
  ];
}

/** A filled form, with what its own check still asks for, field by field. */
function formPart(form: Form, values: FormValues, fileName: string): Extract<PackagePart, { kind: 'form' }> {
  const labels = new Map(formFields(form).map((field) => [field.id, field.label]));
  const missing = Object.entries(validateForm(form, values)).map(
    ([key, message]) => `${labels.get(key) ?? key} — ${message.charAt(0).toLocaleLowerCase('ru')}${message.slice(1)}`,
  );
  return { kind: 'form', fileName, title: form.title, form, values, missing };
}

/** Two pairs may share surnames: the second plan's file gets «-2», and so on. */
function uniqueName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
  taken.add(candidate);
  return candidate;
}

/** What a participant's consent and questionnaire carry before anyone writes on them. */
function participantValues(p: Participant, kind: PartGroup): FormValues {
  const form = p.form ? mentoringForms[p.form] : undefined;
  const type = respondentType(p);
  if (kind === 'questionnaires') {
    return {
      'respondent-code': p.code.trim(),
      ...(form ? { form } : {}),
      ...(type ? { [p.role === 'mentee' ? 'mentee-type' : 'mentor-type']: type } : {}),
      stage: 'В начале программы',
    };
  }
  // A student's consent is signed by a parent, whose name the school fills in by hand.
  const minor = p.category === 'обучающийся';
  const name = p.name.trim();
  return {
    participant: [name || p.code.trim(), p.position.trim()].filter(Boolean).join(', '),
    role: roleLabels[p.role],
    ...(form ? { form } : {}),
    'signer-role': minor
      ? 'Родитель (законный представитель) несовершеннолетнего участника'
      : 'Участник программы лично',
    ...(!minor && name ? { 'full-name': name } : {}),
  };
}

/** The table of questionnaire links, one row a participant; the names stay in this file, never in a link. */
function linkRows(parts: readonly PackagePart[], participants: readonly Participant[], siteUrl: string): Cell[][] {
  const questionnaires = parts.filter((part) => part.kind === 'form' && part.group === 'questionnaires');
  return [
    ['Код', 'ФИО', 'Роль', 'Анкета', 'Ссылка'],
    ...participants.map((p, i) => {
      const part = questionnaires[i];
      const form = part?.kind === 'form' ? part : null;
      const id = questionnaireForms[p.role];
      const carried = Object.fromEntries(
        Object.entries(form?.values ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
      const link = form ? `${siteUrl}formy/${id}/${prefillHash(form.form, carried)}` : '';
      return [p.code, p.name, roleLabels[p.role], form?.title ?? '', link];
    }),
  ];
}

function participantParts(
  sources: PackageSources,
  participants: readonly Participant[],
  profile: SchoolProfile | null,
): PackagePart[] {
  const wording = wordingOf(profile?.organisation.kind);
  const formById = new Map(sources.forms.map(({ id, form }) => [id, formInWording(form, wording)]));
  const parts: PackagePart[] = [];
  const make = (p: Participant, kind: PartGroup, id: string, nameParts: string[]) => {
    const form = formById.get(id);
    if (!form) return;
    const fields = formFields(form);
    const values = withProfile(fields, profile, { ...initialValues(form), ...participantValues(p, kind) })
      .values as FormValues;
    const fileName = `${groups[kind].folder}/${downloadName([id.split('-')[0]!, ...nameParts, p.code], 'docx')}`;
    parts.push({ kind: 'form', fileName, title: form.title, form, values, missing: [], group: kind });
  };
  for (const p of participants) if (!p.consent) make(p, 'consents', consentForm, [surnameOf(p.name)]);
  // Questionnaires are answered under a code: the file name carries the code only, never the name.
  for (const p of participants)
    make(p, 'questionnaires', questionnaireForms[p.role], [p.role === 'mentee' ? 'nastavlyaemogo' : 'nastavnika']);
  return parts;
}

/** The builder's roadmaps kept in the workspace, oldest first; a damaged one is left out (the builder keeps it). */
function savedRoadmapStates(workspace: WorkspaceFile): BuilderState[] {
  return Object.entries(workspace.records)
    .filter(([key]) => key.startsWith(roadmapPrefix) && !['current', 'index'].includes(key.slice(roadmapPrefix.length)))
    .flatMap(([, text]) => {
      const read = readRecord(text, roadmapSpec);
      return read.kind === 'ok' ? [{ state: read.value, savedAt: read.savedAt }] : [];
    })
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt))
    .map(({ state }) => state);
}

/** Implementing documents first, in the order a school adopts them; the rest as the library lists them. */
function rank(id: string): number {
  const at = implementationForms.indexOf(id);
  return at === -1 ? implementationForms.length : at;
}

/** How many empty fields the contents list names before it only counts the rest. */
const namedMissing = 6;

/** The contents list, «Состав пакета.txt», as Notepad on Windows 7 opens it: CRLF lines. */
export function contentsText(pack: SchoolPackage, date: string): string {
  const lines = [
    'Пакет документов по наставничеству',
    pack.organisation ? `Организация: ${pack.organisation}` : 'Организация: не указана в профиле «Моя школа»',
    `Собран: ${ruDate(date)}`,
    '',
  ];
  let n = 0;
  const listed = new Set<PartGroup>();
  for (const part of pack.parts) {
    const group = 'group' in part ? part.group : undefined;
    if (group) {
      if (listed.has(group)) continue;
      listed.add(group);
      const count = pack.parts.filter((p) => 'group' in p && p.group === group).length;
      lines.push(`${++n}. ${groups[group].title} — папка ${groups[group].folder}, документов: ${count}`);
      continue;
    }
    lines.push(`${++n}. ${part.title} — ${part.fileName}`);
    if (part.kind !== 'form') continue;
    if (part.missing.length === 0) {
      lines.push('   Все обязательные поля заполнены.');
      continue;
    }
    const named = part.missing.slice(0, namedMissing).join('; ');
    const rest = part.missing.length - namedMissing;
    lines.push(`   Проверьте: ${named}${rest > 0 ? `; и ещё полей: ${rest}` : ''}.`);
  }
  lines.push(
    '',
    'Документы составлены на сайте «Наставник» по данным, сохранённым в вашем браузере.',
    'Прочитайте каждый документ перед подписанием и впишите то, что не заполнено.',
  );
  return `${lines.join('\r\n')}\r\n`;
}
