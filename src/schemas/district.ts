// The data a district publishes about its mentoring: who it is, its schools, mentors, programmes,
// events and documents. A fork edits the YAML files in src/content/district/.
import { z } from 'zod';
import { isoDate, mentoringForm, slug, text } from './common.ts';

const contacts = z.object({ email: z.email('Адрес почты записан с ошибкой').optional(), phone: z.string().optional() });

export const districtProfile = z.object({
  id: slug,
  name: text,
  department: text,
  address: z.string().optional(),
  contacts: contacts.default({}),
  logo: z.string().optional(),
  /** People in the roles of the municipal model: role → name and position. */
  people: z.array(z.object({ role: text, name: text, position: z.string().optional() })).default([]),
});

export const school = z.object({
  id: slug,
  name: text,
  shortName: text,
  kind: z.enum(['school', 'kindergarten', 'additionalEducation', 'college']).default('school'),
  cluster: z.enum(['ШНОР', 'ШСОР', 'ШВОР']).optional(),
  contact: z.string().optional(),
});

export const mentor = z
  .object({
    id: slug,
    name: text,
    position: text,
    school: slug,
    experienceYears: z.number().int().min(0).max(70),
    forms: z.array(mentoringForm).min(1),
    canHelpWith: z.array(text).min(1),
    consent: z.boolean().default(false),
    contacts: contacts.optional(),
  })
  .refine((m) => m.consent || !m.contacts, {
    path: ['contacts'],
    message: 'Контакты наставника публикуются только с его согласия: укажите consent: true или уберите контакты',
  });

export const programme = z.object({
  id: slug,
  title: text,
  form: mentoringForm,
  school: slug,
  participants: z.number().int().min(0),
  period: z.object({ from: isoDate, to: isoDate }).refine((p) => p.from <= p.to, 'Начало периода позже его конца'),
});

export const districtEvent = z.object({
  id: slug,
  title: text,
  start: isoDate,
  end: isoDate.optional(),
  format: text,
  place: z.string().optional(),
  responsible: z.string().optional(),
});

export const districtDocument = z.object({
  id: slug,
  title: text,
  kind: text,
  number: z.string().optional(),
  date: isoDate,
  file: z.string().optional(),
});
