import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeState, encodeState, exampleState } from './url-state.ts';
import { populations, type KpiState } from './types.ts';

describe.each([
  ['2026-11-20', '2026', '2030'],
  ['2027-08-31', '2026', '2030'],
  ['2027-09-01', '2027', '2031'],
])('the example on %s', (today, first, last) => {
  test(`plans ${first}–${last}`, () =>
    expect(exampleState(today)).toMatchObject({ firstYear: first, lastYear: last, mode: 'school' }));
});

const text = fc.string({ maxLength: 8, unit: fc.constantFrom('1', '0', ',', ' ', 'я', 'ш', '"', '№', '-', 'x') });
/** Year-keyed values as the page keeps them; an empty value is not stored. */
const yearValues = fc.dictionary(
  fc.integer({ min: 2000, max: 2100 }).map(String),
  text.filter((v) => v !== ''),
);
const state: fc.Arbitrary<KpiState> = fc.record({
  mode: fc.constantFrom('school' as const, 'district' as const),
  organisation: fc.string({ maxLength: 20 }),
  firstYear: text,
  lastYear: text,
  schools: fc.array(
    fc.record({
      name: fc.string({ maxLength: 12 }),
      counts: fc.record(
        Object.fromEntries(populations.map((p) => [p, text])) as Record<
          (typeof populations)[number],
          fc.Arbitrary<string>
        >,
      ),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  trajectories: fc.dictionary(
    fc.constantFrom('1', '2', '3', '4', '5', '6'),
    fc.oneof(
      fc.record({ kind: fc.constant('line' as const), from: text, to: text }),
      fc.record({ kind: fc.constant('manual' as const), values: yearValues }),
    ),
  ) as unknown as fc.Arbitrary<KpiState['trajectories']>,
  monitoring: fc.boolean(),
  actuals: fc.dictionary(
    fc.constantFrom('1', '2', '3'),
    yearValues.filter((v) => Object.keys(v).length > 0),
  ) as unknown as fc.Arbitrary<KpiState['actuals']>,
});

test('a state survives the address: decode(encode(state)) is the state', () => {
  fc.assert(
    fc.property(state, (s) => {
      expect(decodeState(encodeState(s))).toEqual(s);
    }),
  );
});

test('the address is URL-safe', () => {
  fc.assert(fc.property(state, (s) => /^[A-Za-z0-9_-]*$/.test(encodeState(s))));
});

describe.each([
  [''],
  ['%%%'],
  ['bm90IGpzb24'],
  [btoa('{"m":"s"}')],
  [btoa('[1,2,3]')],
  [btoa('{"m":"x","o":"","y":["2026","2030"],"s":[["","1","1","1","1","1","1"]],"t":{},"k":0,"a":{}}')],
  [btoa('{"m":"s","o":"","y":["2026","2030"],"s":[],"t":{},"k":0,"a":{}}')],
  [btoa('{"m":"s","o":"","y":["2026","2030"],"s":[["",1,1,1,1,1,1]],"t":{},"k":0,"a":{}}')],
  [btoa('{"m":"s","o":"","y":["2026","2030"],"s":[["","1","1","1","1","1","1"]],"t":{"1":["q"]},"k":0,"a":{}}')],
  [btoa('{"m":"s","o":"","y":["2026","2030"],"s":[["","1","1","1","1","1","1"]],"t":{"1":["m","2026"]},"k":0,"a":{}}')],
  [btoa('{"m":"s","o":"","y":["2026","2030"],"s":[["","1","1","1","1","1","1"]],"t":{},"k":1,"a":{"1":["year","5"]}}')],
  [
    btoa(
      '{"m":"s","o":"","y":["2026","2030"],"s":[["","1","1","1","1","1","1"]],"t":{"__proto__":["l","1","2"]},"k":0,"a":{}}',
    ),
  ],
])('a corrupt value %j', (value) => {
  test('decodes to null', () => expect(decodeState(value)).toBeNull());
});

test('arbitrary text never throws', () => {
  fc.assert(fc.property(fc.string(), (s) => decodeState(s) === null || typeof decodeState(s) === 'object'));
});
