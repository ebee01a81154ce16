// The school profile of «Моя школа»: the facts a curator types once (organisation, people, the implementing
// order, headcounts) and every document and tool reads. Plain data and plain checks, no zod: islands load it.
import { isIsoDate } from '../dates.ts';
import type { StateSpec } from '../state/record.ts';
import { isRecord } from '../is-record.ts';

export const organisationKinds = ['school', 'kindergarten', 'additional', 'college'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindLabels: Record<OrganisationKind, string> = {
  school: 'Школа',
  kindergarten: 'Детский сад',
  additional: 'Организация дополнительного образования',
  college: 'Колледж, техникум',
};

/** A person as documents name them: «Кузнецова Ольга Николаевна» and «заместитель директора по УВР». */
export interface ProfilePerson {
  name: string;
  position: string;
}

export const countKeys = [
  'students10to18',
  'students15to18',
  'teachers',
  'youngTeachers',
  'partnerOrganisations',
] as const;
export type CountKey = (typeof countKeys)[number];

export interface SchoolProfile {
  organisation: {
    fullName: string;
    /** «Муниципального бюджетного … учреждения …»: asked once, for sentences that need the genitive. */
    fullNameGenitive: string;
    shortName: string;
    kind: OrganisationKind;
    municipality: string;
    town: string;
    address: string;
  };
  director: ProfilePerson;
  curator: ProfilePerson;
  coordinators: ProfilePerson[];
  siteOfficer: ProfilePerson;
  /** The school year by the calendar year it starts in, as typed: "2026" is 2026/2027. */
  schoolYear: string;
  /** The order that introduced the target model in the organisation. */
  order: { date: string; number: string };
  /** Headcounts as typed, so a wrong one stays on screen with its message. */
  counts: Record<CountKey, string>;
}

const emptyPerson = (): ProfilePerson => ({ name: '', position: '' });

export function emptyProfile(schoolYear: number): SchoolProfile {
  return {
    organisation: {
      fullName: '',
      fullNameGenitive: '',
      shortName: '',
      kind: 'school',
      municipality: '',
      town: '',
      address: '',
    },
    director: { name: '', position: 'директор' },
    curator: emptyPerson(),
    coordinators: [],
    siteOfficer: emptyPerson(),
    schoolYear: String(schoolYear),
    order: { date: '', number: '' },
    counts: { students10to18: '', students15to18: '', teachers: '', youngTeachers: '', partnerOrganisations: '' },
  };
}

/** Longest values, as the documents' own fields allow them. */
export const profileLimits = { organisation: 300, text: 200, orderNumber: 20, coordinators: 10 } as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const person = (value: unknown): ProfilePerson =>
  isRecord(value) ? { name: str(value.name), position: str(value.position) } : emptyPerson();

/**
 * A profile from anything read back (storage, a workspace file): every field that has the right type is kept,
 * every other field is empty; null when the value is not a profile at all.
 */
export function readProfile(raw: unknown, schoolYear: number): SchoolProfile | null {
  if (!isRecord(raw) || !isRecord(raw.organisation)) return null;
  const base = emptyProfile(schoolYear);
  const o = raw.organisation;
  const kind = organisationKinds.find((k) => k === o.kind) ?? base.organisation.kind;
  const counts = isRecord(raw.counts) ? raw.counts : {};
  const order = isRecord(raw.order) ? raw.order : {};
  return {
    organisation: {
      fullName: str(o.fullName),
      fullNameGenitive: str(o.fullNameGenitive),
      shortName: str(o.shortName),
      kind,
      municipality: str(o.municipality),
      town: str(o.town),
      address: str(o.address),
    },
    director: isRecord(raw.director) ? person(raw.director) : base.director,
    curator: person(raw.curator),
    coordinators: Array.isArray(raw.coordinators) ? raw.coordinators.map(person) : [],
    siteOfficer: person(raw.siteOfficer),
    schoolYear: typeof raw.schoolYear === 'string' ? raw.schoolYear : base.schoolYear,
    order: { date: str(order.date), number: str(order.number) },
    counts: Object.fromEntries(countKeys.map((key) => [key, str(counts[key])])) as Record<CountKey, string>,
  };
}

/** A field of the profile, named the way the page names its inputs: `organisation.fullName`, `counts.teachers`. */
export type ProfileErrors = Record<string, string>;

/**
 * What is wrong with a profile, by field, in Russian. Empty fields are not errors (a curator fills the
 * profile over days); what is typed must make sense.
 */
export function profileErrors(profile: SchoolProfile): ProfileErrors {
  const errors: ProfileErrors = {};
  const tooLong = (path: string, value: string, limit: number) => {
    if (value.length > limit) errors[path] = `Не длиннее ${limit} знаков (сейчас ${value.length}).`;
  };
  const o = profile.organisation;
  tooLong('organisation.fullName', o.fullName, profileLimits.organisation);
  tooLong('organisation.fullNameGenitive', o.fullNameGenitive, profileLimits.organisation);
  for (const key of ['shortName', 'municipality', 'town', 'address'] as const) {
    tooLong(`organisation.${key}`, o[key], profileLimits.text);
  }
  const people: [string, ProfilePerson][] = [
    ['director', profile.director],
    ['curator', profile.curator],
    ['siteOfficer', profile.siteOfficer],
    ...profile.coordinators.map((p, i): [string, ProfilePerson] => [`coordinators.${i}`, p]),
  ];
  for (const [path, p] of people) {
    tooLong(`${path}.name`, p.name, profileLimits.text);
    tooLong(`${path}.position`, p.position, profileLimits.text);
    if (p.name.trim() && !/\p{L}/u.test(p.name)) errors[`${path}.name`] = 'Впишите фамилию, имя и отчество буквами.';
  }
  if (profile.coordinators.length > profileLimits.coordinators) {
    errors.coordinators = `Не больше ${profileLimits.coordinators} координаторов.`;
  }
  const year = profile.schoolYear.trim();
  if (!/^\d{4}$/.test(year) || Number(year) < 2019 || Number(year) > 2100) {
    errors.schoolYear = 'Учебный год — год его начала, четыре цифры, например 2026 для 2026/2027.';
  }
  if (profile.order.date && !isIsoDate(profile.order.date)) errors['order.date'] = 'Такой даты нет в календаре.';
  tooLong('order.number', profile.order.number, profileLimits.orderNumber);
  for (const key of countKeys) {
    const value = profile.counts[key].trim();
    if (!value) continue;
    if (!/^\d+$/.test(value)) errors[`counts.${key}`] = 'Целое число не меньше нуля, только цифры.';
    else if (Number(value) > 100_000) errors[`counts.${key}`] = 'Не больше 100 000: проверьте число.';
  }
  const c = profile.counts;
  if (/^\d+$/.test(c.students15to18.trim()) && /^\d+$/.test(c.students10to18.trim())) {
    if (Number(c.students15to18) > Number(c.students10to18)) {
      errors['counts.students15to18'] =
        'Обучающихся 15–18 лет не может быть больше, чем 10–18 лет: они входят в их число.';
    }
  }
  if (/^\d+$/.test(c.youngTeachers.trim()) && /^\d+$/.test(c.teachers.trim())) {
    if (Number(c.youngTeachers) > Number(c.teachers)) {
      errors['counts.youngTeachers'] = 'Молодых педагогов не может быть больше, чем всех педагогов.';
    }
  }
  return errors;
}

/** «2026/2027» for "2026"; empty while the year is not four digits. */
export function schoolYearLabel(profile: SchoolProfile): string {
  const year = profile.schoolYear.trim();
  return /^\d{4}$/.test(year) ? `${year}/${Number(year) + 1}` : '';
}

/** «Кузнецова Ольга Николаевна, заместитель директора по УВР»: how an order names a person it appoints. */
export function personWithPosition(p: ProfilePerson): string {
  return [p.name.trim(), lowerFirst(p.position.trim())].filter(Boolean).join(', ');
}

/** «Заместитель директора» → «заместитель директора» after a comma; «УВР» and other abbreviations stay. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase('ru') + text.slice(1) : text;
}

export { profileStorageKey } from './storage-key.ts';

/** The profile in the browser's storage, through the site's one store (src/lib/state). */
export function profileSpec(schoolYear: number): StateSpec<SchoolProfile> {
  return {
    version: 1,
    what: 'профиль школы',
    fresh: 'профиль открыт пустым',
    check: (data) => {
      const profile = readProfile(data, schoolYear);
      return profile ? { ok: true, value: profile } : { ok: false, error: 'это не профиль организации' };
    },
  };
}
