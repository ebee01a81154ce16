// The optimal assignment behind the pairs tool: rows (mentees) to columns (mentors) with capacities, maximising
// the total weight of the chosen pairs minus a convex cost per occupied slot of a column. It is a min-cost flow
// solved by successive shortest paths (Dijkstra with Johnson potentials), one row at a time, with an «unmatched»
// column of unlimited capacity so that every row is placed and leaving a row out is just another choice.
// Written here rather than taken from npm: the packages found solve the square Hungarian problem only and
// would need each mentor copied once per place (200 mentors × their places), which is slower and heavier.

export interface AssignmentProblem {
  rows: number;
  columns: number;
  /** Places of each column (≥ 0). */
  capacity: readonly number[];
  /** For each row, the columns it may go to, with a positive integer weight: `[column, weight]`. */
  edges: readonly (readonly (readonly [number, number])[])[];
  /**
   * Cost of taking slot `slot` (0-based) of `column`: a non-negative integer that never decreases with the slot,
   * so the cheaper places of a column fill first. Zero when omitted.
   */
  slotCost?: (column: number, slot: number) => number;
}

/** For each row, its column or -1 when it stays unmatched. */
export type Assignment = Int32Array;

/** Total weight of the pairs minus the slot costs their columns pay: what `solveAssignment` maximises. */
export function assignmentValue(problem: AssignmentProblem, assignment: ArrayLike<number>): number {
  const load = new Array<number>(problem.columns).fill(0);
  let value = 0;
  for (let row = 0; row < problem.rows; row++) {
    const column = assignment[row]!;
    if (column < 0) continue;
    const edge = problem.edges[row]!.find(([c]) => c === column);
    if (!edge) return Number.NEGATIVE_INFINITY;
    value += edge[1] - (problem.slotCost?.(column, load[column]!) ?? 0);
    load[column]! += 1;
  }
  return load.some((l, c) => l > problem.capacity[c]!) ? Number.NEGATIVE_INFINITY : value;
}

/**
 * Numbers of the search: Int32Array while they are small integers, Float64Array otherwise. Code a new worker has
 * not compiled yet boxes every number it reads from a Float64Array, and the first search of 500 × 200 made
 * millions of such boxes for the collector; small integers need none.
 */
export type Numbers = Int32Array | Float64Array;
type NumbersConstructor = Int32ArrayConstructor | Float64ArrayConstructor;

/** Int32Array when every value given is an integer within ±2^29, Float64Array otherwise. */
export function numbersFor(values: Iterable<number>): NumbersConstructor {
  for (const value of values) if (!Number.isInteger(value) || Math.abs(value) >= 2 ** 29) return Float64Array;
  return Int32Array;
}

/**
 * A binary heap of nodes by distance in typed arrays. Ties go to the smaller node, so equal inputs give equal
 * answers; node -1 stands for the sink, which wins every tie, so a search stops at the first shortest path.
 */
