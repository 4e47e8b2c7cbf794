import type { Occurrence } from './terms.ts';

/**
 * The glossary's uses grouped once per list of occurrences: by text, then by entry, and counted.
 * Pages that ask "the uses of this entry in this text" or "how often is this entry used" look here
 * instead of scanning every occurrence of the library (100 texts have about 50,000).
 */
export interface OccurrenceIndex {
  /** slug -> entry id -> its uses in that text, in reading order. */
  bySlug: Map<string, Map<string, Occurrence[]>>;
  /** entry id -> uses in the whole library. */
  counts: Map<string, number>;
}

const indexes = new WeakMap<readonly Occurrence[], OccurrenceIndex>();

export function occurrenceIndex(occurrences: readonly Occurrence[]): OccurrenceIndex {
  let index = indexes.get(occurrences);
  // The annotator appends while texts are loaded; an index made before the last text is made again.
  if (index && sizeOf(index) === occurrences.length) return index;
  index = { bySlug: new Map(), counts: new Map() };
  for (const o of occurrences) {
    let text = index.bySlug.get(o.slug);
    if (!text) index.bySlug.set(o.slug, (text = new Map()));
    const list = text.get(o.entry);
    if (list) list.push(o);
    else text.set(o.entry, [o]);
    index.counts.set(o.entry, (index.counts.get(o.entry) ?? 0) + 1);
  }
  indexes.set(occurrences, index);
  return index;
}

function sizeOf(index: OccurrenceIndex): number {
  let n = 0;
  for (const count of index.counts.values()) n += count;
  return n;
}

/** The uses of each entry in one text, counted. */
export function countsIn(occurrences: readonly Occurrence[], slug: string): Map<string, number> {
  const text = occurrenceIndex(occurrences).bySlug.get(slug) ?? new Map<string, Occurrence[]>();
  return new Map([...text].map(([entry, list]) => [entry, list.length]));
}

/** The uses of one entry in one text. */
export function usesOf(occurrences: readonly Occurrence[], slug: string, entry: string): Occurrence[] {
  return occurrenceIndex(occurrences).bySlug.get(slug)?.get(entry) ?? [];
}
