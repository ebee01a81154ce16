import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignmentValue, solveAssignment, type AssignmentProblem } from './assignment.ts';
import { solveByFlow } from './flow.ts';

/** The weights as matchPairs gives them: a base that makes one more pair worth more than any gain in quality. */
function withBase(problem: AssignmentProblem, base = 10_000): AssignmentProblem {
  return { ...problem, edges: problem.edges.map((list) => list.map(([c, w]) => [c, base + w] as const)) };
}

const problemArb = fc
  .record({ rows: fc.integer({ min: 0, max: 9 }), columns: fc.integer({ min: 1, max: 4 }) })
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
      step: fc.integer({ min: 0, max: 4 }),
    }),
  )
  .map(
    ({ step, ...p }): AssignmentProblem =>
      withBase({ ...p, slotCost: (_c: number, slot: number) => Math.min(slot, 4) * step }),
  );

describe('solveByFlow', () => {
  it.each([
    ['nothing to place', { rows: 0, columns: 1, capacity: [1], edges: [] }, []],
    ['one row, one place', { rows: 1, columns: 1, capacity: [1], edges: [[[0, 5]]] }, [0]],
    [
      'no place left: the better pair wins',
      { rows: 2, columns: 1, capacity: [1], edges: [[[0, 5]], [[0, 9]]] },
      [-1, 0],
    ],
    ['zero capacity', { rows: 1, columns: 1, capacity: [0], edges: [[[0, 5]]] }, [-1]],
    ['no edge', { rows: 1, columns: 2, capacity: [1, 1], edges: [[]] }, [-1]],
    // Greedy would give column 0 to the first row (10 > 9) and leave the second with nothing; the flow moves it.
    [
      'better than greedy',
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
      'capacity two',
      {
        rows: 3,
        columns: 2,
        capacity: [2, 1],
        edges: [
          [[0, 3]],
          [
            [0, 3],
            [1, 1],
          ],
          [[0, 3]],
        ],
      },
      [0, 1, 0],
    ],
  ] as [string, AssignmentProblem, number[]][])('%s', (_name, problem, expected) => {
    expect([...solveByFlow(withBase(problem))]).toEqual(expected);
  });

  it('spreads the load when later slots cost more', () => {
    const problem = withBase({
      rows: 2,
      columns: 2,
      capacity: [2, 2],
      edges: [
        [
          [0, 10],
          [1, 9],
        ],
        [
          [0, 10],
          [1, 9],
        ],
      ],
      slotCost: (_c, slot) => slot * 5,
    });
    expect([...solveByFlow(problem)].sort()).toEqual([0, 1]);
  });

  it('reports progress up to the rows it placed', () => {
    const seen: number[] = [];
    const problem = withBase({ rows: 3, columns: 1, capacity: [2], edges: [[[0, 1]], [[0, 2]], [[0, 3]]] });
    solveByFlow(problem, (placed, rows) => {
      expect(rows).toBe(3);
      seen.push(placed);
    });
    expect(seen.at(-1)).toBe(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('never exceeds a capacity and places rows only on their own edges', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(assignmentValue(problem, solveByFlow(problem))).toBeGreaterThan(Number.NEGATIVE_INFINITY);
      }),
      { numRuns: 500 },
    );
  });

  it('reaches the same optimum as the row-by-row search of assignment.ts', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(assignmentValue(problem, solveByFlow(problem))).toBe(assignmentValue(problem, solveAssignment(problem)));
      }),
      { numRuns: 1000 },
    );
  });

  it('reaches that optimum on lists of hundreds, where long chains of moves decide', () => {
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
      const problem = withBase({
        rows,
        columns,
        capacity: Array.from({ length: columns }, () => Math.floor(random() * (places + 1))),
        edges: Array.from({ length: rows }, () =>
          Array.from({ length: columns }, (_, c) => [c, 1 + Math.floor(random() * 40)] as const).filter(
            () => random() < 0.2,
          ),
        ),
        slotCost: (_c, slot) => Math.min(slot, 4),
      });
      expect(assignmentValue(problem, solveByFlow(problem))).toBe(assignmentValue(problem, solveAssignment(problem)));
    }
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect([...solveByFlow(problem)]).toEqual([...solveByFlow(problem)]);
      }),
      { numRuns: 200 },
    );
  });
});
