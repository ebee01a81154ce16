// The same optimum as assignment.ts for large lists (a district's 10,000 mentees × 500 mentors): a min-cost
// max-flow solved by the primal-dual method, one Dijkstra a phase and then every shortest augmenting path of that
// phase at once (a max flow on the zero-reduced-cost edges). Pair costs are small integers, so phases are few.
import type { Assignment, AssignmentProblem } from './assignment.ts';

/** How far the work has gone: rows placed so far of all rows. Called after each phase and every few hundred rows. */
export type FlowProgress = (placed: number, rows: number) => void;
const progressStep = 250;

/** Residual graph in flat typed arrays; edge e and e ^ 1 are each other's reverse. */
class Graph {
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  cap: Int32Array;
  cost: Float64Array;
  count = 0;
  constructor(nodes: number, edges: number) {
    this.head = new Int32Array(nodes).fill(-1);
    this.next = new Int32Array(edges * 2);
    this.to = new Int32Array(edges * 2);
    this.cap = new Int32Array(edges * 2);
    this.cost = new Float64Array(edges * 2);
  }
  add(from: number, to: number, cap: number, cost: number) {
    this.half(from, to, cap, cost);
    this.half(to, from, 0, -cost);
  }
  private half(from: number, to: number, cap: number, cost: number) {
    const e = this.count++;
    this.to[e] = to;
    this.cap[e] = cap;
    this.cost[e] = cost;
    this.next[e] = this.head[from]!;
    this.head[from] = e;
  }
}

/** Slots of a column grouped by equal cost: `[cost, how many]`, cheapest first (slot costs never decrease). */
function slotGroups(problem: AssignmentProblem, column: number): [number, number][] {
  const slots = Math.min(Math.max(problem.capacity[column]!, 0), problem.rows);
  const groups: [number, number][] = [];
  for (let slot = 0; slot < slots; slot++) {
    const cost = problem.slotCost?.(column, slot) ?? 0;
    const last = groups.at(-1);
    if (last && last[0] === cost) last[1] += 1;
    else groups.push([cost, 1]);
  }
  return groups;
}

/**
 * Places as many rows as possible and, among such placements, maximises the total weight minus slot costs.
 * With weights that carry a base larger than any gain in quality (as matchPairs gives them) this is exactly
 * what `solveAssignment` maximises, so the two return assignments of equal value.
 */
export function solveByFlow(problem: AssignmentProblem, onProgress?: FlowProgress): Assignment {
  const { rows: n, columns: m, capacity, edges } = problem;
  let top = 0;
  for (const list of edges) for (const [, w] of list) top = Math.max(top, w);
  const source = n + m;
  const sink = n + m + 1;
  const size = n + m + 2;
  const groups = Array.from({ length: m }, (_, c) => slotGroups(problem, c));
  let edgeCount = n;
  for (const list of edges) for (const [c] of list) if (capacity[c]! > 0) edgeCount++;
  for (const list of groups) edgeCount += list.length;
  const graph = new Graph(size, edgeCount);
  // Added in reverse, so that each node's list (built by prepending) is walked in the natural order.
  for (let c = m - 1; c >= 0; c--) {
    const list = groups[c]!;
    for (let g = list.length - 1; g >= 0; g--) graph.add(n + c, sink, list[g]![1], list[g]![0]);
  }
  for (let r = n - 1; r >= 0; r--) {
    const list = edges[r]!;
    for (let i = list.length - 1; i >= 0; i--) {
      const [c, w] = list[i]!;
      if (capacity[c]! > 0) graph.add(r, n + c, 1, top - w);
    }
    graph.add(source, r, 1, 0);
  }

  const potential = new Float64Array(size);
  const dist = new Float64Array(size);
  const level = new Int32Array(size);
  const arc = new Int32Array(size);
  const queue = new Int32Array(size);
  const pathEdge = new Int32Array(size);
  const heap = new MinHeap(size);
  let placed = 0;
  for (;;) {
    if (!shortestDistances(graph, source, sink, potential, dist, heap)) break;
    for (let x = 0; x < size; x++) potential[x]! += Math.min(dist[x]!, dist[sink]!);
    // Every path of zero reduced cost is a shortest one: push along them all before the next Dijkstra.
    for (;;) {
      if (!levels(graph, source, sink, potential, level, queue)) break;
      arc.set(graph.head);
      for (;;) {
        const pushed = augment(graph, source, sink, potential, level, arc, pathEdge);
        if (!pushed) break;
        placed += 1;
        if (onProgress && placed % progressStep === 0) onProgress(placed, n);
      }
    }
    onProgress?.(placed, n);
  }

  const assignment = new Int32Array(n).fill(-1);
  for (let r = 0; r < n; r++) {
    for (let e = graph.head[r]!; e !== -1; e = graph.next[e]!) {
      const v = graph.to[e]!;
      if (v >= n && v < n + m && (e & 1) === 0 && graph.cap[e] === 0) assignment[r] = v - n;
    }
  }
  return assignment;
}

