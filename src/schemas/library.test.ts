// The template library: every roadmap template and form validates, the library is complete, and a broken
// file fails with its name and the field in the message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { readDataEntries } from '../lib/data-loader.ts';
import { roadmapTemplate, type RoadmapTemplate } from './roadmap.ts';
import { form, type Form, type FormField } from './form.ts';

const roadmapsDir = 'src/content/roadmaps';
const formsDir = 'src/content/forms';
const fixtures = 'tests/fixtures/data/library';

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
const roadmaps = readDataEntries(roadmapsDir, roadmapTemplate).map((e) => ({
  ...e,
  data: e.data as unknown as RoadmapTemplate,
}));
const forms = readDataEntries(formsDir, form).map((e) => ({ ...e, data: e.data as unknown as Form }));
const fieldsOf = (f: Form) => f.sections.flatMap((s) => s.blocks).filter((b): b is FormField => b.kind !== 'paragraph');

/** Paths of empty values in raw YAML: in `{ label: a, b }` an unquoted comma turns `b` into a key without a value. */
function emptyValues(value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [path || '(файл)'];
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyValues(item, `${path}[${i}]`));
  if (typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => emptyValues(item, path ? `${path}.${key}` : key));
  return [];
}

describe.each([
  [roadmapsDir, roadmapTemplate],
  [formsDir, form],
])('%s', (dir, schema) => {
  test.each(yamlFiles(dir))('%s validates through readDataEntries', (name) => {
    // A folder is read whole; read the one file as a record of its own so that a failure names it.
    const [entry] = readDataEntries(join(dir, name), schema);
    expect(entry).toBeDefined();
  });

  test.each(yamlFiles(dir))('%s has no value lost to an unquoted comma or an empty key', (name) => {
    expect(emptyValues(loadYaml(readFileSync(join(dir, name), 'utf8')))).toEqual([]);
  });

  test('file names are Latin slugs', () => {
    for (const name of yamlFiles(dir)) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/);
  });
});

describe('the library is complete', () => {
  test('at least 4 roadmap templates and 17 forms', () => {
    expect(roadmaps.length).toBeGreaterThanOrEqual(4);
    expect(forms.length).toBeGreaterThanOrEqual(17);
  });

  test.each([
    ['shkolnaya-dorozhnaya-karta', 'school', 6],
    ['municipalnaya-dorozhnaya-karta', 'municipality', 6],
    ['municipalnaya-dvuhurovnevaya', 'municipality', 5],
    ['plan-shkoly-nastavnichestva', 'municipalSchool', 5],
  ])('roadmap %s: level %s, %i sections', (id, level, sections) => {
    const roadmap = roadmaps.find((r) => r.id === id);
    expect(roadmap?.data.level).toBe(level);
    expect(roadmap?.data.sections).toHaveLength(sections);
  });

  test.each([
    ['Приложение 1', 'plan', []],
    ['Приложение 2', 'questionnaire', [9]],
    ['Приложение 3', 'questionnaire', [12, 5]],
    ['Приложение 4', 'plan', [9, 10]],
    ['Приложение 5', 'card', [12, 5]],
    ['Приложение 6', 'report', [5]],
    ['Приложение 7', 'report', [5]],
    ['Приложение 8', 'memo', []],
  ])('%s of the young-teacher track exists once, as a %s filled in months %j', (appendix, kind, months) => {
    const found = forms.filter((f) => f.data.appendix === appendix);
    expect(found).toHaveLength(1);
    expect(found[0]!.data.kind).toBe(kind);
    if (months.length) expect(found[0]!.data.months).toEqual(months);
  });

  test.each(['order', 'regulation', 'consent', 'agreement', 'programme', 'questionnaire', 'card'] as const)(
    'there is a form of kind %s',
    (kind) => expect(forms.some((f) => f.data.kind === kind)).toBe(true),
  );

  test('the consent cites the personal-data law', () => {
    const consent = forms.find((f) => f.data.kind === 'consent')!;
    const text = consent.data.sections
      .flatMap((s) => s.blocks)
      .map((b) => (b.kind === 'paragraph' ? b.text : ''))
      .join(' ');
    expect(text).toContain('от 27.07.2006 № 152-ФЗ «О персональных данных»');
  });

  test('the programme of a pair lists the five meetings', () => {
    const programme = forms.find((f) => f.data.kind === 'programme')!;
    const meetings = fieldsOf(programme.data).find((f) => f.kind === 'table');
    const names = meetings?.kind === 'table' ? meetings.rows.map((row) => row.meeting) : [];
    expect(names).toHaveLength(5);
    expect(names[0]).toBe('Встреча-знакомство');
    expect(names[4]).toBe('Итоговая встреча');
  });
});

