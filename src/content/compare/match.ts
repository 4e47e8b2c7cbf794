/**
 * Matches the paragraphs of two texts (an older and a newer report, or two versions of one) by the
 * similarity of their Chinese. Pure and build-time only.
 *
 * 1. Similarity is the Dice coefficient of character bigrams, over letters, digits and Han
 *    characters only, so that a changed comma does not make a paragraph look rewritten but a
 *    changed figure does.
 * 2. Paragraphs are paired in order where possible: the monotone pairing with the greatest total
 *    similarity (a weighted longest common subsequence), counting only pairs similar enough.
 * 3. A paragraph split in two (or two merged into one) is recognised next to a pairing: the
 *    unpaired neighbour lies almost wholly inside the other text's paragraph, and the two together
 *    are more similar to it than the one alone.
 * 4. Among what is left, pairs found out of order are moved paragraphs.
 * 5. What is still left was removed (older only) or added (newer only).
 */

export interface MatchParagraph {
  id: string;
  /** Plain text of the Chinese. */
  text: string;
  /** A heading never matches a paragraph, and the other way round. */
  kind?: string;
}

export type LinkKind = 'same' | 'changed' | 'added' | 'removed';

export interface ParagraphLink {
  kind: LinkKind;
  /** Ids in the older text: none (added), one, or two (two paragraphs merged into one). */
  older: string[];
  /** Ids in the newer text: none (removed), one, or two (a paragraph split in two). */
  newer: string[];
  /** Paired out of order: the paragraph stands elsewhere in the newer text. */
  moved: boolean;
  /** Dice similarity of the Chinese, 0–1 (0 for added and removed). */
  similarity: number;
}

export interface MatchOptions {
  /** Least similarity for a pairing in order. */
  inOrder?: number;
  /** Least similarity for a pairing out of order (a move): stricter, as it is less likely. */
  moved?: number;
  /** Least share of a split-off part's bigrams that must lie in the paragraph it came from. */
  splitContainment?: number;
}

const DEFAULTS: Required<MatchOptions> = { inOrder: 0.5, moved: 0.6, splitContainment: 0.7 };

type Bigrams = Map<string, number>;

/** Letters, digits and Han characters: what a reader would call the words of the paragraph. */
function significant(text: string): string[] {
  return [...text].filter((ch) => /[\p{L}\p{N}]/u.test(ch));
}

function bigrams(text: string): Bigrams {
  const chars = significant(text);
  const grams: Bigrams = new Map();
  // A one-character paragraph still has something to compare.
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

function size(grams: Bigrams): number {
  let n = 0;
  for (const c of grams.values()) n += c;
  return n;
}

function intersection(a: Bigrams, b: Bigrams): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [g, c] of small) n += Math.min(c, large.get(g) ?? 0);
  return n;
}

function dice(inter: number, sizeA: number, sizeB: number): number {
  if (sizeA + sizeB === 0) return 1;
  return (2 * inter) / (sizeA + sizeB);
}

/** Dice coefficient of the character bigrams of two Chinese texts, 0 (nothing shared) to 1. */
export function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  return dice(intersection(ga, gb), size(ga), size(gb));
}

interface Side {
  paragraphs: MatchParagraph[];
  grams: Bigrams[];
  sizes: number[];
}

function side(paragraphs: MatchParagraph[]): Side {
  const grams = paragraphs.map((p) => bigrams(p.text));
  return { paragraphs, grams, sizes: grams.map(size) };
}

/**
 * Bigram intersections of every older paragraph with every newer one, through an index of the
 * newer text's bigrams: pairs that share nothing cost nothing.
 */
function intersections(a: Side, b: Side): Int32Array {
  const m = b.paragraphs.length;
  const table = new Int32Array(a.paragraphs.length * m);
  const index = new Map<string, [number, number][]>();
  b.grams.forEach((grams, j) => {
    for (const [g, c] of grams) {
      const list = index.get(g);
      if (list) list.push([j, c]);
      else index.set(g, [[j, c]]);
    }
  });
  a.grams.forEach((grams, i) => {
    for (const [g, c] of grams) {
      for (const [j, cb] of index.get(g) ?? []) table[i * m + j]! += Math.min(c, cb);
    }
  });
  return table;
}

const sameKind = (x: MatchParagraph, y: MatchParagraph) => (x.kind ?? '') === (y.kind ?? '');

/** Indices of the in-order pairs with the greatest total similarity (each at least `least`). */
function alignInOrder(n: number, m: number, sim: (i: number, j: number) => number, least: number): [number, number][] {
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = Math.max(score[(i - 1) * width + j]!, score[i * width + j - 1]!);
      const s = sim(i - 1, j - 1);
      if (s >= least) best = Math.max(best, score[(i - 1) * width + j - 1]! + s);
      score[i * width + j] = best;
    }
  }
  const pairs: [number, number][] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = score[i * width + j]!;
    const s = sim(i - 1, j - 1);
    if (s >= least && here === score[(i - 1) * width + j - 1]! + s) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (here === score[(i - 1) * width + j]!) i--;
    else j--;
  }
  return pairs.reverse();
}

interface Link {
  older: number[];
  newer: number[];
  moved: boolean;
}