const reduced = (graph: Graph, e: number, u: number, potential: Float64Array) =>
  graph.cost[e]! + potential[u]! - potential[graph.to[e]!]!;

/** Dijkstra on reduced costs, stopped when the sink is settled; false when the sink cannot be reached. */
function shortestDistances(
  graph: Graph,
  source: number,
  sink: number,
  potential: Float64Array,
  dist: Float64Array,
  heap: MinHeap,
): boolean {
  dist.fill(Number.POSITIVE_INFINITY);
  dist[source] = 0;
  heap.clear();
  heap.push(0, source);
  while (heap.size > 0) {
    const d = heap.topKey;
    const u = heap.topNode;
    heap.pop();
    if (d > dist[u]!) continue;
    if (u === sink) return true;
    for (let e = graph.head[u]!; e !== -1; e = graph.next[e]!) {
      if (graph.cap[e]! <= 0) continue;
      const v = graph.to[e]!;
      const nd = d + reduced(graph, e, u, potential);
      if (nd < dist[v]!) {
        dist[v] = nd;
        heap.push(nd, v);
      }
    }
  }
  return false;
}

/** Breadth-first levels over the edges of zero reduced cost; false when they do not reach the sink. */
function levels(
  graph: Graph,
  source: number,
  sink: number,
  potential: Float64Array,
  level: Int32Array,
  queue: Int32Array,
): boolean {
  level.fill(-1);
  level[source] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++]!;
    for (let e = graph.head[u]!; e !== -1; e = graph.next[e]!) {
      const v = graph.to[e]!;
      if (graph.cap[e]! <= 0 || level[v] !== -1 || reduced(graph, e, u, potential) !== 0) continue;
      level[v] = level[u]! + 1;
      queue[tail++] = v;
    }
  }
  return level[sink] !== -1;
}

/** One unit along a level-increasing path of zero reduced cost (iterative, so long paths never overflow). */
function augment(
  graph: Graph,
  source: number,
  sink: number,
  potential: Float64Array,
  level: Int32Array,
  arc: Int32Array,
  pathEdge: Int32Array,
): boolean {
  let depth = 0;
  let u = source;
  while (u !== sink) {
    let e = arc[u]!;
    for (; e !== -1; e = graph.next[e]!) {
      const v = graph.to[e]!;
      if (graph.cap[e]! > 0 && level[v] === level[u]! + 1 && reduced(graph, e, u, potential) === 0) break;
    }
    arc[u] = e;
    if (e === -1) {
      // A dead end: no path goes through u in this level graph; step back and skip the edge that led here.
      if (depth === 0) return false;
      level[u] = -1;
      depth -= 1;
      u = graph.to[pathEdge[depth]! ^ 1]!;
      continue;
    }
    pathEdge[depth++] = e;
    u = graph.to[e]!;
  }
  for (let i = 0; i < depth; i++) {
    const e = pathEdge[i]!;
    graph.cap[e]! -= 1;
    graph.cap[e ^ 1]! += 1;
  }
  return true;
}

/** A binary heap of (distance, node) with lazy deletion; it grows as needed. */
class MinHeap {
  size = 0;
  private keys: Float64Array;
  private nodes: Int32Array;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(capacity, 16));
    this.nodes = new Int32Array(Math.max(capacity, 16));
  }
  clear() {
    this.size = 0;
  }
  push(key: number, node: number) {
    if (this.size === this.nodes.length) {
      const keys = new Float64Array(this.size * 2);
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
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }
  pop() {
    const { keys, nodes } = this;
    const last = --this.size;
    const key = keys[last]!;
    const node = nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1]! < keys[child]!) child += 1;
      if (key <= keys[child]!) break;
      keys[i] = keys[child]!;
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
