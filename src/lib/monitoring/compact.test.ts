import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBatches, encodeBatches } from './compact.ts';
import { readJsonFile } from './json-files.ts';
import type { Batch } from './pipeline.ts';
import type { Response } from './responses.ts';
import { exportOf, sampleValues, seeded } from './sample-answers.ts';
import { loadMonitoredForms } from './test-forms.ts';

const text = fc.string({ maxLength: 12 });
// −0 is left out: JSON writes it as 0 (as it does in the browser's storage), and no answer is ever −0.
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0));
const answer = fc.oneof(number, text, fc.array(text, { maxLength: 4 }));
const response: fc.Arbitrary<Response> = fc.record({
  formId: fc.constantFrom('anketa-nastavlyaemogo', 'anketa-nastavnika'),
  source: text,
  stage: fc.constantFrom(null, 'before' as const, 'middle' as const, 'after' as const),
  organisation: text,
  mentoringForm: text,
  code: text,
  date: text,
  answers: fc.dictionary(fc.constantFrom('overall', 'q1', 'q2', 'goals', 'strengths', 'form'), answer),
});
const batch: fc.Arbitrary<Batch> = fc.record({
  responses: fc.array(response, { maxLength: 5 }),
  notes: fc.array(fc.record({ source: text, level: fc.constantFrom('error' as const, 'warning' as const), text }), {
    maxLength: 3,
  }),
});

describe('the compact shape of the read answers', () => {
  test('any batches come back exactly, answers in their order', () => {
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 6 }), (batches) => {
        const back = decodeBatches(JSON.parse(JSON.stringify(encodeBatches(batches))));
        expect(back).toEqual(batches);
        const keys = (list: typeof batches) => list.map((b) => b.responses.map((r) => Object.keys(r.answers)));
        expect(keys(back!)).toEqual(keys(batches));
      }),
    );
  });

  test('5,000 answer files take at most a third of their plain JSON', () => {
    const forms = loadMonitoredForms();
    const random = seeded(7);
    const batches = Array.from({ length: 5000 }, (_, i) => {
      const form = i % 3 === 0 ? forms['anketa-nastavnika']! : forms['anketa-nastavlyaemogo']!;
      const values = sampleValues(form, {
        organisation: `Школа № ${(i % 20) + 1}`,
        code: `К-${i}`,
        stageOption: 'В начале программы',
        date: '2025-09-15',
        random,
      });
      return readJsonFile(`otvet-${i}.json`, exportOf(form, values), forms);
    });
    const compact = JSON.stringify(encodeBatches(batches)).length;
    expect(compact).toBeLessThan(JSON.stringify(batches).length / 3);
  });

  test.each([
    ['not an object', 'text'],
    ['no text table', { k: [], b: [] }],
    ['a text index out of the table', { s: ['a'], k: [[0]], b: [[[[5, 0, 0, 0, 0, 0, 0, 0, [1]]], []]] }],
    ['an unknown stage', { s: ['a'], k: [[0]], b: [[[[0, 7, 0, 0, 0, 0, 0, 0, [1]]], []]] }],
    ['a number that is text', { s: ['a'], k: [[0]], b: [[[[0, 0, 0, 0, 0, 0, 0, 0, ['1']]], []]] }],
    ['cells not matching the keys', { s: ['a'], k: [[0, 3]], b: [[[[0, 0, 0, 0, 0, 0, 0, 0, [1]]], []]] }],
    ['a note of an unknown level', { s: ['a'], k: [], b: [[[], [[0, 2, 0]]]] }],
  ])('%s is refused whole', (_name, data) => {
    expect(decodeBatches(data)).toBeNull();
  });
});