/** Matches the paragraphs of an older and a newer text; the links come in reading order. */
export function matchParagraphs(older: MatchParagraph[], newer: MatchParagraph[], options: MatchOptions = {}): ParagraphLink[] {
  const opts = { ...DEFAULTS, ...options };
  const a = side(older);
  const b = side(newer);
  const n = older.length;
  const m = newer.length;
  const inter = intersections(a, b);
  const sim = (i: number, j: number) => (sameKind(older[i]!, newer[j]!) ? dice(inter[i * m + j]!, a.sizes[i]!, b.sizes[j]!) : 0);

  const olderLink = new Array<Link | undefined>(n);
  const newerLink = new Array<Link | undefined>(m);
  const links: Link[] = [];
  const add = (link: Link) => {
    links.push(link);
    for (const i of link.older) olderLink[i] = link;
    for (const j of link.newer) newerLink[j] = link;
  };
  for (const [i, j] of alignInOrder(n, m, sim, opts.inOrder)) add({ older: [i], newer: [j], moved: false });

  // A split: the unpaired neighbour of a pairing lies inside the paragraph it was split from.
  const joined = (paragraphs: MatchParagraph[], ids: number[]) => ids.map((k) => paragraphs[k]!.text).join('');
  const trySplit = (link: Link, from: MatchParagraph[], into: Side, intoLink: (Link | undefined)[], containedIn: (k: number) => number, pairSim: (k: number) => number, own: 'older' | 'newer') => {
    const at = link[own][0]!;
    const whole = link[own === 'newer' ? 'older' : 'newer'][0]!;
    for (const k of [at + 1, at - 1]) {
      if (k < 0 || k >= into.paragraphs.length || intoLink[k] || !sameKind(into.paragraphs[k]!, into.paragraphs[at]!)) continue;
      if (into.sizes[k] === 0 || containedIn(k) / into.sizes[k]! < opts.splitContainment) continue;
      const parts = [at, k].sort((x, y) => x - y);
      const together = similarity(from[whole]!.text, joined(into.paragraphs, parts));
      if (together > pairSim(at)) {
        link[own] = parts;
        intoLink[k] = link;
        return;
      }
    }
  };
  for (const link of [...links]) {
    const [i, j] = [link.older[0]!, link.newer[0]!];
    trySplit(link, older, b, newerLink, (k) => inter[i * m + k]!, (k) => sim(i, k), 'newer');
    if (link.newer.length === 1) trySplit(link, newer, a, olderLink, (k) => inter[k * m + j]!, (k) => sim(k, j), 'older');
  }
  // A split whose parts are each too unlike the whole to have been paired in order.
  for (let i = 0; i < n; i++) {
    if (olderLink[i]) continue;
    for (let j = 0; j + 1 < m; j++) {
      if (newerLink[j] || newerLink[j + 1] || !sameKind(older[i]!, newer[j]!) || !sameKind(older[i]!, newer[j + 1]!)) continue;
      const inside = (k: number) => b.sizes[k]! > 0 && inter[i * m + k]! / b.sizes[k]! >= opts.splitContainment;
      if (inside(j) && inside(j + 1) && similarity(older[i]!.text, joined(newer, [j, j + 1])) >= opts.inOrder) {
        add({ older: [i], newer: [j, j + 1], moved: false });
        break;
      }
    }
  }

  // Moves: the most similar of the remaining pairs first.
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (olderLink[i]) continue;
    for (let j = 0; j < m; j++) {
      if (newerLink[j]) continue;
      const s = sim(i, j);
      if (s >= opts.moved) candidates.push([s, i, j]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of candidates) {
    if (olderLink[i] || newerLink[j]) continue;
    add({ older: [i], newer: [j], moved: true });
  }

  for (let i = 0; i < n; i++) if (!olderLink[i]) add({ older: [i], newer: [], moved: false });
  for (let j = 0; j < m; j++) if (!newerLink[j]) add({ older: [], newer: [j], moved: false });

  return inReadingOrder(links, olderLink).map((link) => describe(link, older, newer));
}

/**
 * The newer text's order, with each removed paragraph after the place its older neighbour went
 * to, and before what was added there: a reader walks through both texts at once.
 */
function inReadingOrder(links: Link[], olderLink: (Link | undefined)[]): Link[] {
  const key = (link: Link): [number, number, number] => {
    if (link.newer.length) return [Math.min(...link.newer), 0, 0];
    const i = link.older[0]!;
    for (let k = i - 1; k >= 0; k--) {
      const before = olderLink[k];
      if (before && before.newer.length && !before.moved) return [Math.max(...before.newer), 1, i];
    }
    return [-1, 1, i];
  };
  const keyed = links.map((link) => ({ link, key: key(link) }));
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return keyed.map((k) => k.link);
}

function describe(link: Link, older: MatchParagraph[], newer: MatchParagraph[]): ParagraphLink {
  const olderIds = link.older.map((i) => older[i]!.id);
  const newerIds = link.newer.map((j) => newer[j]!.id);
  if (!link.newer.length) return { kind: 'removed', older: olderIds, newer: [], moved: false, similarity: 0 };
  if (!link.older.length) return { kind: 'added', older: [], newer: newerIds, moved: false, similarity: 0 };
  const a = link.older.map((i) => older[i]!.text).join('');
  const b = link.newer.map((j) => newer[j]!.text).join('');
  const same = link.older.length === 1 && link.newer.length === 1 && a.trim() === b.trim();
  return { kind: same ? 'same' : 'changed', older: olderIds, newer: newerIds, moved: link.moved, similarity: same ? 1 : similarity(a, b) };
}
