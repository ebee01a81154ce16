import { describe, expect, it } from 'vitest';
import { afterEdit, decide, restoreMatch, savedMatch, type Decision } from './decisions.ts';
import { matchPairs } from './match.ts';
import { initialState, sanitiseState } from './storage.ts';
import type { PairRef, PairsState } from './types.ts';

const p = (mentee: string, mentor: string): PairRef => ({ mentee, mentor });
type Lists = { fixed: PairRef[]; forbidden: PairRef[] };

describe('decide', () => {
  it.each<[string, Lists, Decision, Lists]>([
    [
      'fix a new pair',
      { fixed: [], forbidden: [] },
      { kind: 'fix', pair: p('a', 'M') },
      { fixed: [p('a', 'M')], forbidden: [] },
    ],
    [
      'fixing a forbidden pair allows it',
      { fixed: [], forbidden: [p('a', 'M'), p('b', 'M')] },
      { kind: 'fix', pair: p('a', 'M') },
      { fixed: [p('a', 'M')], forbidden: [p('b', 'M')] },
    ],
    [
      'forbidding a fixed pair unfixes it',
      { fixed: [p('a', 'M'), p('b', 'N')], forbidden: [] },
      { kind: 'forbid', pair: p('a', 'M') },
      { fixed: [p('b', 'N')], forbidden: [p('a', 'M')] },
    ],
    [
      'fixing twice keeps one copy',
      { fixed: [p('a', 'M')], forbidden: [] },
      { kind: 'fix', pair: p('a', 'M') },
      { fixed: [p('a', 'M')], forbidden: [] },
    ],
    [
      'unfix leaves the forbidden alone',
      { fixed: [p('a', 'M')], forbidden: [p('b', 'M')] },
      { kind: 'unfix', pair: p('a', 'M') },
      { fixed: [], forbidden: [p('b', 'M')] },
    ],
    [
      'allow takes the pair off the forbidden only',
      { fixed: [p('c', 'N')], forbidden: [p('a', 'M'), p('a', 'N')] },
      { kind: 'allow', pair: p('a', 'M') },
      { fixed: [p('c', 'N')], forbidden: [p('a', 'N')] },
    ],
    [
      'a pair of the same mentee with another mentor is another pair',
      { fixed: [p('a', 'N')], forbidden: [] },
      { kind: 'forbid', pair: p('a', 'M') },
      { fixed: [p('a', 'N')], forbidden: [p('a', 'M')] },
    ],
  ])('%s', (_name, before, decision, after) => {
    expect(decide(before, decision)).toEqual(after);
  });

  it('keeps only the codes of a shown pair', () => {
    const shown = { ...p('a', 'M'), score: 10, why: 'общие темы' };
    expect(decide({ fixed: [], forbidden: [] }, { kind: 'fix', pair: shown }).fixed).toEqual([p('a', 'M')]);
  });
});

const lists = (): PairsState => ({
  ...initialState('2026-12-03'),
  mentees: [
    { code: 'a', name: '', school: '', category: '', form: '', topics: 'Оценивание' },
    { code: 'b', name: '', school: '', category: '', form: '', topics: 'Оценивание; ИКТ' },
    { code: 'c', name: '', school: '', category: '', form: '', topics: 'Химия' },
  ],
  mentors: [
    { code: 'M', name: '', position: '', school: '', forms: '', topics: 'оценивание', capacity: '1' },
    { code: 'N', name: '', position: '', school: '', forms: '', topics: 'ИКТ; оценивание', capacity: '1' },
  ],
});

describe('a result kept across a reload', () => {
  it('is saved as the codes of the chosen pairs, and shown again the same from the lists', () => {
    const state = lists();
    const result = matchPairs(state);
    const saved = savedMatch(result);
    expect(saved.pairs).toHaveLength(2);
    expect(JSON.stringify(saved).length).toBeLessThan(80);
    // Through the browser's storage and back.
    const reread = sanitiseState(JSON.parse(JSON.stringify({ ...state, matched: saved })), '2026-12-03');
    const restored = restoreMatch(reread, reread.matched!);
    expect(restored).toEqual({ result, stale: false });
  });

  it('keeps the fixed pairs in `fixed`, not twice', () => {
    const state = { ...lists(), fixed: [p('b', 'N')] };
    const saved = savedMatch(matchPairs(state));
    expect(saved.pairs).toEqual([['a', 'M']]);
    expect(restoreMatch(state, saved).result.pairs.map((x) => [x.mentee, x.fixed])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it.each<[string, (s: PairsState) => PairsState, boolean]>([
    ['the same lists', (s) => s, false],
    ['a mentee gone', (s) => ({ ...s, mentees: s.mentees.filter((m) => m.code !== 'a') }), true],
    ['a mentor renamed', (s) => ({ ...s, mentors: s.mentors.map((m) => ({ ...m, code: `${m.code}2` })) }), true],
  ])('says whether it still follows from the lists: %s', (_name, change, stale) => {
    const state = lists();
    const saved = savedMatch(matchPairs(state));
    expect(restoreMatch(change(state), saved).stale).toBe(stale);
  });

  it.each<[string, unknown, PairsState['matched']]>([
    ['nothing saved', undefined, undefined],
    ['not a result', 'пары', undefined],
    [
      'a damaged pair is left out and the result marked',
      { pairs: [['a', 'M'], ['b']], quick: false },
      { pairs: [['a', 'M']], quick: false, stale: true },
    ],
    ['the quick mark kept', { pairs: [], quick: true, stale: false }, { pairs: [], quick: true, stale: false }],
  ])('reads back: %s', (_name, matched, expected) => {
    expect(sanitiseState({ ...lists(), matched }, '2026-12-03').matched).toEqual(expected);
  });
});

describe('afterEdit', () => {
  it.each<[string, PairsState['matched'], PairsState['matched']]>([
    ['no result: nothing to mark', undefined, undefined],
    ['a result falls behind', { pairs: [], quick: false, stale: false }, { pairs: [], quick: false, stale: true }],
    ['already behind stays so', { pairs: [], quick: true, stale: true }, { pairs: [], quick: true, stale: true }],
  ])('%s', (_name, matched, expected) => {
    const state = { ...lists(), ...(matched ? { matched } : {}) };
    expect(afterEdit(state).matched).toEqual(expected);
  });
});
