// Every data schema rejects a key it does not know (a typo such as `resposible` used to vanish silently), and the
// message names the field at the key itself, as the build reports other data errors.
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import type * as z from 'zod/v4/core';
import { issueFields, unknownKeyMessage } from '../lib/data-loader.ts';
import { roadmapTemplate } from './roadmap.ts';
import { builderState } from './roadmap-builder.ts';
import { form } from './form.ts';
import { indicator } from './indicator.ts';
import { holidayYear } from './holidays.ts';
import * as district from './district.ts';
import { newRoadmap } from '../lib/roadmap-builder/state.ts';

const yaml = (path: string): unknown => loadYaml(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });
const first = (path: string): unknown => (yaml(path) as unknown[])[0];
const clone = <T>(value: T): T => structuredClone(value);

/** Puts `key: 'x'` into the object at `path` of a copy of `value`. */
function withKey(value: unknown, path: (string | number)[], key: string): unknown {
  const copy = clone(value) as Record<string | number, unknown>;
  const target = path.reduce<Record<string | number, unknown>>(
    (node, step) => node[step] as Record<string | number, unknown>,
    copy,
  );
  target[key] = 'x';
  return copy;
}

const school = yaml('src/content/roadmaps/shkolnaya-dorozhnaya-karta.yaml');
const builder = newRoadmap('shkolnaya-dorozhnaya-karta', roadmapTemplate.parse(school), {
  id: 'abc',
  start: '2026-09-01',
  end: '2027-08-31',
});

/** Classic schemas and the builder's zod/mini one alike: `safeParse` is theirs, the type is zod's core. */
type Schema = z.$ZodType & { safeParse: (value: unknown) => { success: boolean; error?: z.$ZodError } };

const cases: [string, Schema, unknown, (string | number)[], string][] = [
  ['roadmap template', roadmapTemplate, school, [], 'colour'],
  ['roadmap section', roadmapTemplate, school, ['sections', 0], 'note'],
  ['roadmap item', roadmapTemplate, school, ['sections', 0, 'items', 0], 'resposible'],
  ['roadmap deadline rule', roadmapTemplate, school, ['sections', 0, 'items', 0, 'deadline'], 'dayz'],
  ['form', form, yaml('src/content/forms/anketa-nastavnika.yaml'), [], 'autor'],
  ['form field', form, yaml('src/content/forms/anketa-nastavnika.yaml'), ['sections', 0, 'blocks', 0], 'lable'],
  ['indicator', indicator, yaml('src/content/indicators/4-partnery.yaml'), ['preset'], 'note'],
  ['holiday year', holidayYear, yaml('src/content/holidays/2027.yaml'), [], 'holiday'],
  ['district profile', district.districtProfile, yaml('src/content/district/profile.yaml'), [], 'adress'],
  ['district school', district.school, first('src/content/district/schools.yaml'), [], 'clusterr'],
  ['district mentor', district.mentor, first('src/content/district/mentors.yaml'), [], 'phone'],
  ['district programme', district.programme, first('src/content/district/programmes.yaml'), ['period'], 'till'],
  ['district event', district.districtEvent, first('src/content/district/events.yaml'), [], 'place2'],
  ['district document', district.districtDocument, first('src/content/district/documents.yaml'), [], 'lnk'],
  ['builder state', builderState, builder, ['sections', 0, 'items', 0], 'colour'],
];

describe.each(cases)('%s', (_name, schema, valid, path, key) => {
  test('the real record is valid as it is', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  test(`an unknown key «${key}» fails, named at its own path`, () => {
    const result = schema.safeParse(withKey(valid, path, key));
    expect(result.success).toBe(false);
    const fields = result.error?.issues.flatMap(issueFields) ?? [];
    const expected = [...path, key].reduce<string>(
      (out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step),
      '',
    );
    expect(fields).toContainEqual({ field: expected, message: unknownKeyMessage });
  });
});
