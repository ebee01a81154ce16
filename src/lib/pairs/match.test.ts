import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compatible, matchPairs, pairQuality, spreadCost } from './match.ts';
import { prepare, pairKey } from './prepare.ts';
import type { MenteeRow, MentorRow, PairsState } from './types.ts';

type Input = Pick<PairsState, 'mentees' | 'mentors' | 'settings' | 'fixed' | 'forbidden'>;

const mentee = (code: string, topics: string, extra: Partial<MenteeRow> = {}): MenteeRow => ({
  code,
  name: '',
  school: '',
  category: '',
  form: '',
  topics,
  ...extra,
});
const mentor = (code: string, topics: string, capacity = '1', extra: Partial<MentorRow> = {}): MentorRow => ({
  code,
  name: '',
  position: '',
  school: '',
  forms: '',
  topics,
  capacity,
  ...extra,
});
const input = (mentees: MenteeRow[], mentors: MentorRow[], more: Partial<Input> = {}): Input => ({
  mentees,
  mentors,
  settings: { synonyms: 'Цифровые инструменты = ИКТ = цифровые навыки', school: 'none', spread: false },
  fixed: [],
  forbidden: [],
  ...more,
});
const pairsOf = (state: Input) => matchPairs(state).pairs.map((p) => `${p.mentee}→${p.mentor}`);

