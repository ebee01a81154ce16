import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignmentValue, edgeLists, flatEdges, solveAssignment, type AssignmentProblem } from './assignment.ts';
import { solveAssignment as solveBefore } from '../../../tests/fixtures/pairs/assignment-before.ts';

/** Every way to place each row in a column or nowhere; the best value among those within capacity. */
function bruteForce(problem: AssignmentProblem): number {
  let best = Number.NEGATIVE_INFINITY;
  const current = new Array<number>(problem.rows).fill(-1);
  const visit = (row: number) => {
    if (row === problem.rows) {
      best = Math.max(best, assignmentValue(problem, current));
      return;
    }
    for (const choice of [-1, ...problem.edges[row]!.map(([c]) => c)]) {
      current[row] = choice;
      visit(row + 1);
    }
  };
  visit(0);
  return best;
}

const problemArb = fc
  .record({ rows: fc.integer({ min: 0, max: 6 }), columns: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      rows: fc.constant(rows),
      columns: fc.constant(columns),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: columns, maxLength: columns }),
      edges: fc.array(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: columns - 1 }), fc.integer({ min: 1, max: 30 })), {
          selector: ([c]) => c,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
      step: fc.integer({ min: 0, max: 6 }),
    }),
  )
  .map(
    ({ step, ...p }): AssignmentProblem => ({ ...p, slotCost: (_c: number, slot: number) => Math.min(slot, 3) * step }),
  );

describe('solveAssignment', () => {
  it.each([
    ['nothing to place', { rows: 0, columns: 1, capacity: [1], edges: [] }, []],
    ['one row, one place', { rows: 1, columns: 1, capacity: [1], edges: [[[0, 5]]] }, [0]],
    ['no place left', { rows: 2, columns: 1, capacity: [1], edges: [[[0, 5]], [[0, 9]]] }, [-1, 0]],
    ['zero capacity', { rows: 1, columns: 1, capacity: [0], edges: [[[0, 5]]] }, [-1]],
    ['no edge', { rows: 1, columns: 2, capacity: [1, 1], edges: [[]] }, [-1]],
    // Greedy would give column 0 to the first row (10 > 9) and leave the second with nothing; the optimum moves it.
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
    expect([...solveAssignment(problem)]).toEqual(expected);
  });

  it('a slot that costs more than the pair is worth stays empty', () => {
    const problem: AssignmentProblem = {
      rows: 2,
      columns: 1,
      capacity: [2],
      edges: [[[0, 5]], [[0, 4]]],
      slotCost: (_c, slot) => slot * 10,
    };
    expect([...solveAssignment(problem)]).toEqual([0, -1]);
  });

  it('never exceeds a capacity and places rows only on their own edges', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const result = solveAssignment(problem);
        const load = new Array<number>(problem.columns).fill(0);
        result.forEach((column, row) => {
          if (column < 0) return;
          expect(problem.edges[row]!.some(([c]) => c === column)).toBe(true);
          load[column]! += 1;
        });
        load.forEach((l, c) => {
          expect(l).toBeLessThanOrEqual(problem.capacity[c]!);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('equals the brute-force optimum on small instances', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        expect(assignmentValue(problem, solveAssignment(problem))).toBe(bruteForce(problem));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same answer for the same input', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const copy: AssignmentProblem = {
          ...problem,
          capacity: [...problem.capacity],
          edges: problem.edges.map((list) => list.map(([c, w]) => [c, w] as const)),
        };
        expect([...solveAssignment(copy)]).toEqual([...solveAssignment(problem)]);
      }),
      { numRuns: 200 },
    );
  });

  // The solver's edges went into typed arrays (December 2026) for speed; the pairs must stay exactly the same,
  // equal choices included, on problems large enough to be turned round (fewer places than rows) or not.
  const largerArb = fc
    .record({ rows: fc.integer({ min: 1, max: 60 }), columns: fc.integer({ min: 1, max: 15 }) })
    .chain(({ rows, columns }) =>
      fc.record({
        rows: fc.constant(rows),
        columns: fc.constant(columns),
        capacity: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: columns, maxLength: columns }),
        edges: fc.array(
          fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: columns - 1 }), fc.integer({ min: 1, max: 12 })), {
            selector: ([c]) => c,
            maxLength: columns,
          }),
          { minLength: rows, maxLength: rows },
        ),
        spread: fc.boolean(),
        // Weights this large make the solver keep its numbers in Float64Array instead of Int32Array.
        base: fc.constantFrom(1000, 2 ** 28),
      }),
    )
    .map(
      ({ spread, base, ...p }): AssignmentProblem => ({
        ...p,
        edges: p.edges.map((list) => list.map(([c, w]) => [c, base + w] as const)),
        ...(spread ? { slotCost: (_c: number, slot: number) => Math.min(slot, 4) } : {}),
      }),
    );

  it('gives the same pairs as the solver before typed arrays', () => {
    fc.assert(
      fc.property(largerArb, (problem) => {
        expect([...solveAssignment(problem)]).toEqual([...solveBefore(problem)]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a problem’s edges in order through the flat table and back', () => {
    fc.assert(
      fc.property(largerArb, (problem) => {
        expect(edgeLists(flatEdges(problem.edges))).toEqual(problem.edges.map((list) => list.map(([c, w]) => [c, w])));
      }),
      { numRuns: 100 },
    );
  });
});
