// The matching for a district's lists (10,000 mentees × 500 mentors), where the optimal search of assignment.ts
// takes minutes: the best pairs first (greedy by weight, the load spread), then augmenting paths until no mentee
// can get a mentor by moving others. The number of pairs is the largest possible; their total quality is close to
// the best but not proved the best, and the tool says so.
import type { Assignment, AssignmentProblem } from './assignment.ts';

export { quickAbove } from './quick-threshold.ts';

/** How far the work has gone: rows placed so far of all rows. */
export type QuickProgress = (placed: number, rows: number) => void;

/** Edges grouped by weight, heaviest first; inside a group in the order of rows, then of their columns. */
function byWeight(problem: AssignmentProblem): { rows: Int32Array; columns: Int32Array }[] {
  const groups = new Map<number, { rows: number[]; columns: number[] }>();
  problem.edges.forEach((list, row) => {
    for (const [column, weight] of list) {
      if ((problem.capacity[column] ?? 0) <= 0) continue;
      let group = groups.get(weight);
      if (!group) {
        group = { rows: [], columns: [] };
        groups.set(weight, group);
      }
      group.rows.push(row);
      group.columns.push(column);
    }
  });
  return [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, g]) => ({ rows: Int32Array.from(g.rows), columns: Int32Array.from(g.columns) }));
}

/**
 * Greedy by weight. With slot costs, a group of equal weight is taken in rounds by load: first the columns with
 * no row yet, then those with one, so equal pairs go to the less loaded mentors.
 */
function greedy(
  problem: AssignmentProblem,
  assignment: Int32Array,
  load: Int32Array,
  report: (placed: number) => void,
): number {
  const maxCapacity = Math.max(0, ...problem.capacity);
  let placed = 0;
  for (const group of byWeight(problem)) {
    const rounds = problem.slotCost ? maxCapacity : 1;
    for (let level = 0; level < rounds; level++) {
      for (let i = 0; i < group.rows.length; i++) {
        const row = group.rows[i]!;
        const column = group.columns[i]!;
        if (assignment[row] !== -1 || load[column]! >= problem.capacity[column]!) continue;
        if (problem.slotCost && load[column]! > level) continue;
        assignment[row] = column;
        load[column]! += 1;
        placed += 1;
        if (placed % 500 === 0) report(placed);
      }
    }
  }
  return placed;
}

/**
 * A path from a mentee without a mentor to a free place, moving placed mentees along it (breadth first, so paths
 * are short). Columns a failed search reached stay dead until the next success: no free place can be reached from
 * them. A row that once failed never succeeds later (Berge's theorem, as in Kuhn's algorithm): one pass suffices.
 */
function augment(
  problem: AssignmentProblem,
  start: number,
  assignment: Int32Array,
  load: Int32Array,
  members: number[][],
  dead: Uint8Array,
  cameFrom: Int32Array,
): boolean {
  const queue: number[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const row = queue[head]!;
    for (const [column] of problem.edges[row]!) {
      if (dead[column] || column === assignment[row] || problem.capacity[column]! <= 0) continue;
      dead[column] = 1;
      cameFrom[column] = row;
      if (load[column]! < problem.capacity[column]!) {
        move(column, assignment, load, members, cameFrom);
        dead.fill(0);
        return true;
      }
      for (const next of members[column]!) queue.push(next);
    }
  }
  return false;
}

/** Walks the path back from the free place: each row on it takes the column in front of it. */
function move(free: number, assignment: Int32Array, load: Int32Array, members: number[][], cameFrom: Int32Array) {
  load[free]! += 1;
  let column = free;
  for (;;) {
    const row = cameFrom[column]!;
    const old = assignment[row]!;
    assignment[row] = column;
    members[column]!.push(row);
    if (old === -1) return;
    const list = members[old]!;
    list.splice(list.indexOf(row), 1);
    column = old;
  }
}

/** Every row on a column of its own edges, within capacities; the most rows placed. See the top of the file. */
export function solveQuickly(problem: AssignmentProblem, onProgress?: QuickProgress): Assignment {
  const { rows, columns } = problem;
  const assignment = new Int32Array(rows).fill(-1);
  const load = new Int32Array(columns);
  const report = (placed: number) => onProgress?.(placed, rows);
  let placed = greedy(problem, assignment, load, report);
  report(placed);
  const members: number[][] = Array.from({ length: columns }, () => []);
  assignment.forEach((column, row) => {
    if (column >= 0) members[column]!.push(row);
  });
  const dead = new Uint8Array(columns);
  const cameFrom = new Int32Array(columns);
  for (let row = 0; row < rows; row++) {
    if (assignment[row] !== -1) continue;
    if (augment(problem, row, assignment, load, members, dead, cameFrom)) {
      placed += 1;
      if (placed % 100 === 0) report(placed);
    }
  }
  report(placed);
  return assignment;
}