describe('matchPairs', () => {
  it.each([
    ['a shared topic makes a pair', input([mentee('a', 'Оценивание')], [mentor('M', 'оценивание')]), ['a→M']],
    ['synonyms are one topic', input([mentee('a', 'ИКТ')], [mentor('M', 'цифровые навыки')]), ['a→M']],
    ['no shared topic, no pair', input([mentee('a', 'Оценивание')], [mentor('M', 'ИКТ')]), []],
    [
      'the form must fit',
      input(
        [mentee('a', 'ИКТ', { form: 'ученик – ученик' })],
        [mentor('M', 'ИКТ', '1', { forms: 'учитель – учитель' })],
      ),
      [],
    ],
    [
      'a mentor with no forms takes any',
      input([mentee('a', 'ИКТ', { form: 'ученик-ученик' })], [mentor('M', 'ИКТ')]),
      ['a→M'],
    ],
    ['capacity is kept', input([mentee('a', 'ИКТ'), mentee('b', 'ИКТ')], [mentor('M', 'ИКТ', '1')]), ['a→M']],
    ['zero capacity takes nobody', input([mentee('a', 'ИКТ')], [mentor('M', 'ИКТ', '0')]), []],
    // Greedy would give M to «a» (two shared topics) and leave «b» alone; the optimum gives everyone a mentor.
    [
      'more pairs before better pairs',
      input(
        [mentee('a', 'ИКТ; Оценивание'), mentee('b', 'Оценивание')],
        [mentor('M', 'ИКТ; Оценивание'), mentor('N', 'ИКТ')],
      ),
      ['b→M', 'a→N'],
    ],
    [
      'the better mentor goes to who shares more',
      input([mentee('a', 'ИКТ'), mentee('b', 'ИКТ; Оценивание')], [mentor('M', 'ИКТ; Оценивание'), mentor('N', 'ИКТ')]),
      ['b→M', 'a→N'],
    ],
    [
      'same school preferred',
      input(
        [mentee('a', 'ИКТ', { school: 'Школа 1' })],
        [mentor('M', 'ИКТ', '1', { school: 'Школа 2' }), mentor('N', 'ИКТ', '1', { school: 'школа 1' })],
        { settings: { synonyms: 'ИКТ = цифровые навыки', school: 'same', spread: false } },
      ),
      ['a→N'],
    ],
    [
      'another school preferred',
      input(
        [mentee('a', 'ИКТ', { school: 'Школа 1' })],
        [mentor('M', 'ИКТ', '1', { school: 'Школа 2' }), mentor('N', 'ИКТ', '1', { school: 'Школа 1' })],
        { settings: { synonyms: '', school: 'other', spread: false } },
      ),
      ['a→M'],
    ],
    [
      'a forbidden pair is not made',
      input([mentee('a', 'ИКТ')], [mentor('M', 'ИКТ'), mentor('N', 'ИКТ')], {
        forbidden: [{ mentee: 'a', mentor: 'M' }],
      }),
      ['a→N'],
    ],
    [
      'a fixed pair stays even without a shared topic',
      input([mentee('a', 'ИКТ'), mentee('b', 'ИКТ')], [mentor('M', 'Оценивание'), mentor('N', 'ИКТ')], {
        fixed: [{ mentee: 'a', mentor: 'M' }],
      }),
      ['a→M', 'b→N'],
    ],
    [
      'a fixed pair takes a place',
      input([mentee('a', 'ИКТ'), mentee('b', 'ИКТ')], [mentor('M', 'ИКТ')], { fixed: [{ mentee: 'b', mentor: 'M' }] }),
      ['b→M'],
    ],
    [
      'spread gives the second mentor a turn',
      input([mentee('a', 'ИКТ'), mentee('b', 'ИКТ')], [mentor('M', 'ИКТ', '2'), mentor('N', 'ИКТ', '2')], {
        settings: { synonyms: '', school: 'none', spread: true },
      }),
      ['a→M', 'b→N'],
    ],
  ] as [string, Input, string[]][])('%s', (_name, state, expected) => {
    expect(pairsOf(state)).toEqual(expected);
  });

  it('says why a pair was made', () => {
    const result = matchPairs(
      input(
        [mentee('a', 'ИКТ; Оценивание', { school: 'Школа 1', form: 'учитель – учитель' })],
        [mentor('M', 'цифровые навыки, оценивание', '1', { school: 'Школа 1' })],
      ),
    );
    expect(result.pairs[0]!.why).toBe(
      'общие темы: Цифровые инструменты; Оценивание; одна организация — встречаться проще; форма «учитель – учитель»',
    );
  });

  it.each([
    ['no topics', input([mentee('a', '')], [mentor('M', 'ИКТ')]), 'не указано, с чем нужна помощь'],
    [
      'nobody helps with it',
      input([mentee('a', 'Шахматы')], [mentor('M', 'ИКТ')]),
      'ни один наставник не помогает с темами: «Шахматы»',
    ],
    [
      'form',
      input(
        [mentee('a', 'ИКТ', { form: 'ученик – ученик' })],
        [mentor('M', 'ИКТ', '1', { forms: 'учитель – учитель' })],
      ),
      'не работают в форме «ученик – ученик»',
    ],
    [
      'forbidden',
      input([mentee('a', 'ИКТ')], [mentor('M', 'ИКТ')], { forbidden: [{ mentee: 'a', mentor: 'M' }] }),
      'запрещены куратором',
    ],
    ['zero places', input([mentee('a', 'ИКТ')], [mentor('M', 'ИКТ', '0')]), 'нет мест'],
    ['places taken', input([mentee('a', 'ИКТ'), mentee('b', 'ИКТ')], [mentor('M', 'ИКТ')]), 'заняты'],
    ['bad row', input([mentee('a', 'ИКТ', { form: 'дружба' })], [mentor('M', 'ИКТ')]), 'строка с ошибкой'],
  ] as [string, Input, string][])('says why a mentee has no mentor: %s', (_name, state, reason) => {
    const result = matchPairs(state);
    expect(result.unmatched.at(-1)?.reason).toContain(reason);
  });
});