class Heap {
  size = 0;
  private keys: Numbers;
  private nodes: Int32Array;
  private readonly Keys: NumbersConstructor;
  constructor(capacity: number, Keys: NumbersConstructor) {
    this.Keys = Keys;
    this.keys = new Keys(Math.max(capacity, 16));
    this.nodes = new Int32Array(Math.max(capacity, 16));
  }
  push(key: number, node: number) {
    if (this.size === this.nodes.length) {
      const keys = new this.Keys(this.size * 2);
      keys.set(this.keys);
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    const { keys, nodes } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && nodes[parent]! < node)) break;
      keys[i] = pk;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  /** Removes the smallest; read `topKey` and `topNode` before calling. */
  pop() {
    const { keys, nodes } = this;
    const last = --this.size;
    const key = keys[last]!;
    const node = nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const r = child + 1;
      if (r < last && (keys[r]! < keys[child]! || (keys[r] === keys[child] && nodes[r]! < nodes[child]!))) child = r;
      const ck = keys[child]!;
      if (key < ck || (key === ck && node < nodes[child]!)) break;
      keys[i] = ck;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  get topKey() {
    return this.keys[0]!;
  }
  get topNode() {
    return this.nodes[0]!;
  }
}

/**
 * The edges of every row in three flat arrays, as the solver walks them: row r's edges are `start[r]` up to
 * `start[r + 1]`. Typed arrays instead of a pair per edge: the 500 × 200 of the pairs tool has some 40,000
 * edges, and making and collecting that many small arrays took as long as the search itself.
 */
export interface EdgeTable {
  start: Int32Array;
  column: Int32Array;
  weight: Numbers;
}

/** The same problem with its edges in an `EdgeTable`: what match.ts builds directly and the solver reads. */
export interface FlatProblem extends Omit<AssignmentProblem, 'edges'> {
  edges: EdgeTable;
}

/** The edges of `AssignmentProblem` as an `EdgeTable`, in the same order. */
export function flatEdges(edges: AssignmentProblem['edges']): EdgeTable {
  const start = new Int32Array(edges.length + 1);
  edges.forEach((list, row) => {
    start[row + 1] = start[row]! + list.length;
  });
  const column = new Int32Array(start[edges.length]!);
  const weight = new (numbersFor(edges.flatMap((list) => list.map(([, w]) => w))))(start[edges.length]!);
  let e = 0;
  for (const list of edges)
    for (const [c, w] of list) {
      column[e] = c;
      weight[e++] = w;
    }
  return { start, column, weight };
}

/** An `EdgeTable` back as lists of `[column, weight]`, for the quick method (quick.ts), which reads those. */
export function edgeLists({ start, column, weight }: EdgeTable): [number, number][][] {
  return Array.from({ length: start.length - 1 }, (_, row) => {
    const list: [number, number][] = [];
    for (let e = start[row]!; e < start[row + 1]!; e++) list.push([column[e]!, weight[e]!]);
    return list;
  });
}

export function solveAssignment(problem: AssignmentProblem): Assignment {
  return solveFlat({ ...problem, edges: flatEdges(problem.edges) });
}

/**
 * Rows are added one at a time, and each addition is cheap while free places abound. When the places are fewer
 * than the rows, the problem is turned round: each place of a column becomes a row of its own (its slot cost
 * taken off its weights) and the rows become columns of one place, so the side that runs out is the one added.
 */
export function solveFlat(problem: FlatProblem): Assignment {
  let places = 0;
  for (const c of problem.capacity) places += Math.min(Math.max(c, 0), problem.rows);
  if (places >= problem.rows) return solveByRows(problem);

  const turned = turn(problem, places);
  const placed = solveByRows({
    rows: turned.owner.length,
    columns: problem.rows,
    capacity: new Array<number>(problem.rows).fill(1),
    edges: turned.edges,
  });
  const assignment = new Int32Array(problem.rows).fill(-1);
  placed.forEach((row, slot) => {
    if (row >= 0) assignment[row] = turned.owner[slot]!;
  });
  return assignment;
}

/** The turned problem: a row per place of a column (its owner), with the column's rows worth more than the place. */
function turn(problem: FlatProblem, places: number) {
  const { start, column, weight } = problem.edges;
  // The edges by column, in the order of rows (a counting sort keeps it).
  const byStart = new Int32Array(problem.columns + 1);
  for (let e = 0; e < column.length; e++) byStart[column[e]! + 1]! += 1;
  for (let c = 0; c < problem.columns; c++) byStart[c + 1]! += byStart[c]!;
  const fillAt = byStart.slice(0, problem.columns);
  const byRow = new Int32Array(column.length);
  const byWeight = new (weight.constructor as NumbersConstructor)(column.length);
  for (let row = 0; row < problem.rows; row++)
    for (let e = start[row]!; e < start[row + 1]!; e++) {
      const at = fillAt[column[e]!]!++;
      byRow[at] = row;
      byWeight[at] = weight[e]!;
    }
  const owner = new Int32Array(places);
  const costs = new Array<number>(places);
  const slotStart = new Int32Array(places + 1);
  let slot = 0;
  for (let c = 0; c < problem.columns; c++) {
    const slots = Math.min(Math.max(problem.capacity[c]!, 0), problem.rows);
    for (let k = 0; k < slots; k++, slot++) {
      const cost = problem.slotCost?.(c, k) ?? 0;
      owner[slot] = c;
      costs[slot] = cost;
      let kept = 0;
      for (let e = byStart[c]!; e < byStart[c + 1]!; e++) if (byWeight[e]! > cost) kept++;
      slotStart[slot + 1] = slotStart[slot]! + kept;
    }
  }
  const slotColumn = new Int32Array(slotStart[places]!);
  const slotNumbers = weight instanceof Int32Array ? numbersFor(costs) : Float64Array;
  const slotWeight = new slotNumbers(slotStart[places]!);
  for (let s = 0, e = 0; s < places; s++) {
    const c = owner[s]!;
    for (let k = byStart[c]!; k < byStart[c + 1]!; k++) {
      if (byWeight[k]! <= costs[s]!) continue;
      slotColumn[e] = byRow[k]!;
      slotWeight[e++] = byWeight[k]! - costs[s]!;
    }
  }
  return { owner, edges: { start: slotStart, column: slotColumn, weight: slotWeight } };
}

function solveByRows(problem: FlatProblem): Assignment {
  const { rows: n, columns: m, capacity } = problem;
  const { start: rowStart, column: edgeColumn, weight: edgeWeight } = problem.edges;
  const slotCost = problem.slotCost ?? (() => 0);
  // Weights become costs W - w ≥ 0; the «unmatched» column costs W (weight 0).
  let top = 0;
  let integral = true;
  for (let k = 0; k < edgeWeight.length; k++) {
    const w = edgeWeight[k]!;
    top = Math.max(top, w);
    integral &&= Number.isInteger(w);
  }
  // The dearest slot of each column is its last (slot costs never decrease).
  let dearest = 0;
  for (let c = 0; c < m; c++) {
    const cost = capacity[c]! > 0 ? slotCost(c, capacity[c]! - 1) : 0;
    dearest = Math.max(dearest, cost);
    integral &&= Number.isInteger(cost);
  }
  // Costs, distances and potentials stay within ±(n + 4)·top (each row's shortest path costs at most `top`), plus a
  // slot's cost: in Int32Array when that fits (see `Numbers`).
  const small = integral && (n + 4) * (top + 1) + dearest < 2 ** 29;
  const Numbers = small ? Int32Array : Float64Array;
  const far = small ? 2 ** 30 - 1 : Number.POSITIVE_INFINITY;

  // Nodes: rows 0..n-1, columns n..n+m-1, the unmatched column D = n+m, the sink T = n+m+1.
  const D = n + m;
  const T = n + m + 1;
  const size = n + m + 2;
  // The edges of each row as flat arrays (column node, cost), columns without places left out.
  const start = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    let kept = 0;
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) if (capacity[edgeColumn[k]!]! > 0) kept++;
    start[r + 1] = start[r]! + kept;
  }
  const edgeNode = new Int32Array(start[n]!);
  const edgeCost = new Numbers(start[n]!);
  for (let r = 0, e = 0; r < n; r++) {
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      const c = edgeColumn[k]!;
      if (capacity[c]! <= 0) continue;
      edgeNode[e] = n + c;
      edgeCost[e++] = top - edgeWeight[k]!;
    }
  }

  const potential = new Numbers(size);
  const dist = new Numbers(size).fill(far);
  const prev = new Int32Array(size);
  const done = new Uint8Array(size);
  const placedAt = new Int32Array(n).fill(-1); // column node of each row (D when unmatched), -1 before the row is added
  const placedCost = new Numbers(n);
  const load = new Int32Array(m);
  const members: number[][] = Array.from({ length: m + 1 }, () => []); // rows in each column, D last
  const touched: number[] = [];
  const heap = new Heap(size * 4, Numbers);

  /** Reaches `v` from `u` at distance `nd` if that is shorter than known. */
  const reach = (v: number, nd: number, u: number) => {
    if (nd >= dist[v]!) return;
    if (dist[v] === far) touched.push(v);
    dist[v] = nd;
    prev[v] = u;
    heap.push(nd, v === T ? -1 : v);
  };
  // The two kinds of step are functions of their own, not branches of the search's loop: small functions are
  // compiled to fast code after a few calls, which matters because every matching runs in a new worker.
  /** A row goes forward to any column but its own, or to the unmatched column. */
  const fromRow = (u: number, d: number) => {
    const base = d + potential[u]!;
    const own = placedAt[u]!;
    for (let e = start[u]!; e < start[u + 1]!; e++) {
      const v = edgeNode[e]!;
      if (v === own || done[v]) continue;
      reach(v, base + edgeCost[e]! - potential[v]!, u);
    }
    if (own !== D && !done[D]) reach(D, base + top - potential[D]!, u);
  };
  /** A column sends one of its rows elsewhere, or passes a unit to the sink if it has a free place. */
  const fromColumn = (u: number, d: number) => {
    const base = d + potential[u]!;
    const rows = members[u - n]!;
    for (let i = 0; i < rows.length; i++) {
      const k = rows[i]!;
      if (!done[k]) reach(k, base - placedCost[k]! - potential[k]!, u);
    }
    if (u === D) reach(T, base - potential[T]!, u);
    else if (load[u - n]! < capacity[u - n]!) reach(T, base + slotCost(u - n, load[u - n]!) - potential[T]!, u);
  };

  for (let s = 0; s < n; s++) {
    // A potential for the new row that keeps every reduced cost out of it non-negative.
    let ps = potential[D]! - top;
    for (let e = start[s]!; e < start[s + 1]!; e++) ps = Math.max(ps, potential[edgeNode[e]!]! - edgeCost[e]!);
    potential[s] = ps;

    for (let i = 0; i < touched.length; i++) {
      const node = touched[i]!;
      dist[node] = far;
      done[node] = 0;
    }
    touched.length = 0;
    heap.size = 0;
    dist[s] = 0;
    prev[s] = -1;
    touched.push(s);
    heap.push(0, s);

    while (heap.size > 0) {
      const d = heap.topKey;
      const u = heap.topNode === -1 ? T : heap.topNode;
      heap.pop();
      if (done[u] || d > dist[u]!) continue;
      done[u] = 1;
      if (u === T) break;
      if (u < n) fromRow(u, d);
      else fromColumn(u, d);
    }

    // Keep reduced costs non-negative for the next row: nodes beyond the sink's distance move by that distance.
    const dt = dist[T]!;
    for (let x = 0; x < size; x++) {
      if (x < n && x > s) continue;
      const dx = dist[x]!;
      potential[x]! += Math.min(dx, dt);
    }

    // Walk the shortest path back from the sink and move the rows along it.
    let v = prev[T]!;
    if (v !== D) load[v - n]! += 1;
    while (v !== -1) {
      const u = prev[v]!; // the row that enters column v
      const old = placedAt[u]!;
      if (old !== -1) {
        const list = members[old - n]!;
        list.splice(list.indexOf(u), 1);
      }
      placedAt[u] = v;
      let cost = top;
      for (let e = start[u]!; e < start[u + 1]!; e++) if (edgeNode[e] === v) cost = edgeCost[e]!;
      placedCost[u] = cost;
      members[v - n]!.push(u);
      v = u === s ? -1 : old;
    }
  }

  const assignment = new Int32Array(n);
  for (let r = 0; r < n; r++) assignment[r] = placedAt[r] === D ? -1 : placedAt[r]! - n;
  return assignment;
}
