import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignmentValue, solveAssignment, type AssignmentProblem } from './assignment.ts';
import { solveQuickly } from './quick.ts';

/** The weights as matchPairs gives them: a base that makes one more pair worth more than any gain in quality. */
function withBase(problem: AssignmentProblem, base = 10_000): AssignmentProblem {
  return { ...problem, edges: problem.edges.map((list) => list.map(([c, w]) => [c, base + w] as const)) };
}
const placed = (assignment: ArrayLike<number>) => Array.from(assignment).filter((c) => c >= 0).length;

const problemArb = fc
  .record({ rows: fc.integer({ min: 0, max: 12 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      rows: fc.constant(rows),
      columns: fc.constant(columns),
      capacity: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: columns, maxLength: columns }),
      edges: fc.array(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: columns - 1 }), fc.integer({ min: 1, max: 40 })), {
          selector: ([c]) => c,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
      spread: fc.boolean(),
    }),
  )
  .map(
    ({ spread, ...p }): AssignmentProblem =>
      withBase(spread ? { ...p, slotCost: (_c: number, slot: number) => Math.min(slot, 4) } : p),
  );

describe('solveQuickly', () => {
  it.each([
    ['nothing to place', { rows: 0, columns: 1, capacity: [1], edges: [] }, []],
    ['one row, one place', { rows: 1, columns: 1, capacity: [1], edges: [[[0, 5]]] }, [0]],
    ['one place: the better pair wins', { rows: 2, columns: 1, capacity: [1], edges: [[[0, 5]], [[0, 9]]] }, [-1, 0]],
    ['zero capacity', { rows: 1, columns: 1, capacity: [0], edges: [[[0, 5]]] }, [-1]],
    ['no edge', { rows: 1, columns: 2, capacity: [1, 1], edges: [[]] }, [-1]],
    // Greedy gives column 0 to the first row (10 > 9); the augmenting path moves it so the second row gets one too.
    [
      'a path moves a placed row',
      {
        rows: 2,
        columns: 2,
        capacity: [1, 1],
        edges: [
          [
            [0, 10],
            [1, 9],
          ],
          [[0, 10]],
        ],
      },
      [1, 0],
    ],
    [
      'a longer path: three rows moved along',
      {
        rows: 3,
        columns: 3,
        capacity: [1, 1, 1],
        edges: [
          [
            [0, 9],
            [1, 1],
          ],
          [
            [1, 9],
            [2, 1],
          ],
          [[0, 5]],
        ],
      },
      [1, 2, 0],
    ],
  ] as [string, AssignmentProblem, number[]][])('%s', (_name, problem, expected) => {
    expect([...solveQuickly(withBase(problem))]).toEqual(expected);
  });

  it('spreads equal pairs over the mentors when later places cost more', () => {
    const problem = withBase({
      rows: 2,
      columns: 2,
      capacity: [2, 2],
      edges: [
        [
          [0, 10],
          [1, 10],
        ],
        [
          [0, 10],
          [1, 10],
        ],
      ],
      slotCost: (_c, slot) => slot,
    });
    expect([...solveQuickly(problem)]).toEqual([0, 1]);
  });

  it('reports progress that never goes back and ends at the rows placed', () => {
    const seen: number[] = [];
    const problem = withBase({ rows: 3, columns: 1, capacity: [2], edges: [[[0, 1]], [[0, 2]], [[0, 3]]] });
    const result = solveQuickly(problem, (done, rows) => {
      expect(rows).toBe(3);
      seen.push(done);
    });
    expect(seen.at(-1)).toBe(placed(result));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('stays within capacities and on the rows’ own edges', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(assignmentValue(problem, solveQuickly(problem))).toBeGreaterThan(Number.NEGATIVE_INFINITY);
      }),
      { numRuns: 500 },
    );
  });

  it('places as many rows as the optimal search', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(placed(solveQuickly(problem))).toBe(placed(solveAssignment(problem)));
      }),
      { numRuns: 1000 },
    );
  });

  it('places as many on lists of hundreds, within a few per cent of the optimal quality', () => {
    let seed = 20261203;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const [rows, columns, places] of [
      [300, 40, 3],
      [200, 60, 6],
      [150, 150, 1],
    ] as const) {
      const problem: AssignmentProblem = {
        rows,
        columns,
        capacity: Array.from({ length: columns }, () => Math.floor(random() * (places + 1))),
        edges: Array.from({ length: rows }, () =>
          Array.from({ length: columns }, (_, c) => [c, 10 * (1 + Math.floor(random() * 3))] as const).filter(
            () => random() < 0.2,
          ),
        ),
        slotCost: (_c, slot) => Math.min(slot, 4),
      };
      const based = withBase(problem);
      const quick = solveQuickly(based);
      const best = solveAssignment(based);
      expect(placed(quick)).toBe(placed(best));
      const quality = (a: ArrayLike<number>) => assignmentValue(problem, a);
      expect(quality(quick)).toBeGreaterThanOrEqual(0.9 * quality(best));
    }
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect([...solveQuickly(problem)]).toEqual([...solveQuickly(problem)]);
      }),
      { numRuns: 200 },
    );
  });
});