describe.each(roadmaps.map((r) => [r.id, r.data] as const))('roadmap %s', (_id, roadmap) => {
  test('item numbers are unique and start with their section number', () => {
    const numbers = roadmap.sections.flatMap((s) => s.items.map((i) => i.number));
    expect(new Set(numbers).size).toBe(numbers.length);
    roadmap.sections.forEach((section, s) => {
      for (const item of section.items) expect((item.number ?? '').split('.')[0]).toBe(String(s + 1));
    });
  });

  test('every item has someone responsible', () => {
    for (const item of roadmap.sections.flatMap((s) => s.items)) {
      const who = Array.isArray(item.responsible)
        ? item.responsible
        : [...item.responsible.municipal, ...item.responsible.school];
      expect(who.length, item.number).toBeGreaterThan(0);
    }
  });

  test('years in deadlines fall inside the period or next to it', () => {
    if (!roadmap.period) return;
    const { from, to } = roadmap.period;
    for (const item of roadmap.sections.flatMap((s) => s.items)) {
      const d = item.deadline;
      const years =
        d.kind === 'date'
          ? [Number(d.date.slice(0, 4))]
          : d.kind === 'span'
            ? [d.from.year, d.to.year]
            : d.kind === 'years'
              ? [d.from, d.to]
              : d.kind === 'yearly' && d.years
                ? [d.years.from, d.years.to]
                : [];
      for (const year of years.filter((y) => y !== undefined)) {
        expect(year, item.number).toBeGreaterThanOrEqual(from - 1);
        expect(year, item.number).toBeLessThanOrEqual(to);
      }
    }
  });
});

describe.each(forms.map((f) => [f.id, f.data] as const))('form %s', (_id, f) => {
  test('table rows use only the columns of their table', () => {
    for (const field of fieldsOf(f)) {
      if (field.kind !== 'table') continue;
      const columns = new Set(field.columns.map((c) => c.id));
      expect(columns.size).toBe(field.columns.length);
      for (const row of field.rows)
        for (const key of Object.keys(row)) expect(columns, `${field.id}: ${key}`).toContain(key);
    }
  });

  test('ranges are sensible and options distinct', () => {
    for (const field of fieldsOf(f)) {
      if (field.kind === 'scale') expect(field.min, field.id).toBeLessThan(field.max);
      if (field.kind === 'number' && field.min !== undefined && field.max !== undefined)
        expect(field.min, field.id).toBeLessThan(field.max);
      if (field.kind === 'choice') expect(new Set(field.options).size, field.id).toBe(field.options.length);
    }
    expect(new Set(f.months).size).toBe(f.months.length);
  });

  test('a form to fill has a required field; a memo is text only', () => {
    if (f.kind === 'memo') expect(fieldsOf(f)).toEqual([]);
    else expect(fieldsOf(f).some((field) => field.required)).toBe(true);
  });
});

describe('broken library data', () => {
  test.each([
    [
      `${fixtures}/duplicate-field-id`,
      form,
      ['duplicate-field-id/anketa.yaml', 'поле «sections[0].blocks[1].id»', 'Поле «full-name» уже есть в этой форме'],
    ],
    [
      `${fixtures}/missing-placeholder`,
      form,
      ['missing-placeholder/prikaz.yaml', 'поле «sections[0].blocks[2].text»', 'поле {director}, которого нет в форме'],
    ],
    [
      `${fixtures}/roadmap-no-deadline`,
      roadmapTemplate,
      ['roadmap-no-deadline/karta.yaml', 'поле «sections[0].items[0].deadline»'],
    ],
    [
      `${fixtures}/span-month-13`,
      roadmapTemplate,
      ['span-month-13/karta.yaml', 'поле «sections[0].items[0].deadline.to.month»', 'Месяц — число от 1 до 12'],
    ],
  ])('%s: the error names the file and the field', (path, schema, fragments) => {
    expect(() => readDataEntries(path, schema)).toThrow();
    try {
      readDataEntries(path, schema);
    } catch (error) {
      for (const fragment of fragments) expect((error as Error).message).toContain(fragment);
    }
  });

  test('a date written without quotes is read as the date it says', () => {
    const [entry] = readDataEntries(`${fixtures}/unquoted-date`, roadmapTemplate);
    expect((entry!.data as unknown as RoadmapTemplate).sections[0]!.items[0]!.deadline).toEqual({
      kind: 'date',
      date: '2020-09-10',
      by: true,
    });
  });

  test('an unquoted comma in a { … } mapping fails the build as an unknown key, and shows in the raw YAML', () => {
    const file = `${fixtures}/flow-comma/anketa.yaml`;
    expect(() => readDataEntries(file, form)).toThrow(
      /поле «sections\[0\]\.blocks\[0\]\.должность\)»: такого поля нет/,
    );
    expect(emptyValues(loadYaml(readFileSync(file, 'utf8')))).toEqual(['sections[0].blocks[0].должность)']);
  });
});