describe('prepare: bad input', () => {
  const messages = (state: Input) => prepare(state).issues.map((i) => `${i.level}: ${i.message}`);
  it.each([
    [
      'duplicate code',
      input([mentee('a', 'ИКТ'), mentee('A', 'ИКТ')], []),
      'error: Строка 2 (A): код «A» уже есть в строке 1.',
    ],
    ['no code', input([mentee(' ', 'ИКТ')], []), 'error: Строка 1: нет кода.'],
    [
      'same person twice',
      input([mentee('a', 'ИКТ', { name: 'Иванова  Анна' }), mentee('b', 'ИКТ', { name: 'иванова анна' })], []),
      'warning: Строка 2 (b): «иванова анна» из той же организации уже записан(а) в строке 1.',
    ],
    [
      'zero capacity',
      input([], [mentor('M', 'ИКТ', '0')]),
      'warning: Строка 1 (M): наставник может взять 0 наставляемых',
    ],
    [
      'capacity not a number',
      input([], [mentor('M', 'ИКТ', 'два')]),
      'error: Строка 1 (M): число наставляемых «два» — не целое число',
    ],
    [
      'negative capacity',
      input([], [mentor('M', 'ИКТ', '-1')]),
      'error: Строка 1 (M): число наставляемых «-1» — не целое число',
    ],
    [
      'too many',
      input([], [mentor('M', 'ИКТ', '99')]),
      'error: Строка 1 (M): 99 наставляемых у одного наставника — слишком много',
    ],
    [
      'unknown form',
      input([], [mentor('M', 'ИКТ', '1', { forms: 'учитель – учитель; дружба' })]),
      'error: Строка 1 (M): форма наставничества «дружба» не из списка.',
    ],
    [
      'unknown topic',
      input([mentee('a', 'Шахматы')], [mentor('M', 'ИКТ')]),
      'warning: Ни один наставник не указал тем: «Шахматы».',
    ],
    [
      'bad synonyms line',
      input([], [], { settings: { synonyms: 'ИКТ', school: 'none', spread: false } }),
      'warning: Синонимы. Строка 1: нужны хотя бы два слова через «=»',
    ],
    [
      'fixed over capacity',
      input([mentee('a', 'ИКТ'), mentee('b', 'ИКТ')], [mentor('M', 'ИКТ')], {
        fixed: [
          { mentee: 'a', mentor: 'M' },
          { mentee: 'b', mentor: 'M' },
        ],
      }),
      'error: Наставнику M закреплено больше наставляемых',
    ],
    [
      'fixed pair with someone gone',
      input([], [mentor('M', 'ИКТ')], { fixed: [{ mentee: 'x', mentor: 'M' }] }),
      'warning: Закреплённая пара M — x больше не действует',
    ],
  ] as [string, Input, string][])('%s', (_name, state, expected) => {
    expect(messages(state).some((m) => m.startsWith(expected))).toBe(true);
  });
});

