// The data a district publishes about its mentoring: who it is, its schools, mentors, programmes,
// events and documents. A fork edits the YAML files in src/content/district/ (or the folder named by the
// DISTRICT_DIR variable). References between files and duplicates are checked in src/lib/district/checks.ts.
import { z } from 'zod';
import { isoDate, link, mentoringForm, slug, text } from './common.ts';

const contacts = z.strictObject({
  email: z.email('Адрес почты записан с ошибкой').optional(),
  phone: z.string().trim().min(5, 'Телефон слишком короткий').optional(),
});

export const districtProfile = z.strictObject({
  id: slug,
  name: text,
  department: text,
  /** A paragraph or two: who we are and how mentoring is organised in the district. */
  about: z.string().optional(),
  address: z.string().optional(),
  website: z.optional(link),
  contacts: contacts.default({}),
  logo: z.optional(link),
  /** People in the roles of the municipal model: role → name and position. */
  people: z.array(z.strictObject({ role: text, name: text, position: z.string().optional() })).default([]),
});

export const schoolKinds = {
  school: 'школа',
  kindergarten: 'детский сад',
  additionalEducation: 'организация дополнительного образования',
  college: 'колледж',
} as const;

export const school = z.strictObject({
  id: slug,
  name: text,
  shortName: text,
  kind: z
    .enum(Object.keys(schoolKinds) as [keyof typeof schoolKinds, ...(keyof typeof schoolKinds)[]])
    .default('school'),
  cluster: z.enum(['ШНОР', 'ШСОР', 'ШВОР']).optional(),
  address: z.string().optional(),
  contact: z.string().optional(),
});

export const mentor = z
  .strictObject({
    id: slug,
    name: text,
    position: text,
    school: slug,
    experienceYears: z.number().int().min(0).max(70),
    forms: z.array(mentoringForm).min(1, 'Укажите хотя бы одну форму наставничества'),
    canHelpWith: z.array(text).min(1, 'Укажите хотя бы одну тему, с которой наставник может помочь'),
    /** How many mentees the mentor can take at once; the pairs tool does not give them more. */
    maxMentees: z.number().int().min(0).optional(),
    consent: z.boolean().default(false),
    contacts: contacts.optional(),
  })
  .refine((m) => m.consent || !m.contacts, {
    path: ['contacts'],
    message: 'Контакты наставника публикуются только с его согласия: укажите consent: true или уберите контакты',
  });

export const programme = z.strictObject({
  id: slug,
  title: text,
  form: mentoringForm,
  school: slug,
  participants: z.number().int().min(0),
  period: z
    .strictObject({ from: isoDate, to: isoDate })
    .refine((p) => p.from <= p.to, 'Начало периода позже его конца'),
  description: z.string().optional(),
});

export const districtEvent = z
  .strictObject({
    id: slug,
    title: text,
    start: isoDate,
    end: z.optional(isoDate),
    /** «09:30», local time; without it the event takes the whole day. */
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Время записывается как ЧЧ:ММ, например 14:30')
      .optional(),
    format: text,
    /** The direction of work the event belongs to, e.g. «Школа молодого педагога». */
    track: z.string().optional(),
    place: z.string().optional(),
    responsible: z.string().optional(),
    description: z.string().optional(),
  })
  .refine((e) => !e.end || e.start <= e.end, {
    path: ['end'],
    message: 'Мероприятие заканчивается раньше, чем начинается',
  });

export const documentLevels = { federal: 'Федеральные', regional: 'Региональные', municipal: 'Муниципальные' } as const;

export const districtDocument = z.strictObject({
  id: slug,
  title: text,
  kind: text,
  level: z.enum(['federal', 'regional', 'municipal']).default('municipal'),
  /** `№ 245` or `№ 01-15/700`; a plain number in YAML is read as text. */
  number: z.union([text, z.number().int().transform(String)]).optional(),
  date: isoDate,
  /** A file on this site (`/files/prikaz-245.pdf`) or an address on another site. */
  file: z.optional(link),
});

export type DistrictProfile = z.output<typeof districtProfile>;
export type School = z.output<typeof school>;
export type Mentor = z.output<typeof mentor>;
export type Programme = z.output<typeof programme>;
export type DistrictEvent = z.output<typeof districtEvent>;
export type DistrictDocument = z.output<typeof districtDocument>;
