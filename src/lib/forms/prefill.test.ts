import { describe, expect, it } from 'vitest';
import { form as formSchema, type Form } from '../../schemas/form.ts';
import { readDataEntries } from '../data-loader.ts';
import { prefillFromHash, prefillHash } from './prefill.ts';

const forms = new Map(
  readDataEntries('src/content/forms', formSchema).map((e) => [e.id, formSchema.parse(e.data) as Form]),
);
const mentor = forms.get('anketa-nastavnika')!;
const consent = forms.get('soglasie-na-uchastie-v-programme')!;

describe('prefill links', () => {
  it('carry the code, the organisation and choices there and back', () => {
    const values = {
      'respondent-code': 'НС-001',
      organisation: 'МБОУ «СШ № 5» & Ко',
      form: 'учитель – учитель',
      'mentor-type': 'Педагог',
    };
    const hash = prefillHash(mentor, values);
    expect(hash.startsWith('#zapolnit?')).toBe(true);
    expect(prefillFromHash(mentor, hash)).toEqual(values);
  });

  it.each([
    [
      'a name (a person field) never travels',
      consent,
      { participant: 'Иванов Пётр', role: 'Наставник' },
      { role: 'Наставник' },
    ],
    ['a choice the form does not offer is dropped', mentor, { form: 'директор – ученик' }, {}],
    ['a field the form lacks is dropped', mentor, { 'no-such-field': 'x' }, {}],
  ])('%s', (_name, form, values, expected) => {
    const raw = `#zapolnit?${new URLSearchParams(values).toString()}`;
    expect(prefillFromHash(form, raw)).toEqual(expected);
    expect(prefillFromHash(form, prefillHash(form, values))).toEqual(expected);
  });

  it('ignores hashes that are not prefill links', () => {
    expect(prefillFromHash(mentor, '#zapolnit-onlajn')).toEqual({});
    expect(prefillFromHash(mentor, '')).toEqual({});
  });
});
