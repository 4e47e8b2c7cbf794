/**
 * The dynamic programme under both aligners: the cheapest way to cut two sequences (Chinese and
 * English units, in order) into consecutive groups of allowed shapes, and for every group how
 * much dearer the best alignment without it is — a small margin is what makes a group doubtful.
 */

/** A group shape: how many Chinese and how many English units it takes. */
export interface Shape {
  zh: number;
  en: number;
}

/** One group of the best alignment: units [zhStart, zhStart+zhCount) and likewise in English. */
export interface Link {
  zhStart: number;
  zhCount: number;
  enStart: number;
  enCount: number;
  cost: number;
  /** Extra cost of the best alignment that does not contain this group (Infinity when none exists). */
  margin: number;
}

export interface MonotoneInput {
  zhCount: number;
  enCount: number;
  shapes: readonly Shape[];
  /** Cost of grouping Chinese [i, i+a) with English [j, j+b); Infinity forbids it. */
  cost: (i: number, a: number, j: number, b: number) => number;
  /** Half-width, in English units, of the band around the diagonal that is explored. */
  band?: number;
}

export interface MonotoneResult {
  links: Link[];
  total: number;
}

/** Throws when no alignment with the given shapes exists (callers choose shapes so that one does). */
export function alignMonotone(input: MonotoneInput): MonotoneResult {
  const { zhCount: n, enCount: m, shapes, cost } = input;
  const S = shapes.length;
  // Row i explores English positions lo[i]..hi[i]; node (i, j) is stored at start[i] + j − lo[i].
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n;
    lo[i] = input.band === undefined ? 0 : Math.max(0, Math.floor(centre - input.band));
    hi[i] = input.band === undefined ? m : Math.min(m, Math.ceil(centre + input.band));
    start[i + 1] = start[i]! + hi[i]! - lo[i]! + 1;
  }
  const nodes = start[n + 1]!;
  const node = (i: number, j: number) => (j < lo[i]! || j > hi[i]! ? -1 : start[i]! + j - lo[i]!);

  // Each edge's cost is computed once: the backward pass and the margins read it again.
  const edges = new Float64Array(nodes * S).fill(NaN);
  const edge = (k: number, i: number, j: number, s: number) => {
    let c = edges[k * S + s]!;
    if (Number.isNaN(c)) {
      c = cost(i, shapes[s]!.zh, j, shapes[s]!.en);
      edges[k * S + s] = c;
    }
    return c;
  };

  const forward = new Float64Array(nodes).fill(Infinity);
  const back = new Int32Array(nodes).fill(-1);
  forward[node(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const k = node(i, j);
      const here = forward[k]!;
      if (here === Infinity) continue;
      for (let s = 0; s < S; s++) {
        const i2 = i + shapes[s]!.zh;
        const j2 = j + shapes[s]!.en;
        if (i2 > n || j2 > m) continue;
        const k2 = node(i2, j2);
        if (k2 < 0) continue;
        const c = here + edge(k, i, j, s);
        if (c < forward[k2]!) {
          forward[k2] = c;
          back[k2] = s;
        }
      }
    }
  }
  const end = node(n, m);
  const total = end < 0 ? Infinity : forward[end]!;
  if (total === Infinity) throw new Error(`no alignment of ${n} Chinese and ${m} English units with these group shapes`);

  const backward = new Float64Array(nodes).fill(Infinity);
  backward[end] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const k = node(i, j);
      if (forward[k] === Infinity) continue;
      let best = backward[k]!;
      for (let s = 0; s < S; s++) {
        const i2 = i + shapes[s]!.zh;
        const j2 = j + shapes[s]!.en;
        if (i2 > n || j2 > m) continue;
        const k2 = node(i2, j2);
        if (k2 < 0 || backward[k2] === Infinity) continue;
        const c = edge(k, i, j, s) + backward[k2]!;
        if (c < best) best = c;
      }
      backward[k] = best;
    }
  }

  // The best path, as nodes from (0,0) to (n,m).
  const path: { i: number; j: number }[] = [{ i: n, j: m }];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const s = back[node(i, j)]!;
    i -= shapes[s]!.zh;
    j -= shapes[s]!.en;
    path.push({ i, j });
  }
  path.reverse();
  const onPath = new Set(path.map((p) => node(p.i, p.j)));

  // Any other alignment either passes through a node off the best path, or skips nodes of it with
  // one larger group. The first kind is charged to every group whose rows or columns it shares.
  const rowBest = new Float64Array(n + 1).fill(Infinity);
  const colBest = new Float64Array(m + 1).fill(Infinity);
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const k = node(i, j);
      if (onPath.has(k)) continue;
      const through = forward[k]! + backward[k]!;
      if (through < rowBest[i]!) rowBest[i] = through;
      if (through < colBest[j]!) colBest[j] = through;
    }
  }
  const links: Link[] = [];
  for (let p = 0; p + 1 < path.length; p++) {
    const a = path[p]!;
    const b = path[p + 1]!;
    let alternative = Infinity;
    for (let i = a.i; i <= b.i; i++) alternative = Math.min(alternative, rowBest[i]!);
    for (let j = a.j; j <= b.j; j++) alternative = Math.min(alternative, colBest[j]!);
    const s = back[node(b.i, b.j)]!;
    links.push({ zhStart: a.i, zhCount: b.i - a.i, enStart: a.j, enCount: b.j - a.j, cost: edge(node(a.i, a.j), a.i, a.j, s), margin: alternative - total });
  }
  const widest = { zh: Math.max(...shapes.map((s) => s.zh)), en: Math.max(...shapes.map((s) => s.en)) };
  for (let from = 0; from < path.length; from++) {
    for (let to = from + 2; to < path.length; to++) {
      const a = path[from]!;
      const b = path[to]!;
      if (b.i - a.i > widest.zh || b.j - a.j > widest.en) break;
      const s = shapes.findIndex((sh) => sh.zh === b.i - a.i && sh.en === b.j - a.j);
      if (s < 0) continue;
      const skipping = forward[node(a.i, a.j)]! + edge(node(a.i, a.j), a.i, a.j, s) + backward[node(b.i, b.j)]! - total;
      for (let k = from; k < to; k++) links[k]!.margin = Math.min(links[k]!.margin, skipping);
    }
  }
  return { links, total };
}
