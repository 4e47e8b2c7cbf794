/**
 * How well a drafted sentence alignment finds a checked one. A boundary between two consecutive
 * units of a paragraph is the pair (Chinese length before it, English length before it), lengths
 * counting letters, digits and Han only so that typography does not matter. Precision: drafted
 * boundaries that are checked boundaries. Recall: checked boundaries that fall on sentence ends
 * of the splitter in both languages (the only ones an aligner of its sentences can draw) and were
 * drafted.
 */
import { splitSentences } from '../annotate/sentences.ts';
import { alignedLength } from './gale-church.ts';

/** A translation unit: Chinese and English text. A paragraph is its units in order. */
export type Unit = readonly [zh: string, en: string];

export interface BoundaryScores {
  precision: number;
  recall: number;
  f1: number;
  /** Boundaries of the checked alignment, and those of them the splitter can reach. */
  checked: number;
  reachable: number;
  drafted: number;
  /** Drafted boundaries that are checked boundaries. */
  correct: number;
  /** Reachable checked boundaries that were drafted. */
  found: number;
}

export type Splitter = (text: string, lang: 'zh' | 'en') => string[];

/**
 * Scores over all paragraphs together (each boundary counts once, wherever it is). `truth` and
 * `drafted` list the same paragraphs in the same order; the splitter defaults to the project's.
 */
export function boundaryScores(truth: readonly (readonly Unit[])[], drafted: readonly (readonly Unit[])[], split: Splitter = splitSentences): BoundaryScores {
  if (truth.length !== drafted.length) throw new RangeError(`${truth.length} checked paragraphs but ${drafted.length} drafted`);
  let checked = 0;
  let reachable = 0;
  let draftedCount = 0;
  let correct = 0;
  let found = 0;
  truth.forEach((units, p) => {
    const checkedHere = boundaries(units);
    const draftedHere = boundaries(drafted[p]!);
    const zhEnds = ends(split(units.map((u) => u[0]).join(''), 'zh'));
    const enEnds = ends(split(units.map((u) => u[1]).join(' '), 'en'));
    checked += checkedHere.size;
    draftedCount += draftedHere.size;
    for (const b of draftedHere) if (checkedHere.has(b)) correct++;
    for (const b of checkedHere) {
      const [z, e] = b.split(':').map(Number) as [number, number];
      if (!zhEnds.has(z) || !enEnds.has(e)) continue;
      reachable++;
      if (draftedHere.has(b)) found++;
    }
  });
  const precision = draftedCount === 0 ? 1 : correct / draftedCount;
  const recall = reachable === 0 ? 1 : found / reachable;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, checked, reachable, drafted: draftedCount, correct, found };
}

/** The units of a paragraph from its sentences and sentence groups (1-based numbers). */
export function groupUnits(zh: readonly string[], en: readonly string[], groups: readonly { zh: readonly number[]; en: readonly number[] }[]): Unit[] {
  return groups.map((g) => [g.zh.map((n) => zh[n - 1]!).join(''), g.en.map((n) => en[n - 1]!).join(' ')] as const);
}

function boundaries(units: readonly Unit[]): Set<string> {
  const found = new Set<string>();
  let zh = 0;
  let en = 0;
  for (let k = 0; k + 1 < units.length; k++) {
    zh += alignedLength(units[k]![0]);
    en += alignedLength(units[k]![1]);
    found.add(`${zh}:${en}`);
  }
  return found;
}

function ends(sentences: readonly string[]): Set<number> {
  const found = new Set<number>();
  let at = 0;
  for (const s of sentences) found.add((at += alignedLength(s)));
  return found;
}