// Small random instances: a few topics, forms, schools and places, so that pairs compete for mentors.
const topicArb = fc.subarray(['ИКТ', 'Оценивание', 'ОВЗ', 'Методика'], { maxLength: 3 }).map((t) => t.join('; '));
const stateArb = fc
  .record({
    mentees: fc.array(
      fc.record({
        topics: topicArb,
        school: fc.constantFrom('', 'Ш1', 'Ш2'),
        form: fc.constantFrom('', 'учитель – учитель', 'ученик – ученик'),
      }),
      { maxLength: 6 },
    ),
    mentors: fc.array(
      fc.record({
        topics: topicArb,
        school: fc.constantFrom('Ш1', 'Ш2'),
        forms: fc.constantFrom('', 'учитель – учитель'),
        capacity: fc.constantFrom('0', '1', '2', '3'),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    school: fc.constantFrom('none', 'same', 'other') as fc.Arbitrary<'none' | 'same' | 'other'>,
    spread: fc.boolean(),
    forbid: fc.array(fc.tuple(fc.nat(5), fc.nat(2)), { maxLength: 3 }),
    fix: fc.array(fc.tuple(fc.nat(5), fc.nat(2)), { maxLength: 2 }),
  })
  .map(({ mentees, mentors, school, spread, forbid, fix }): Input => {
    const ref = ([e, r]: [number, number]) => ({ mentee: `e${e}`, mentor: `m${r}` });
    return input(
      mentees.map((m, i) => mentee(`e${i}`, m.topics, m)),
      mentors.map((m, i) => mentor(`m${i}`, m.topics, m.capacity, m)),
      { settings: { synonyms: '', school, spread }, forbidden: forbid.map(ref), fixed: fix.map(ref) },
    );
  });

/** The value the matching maximises, computed from the pairs alone: pairs first, then score minus spread costs. */
function value(state: Input, pairs: { mentee: string; mentor: string; score: number }[]): [number, number] {
  const load = new Map<string, number>();
  let quality = 0;
  for (const pair of pairs) {
    const slot = load.get(pair.mentor) ?? 0;
    quality += pair.score - (state.settings.spread ? spreadCost(slot) : 0);
    load.set(pair.mentor, slot + 1);
  }
  return [pairs.length, quality];
}

/** Every way to give each free mentee an allowed mentor or none; the best value within the places. */
function bruteForce(state: Input): [number, number] {
  const p = prepare(state);
  const fixedMentees = new Set(p.fixed.map((f) => f.mentee));
  const free = p.mentees.filter((m) => !fixedMentees.has(m.code));
  const fixedPairs = p.fixed.map((f) => ({
    ...f,
    score: pairQuality(
      p.mentees.find((m) => m.code === f.mentee)!,
      p.mentors.find((m) => m.code === f.mentor)!,
      state.settings.school,
    ).score,
  }));
  let best: [number, number] = [-1, 0];
  const chosen: { mentee: string; mentor: string; score: number }[] = [];
  const visit = (i: number) => {
    if (i === free.length) {
      const all = [...fixedPairs, ...chosen];
      if (p.mentors.some((m) => all.filter((x) => x.mentor === m.code).length > m.capacity)) return;
      const v = value(state, all);
      if (v[0] > best[0] || (v[0] === best[0] && v[1] > best[1])) best = v;
      return;
    }
    visit(i + 1);
    for (const m of p.mentors) {
      if (!compatible(free[i]!, m) || p.forbidden.has(pairKey({ mentee: free[i]!.code, mentor: m.code }))) continue;
      chosen.push({
        mentee: free[i]!.code,
        mentor: m.code,
        score: pairQuality(free[i]!, m, state.settings.school).score,
      });
      visit(i + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}

describe('matchPairs: properties', () => {
  it('never gives a mentor more mentees than the places they have', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const capacity = new Map(state.mentors.map((m) => [m.code, Number(m.capacity)]));
        const load = new Map<string, number>();
        for (const pair of matchPairs(state).pairs) load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
        for (const [code, n] of load) expect(n).toBeLessThanOrEqual(capacity.get(code)!);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every pair the curator fixed and makes none they forbade', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const made = new Set(matchPairs(state).pairs.map((p) => pairKey(p)));
        for (const pair of prepare(state).fixed) expect(made.has(pairKey(pair))).toBe(true);
        const fixed = new Set(prepare(state).fixed.map((p) => pairKey(p)));
        for (const pair of state.forbidden) if (!fixed.has(pairKey(pair))) expect(made.has(pairKey(pair))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the brute-force optimum', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        // Pairs fixed by the curator are not the matching's to change, so they sit on both sides.
        const result = matchPairs(state);
        expect(value(state, result.pairs.filter((x) => x.fixed).concat(result.pairs.filter((x) => !x.fixed)))).toEqual(
          bruteForce(state),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same pairs for the same lists, in any order', () => {
    fc.assert(
      fc.property(stateArb, fc.infiniteStream(fc.nat()), (state, randoms) => {
        const it = randoms[Symbol.iterator]();
        const shuffle = <T>(items: T[]) =>
          items
            .map((item) => [it.next().value as number, item] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, item]) => item);
        const sorted = (s: Input) =>
          matchPairs(s)
            .pairs.map((p) => `${p.mentee}→${p.mentor}`)
            .sort();
        expect(sorted({ ...state, mentees: shuffle(state.mentees), mentors: shuffle(state.mentors) })).toEqual(
          sorted(state),
        );
        expect(matchPairs(state)).toEqual(matchPairs(structuredClone(state)));
      }),
      { numRuns: 300 },
    );
  });
});
