import { describe, expect, it } from 'vitest';
import { form as formSchema, type Form } from '../../schemas/form.ts';
import { readDataEntries } from '../data-loader.ts';
import { formFileName } from './file-name.ts';

const forms = new Map(readDataEntries('src/content/forms', formSchema).map((e) => [e.id, e.data as Form]));
const plan = 'individualnyj-plan-raboty-s-molodym-pedagogom';
const order = 'prikaz-o-vnedrenii-celevoj-modeli';

describe('formFileName', () => {
  it.each([
    [
      plan,
      { mentor: 'Громова Ольга Петровна, учитель', mentee: 'Иванова Анна Сергеевна' },
      `${plan}-gromova-ivanova.docx`,
    ],
    [plan, { mentor: '', mentee: 'Иванова Анна Сергеевна' }, `${plan}-ivanova.docx`],
    [plan, { start: '2026-09-01' }, `${plan}-2026-09-01.docx`],
    [plan, {}, `${plan}.docx`],
    [order, { 'order-date': '2026-08-31' }, `${order}-2026-08-31.docx`],
  ])('%s %j → %s', (id, values, expected) => {
    expect(formFileName(id, forms.get(id)!, values, 'docx')).toBe(expected);
  });
});
