/**
 * The length model both aligners share (Gale & Church, "A program for aligning sentences in
 * bilingual corpora", 1993): a translation's length is about `ratio` times the original's, with a
 * spread that grows with the length; a candidate pairing costs the negative log of the
 * probability of a deviation at least as large as the one observed.
 */

/** Letters, digits and Han characters: what both aligners (and the measure) count as length, so
 * that punctuation, Markdown marks and spacing do not weigh. */
export function alignedLength(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** Running totals before each value and after the last: values [i, j) add up to at[j] − at[i]. */
export function prefixSums(values: readonly number[]): number[] {
  const at = [0];
  for (const v of values) at.push(at.at(-1)! + v);
  return at;
}

export interface LengthModel {
  /** English length per Chinese length. */
  ratio: number;
  /** Variance of the English length per unit of length (Gale–Church's s²). */
  variance: number;
  /** A spread proportional to the length itself: paragraphs differ in ratio as a whole. */
  relativeSpread?: number;
  /** The share of pairs whose deviation comes from a normal three times as wide (default 0.1). */
  outliers?: number;
}

/** How far an English length is from what the Chinese length predicts, in standard deviations. */
export function lengthDeviation(zhLength: number, enLength: number, model: LengthModel): number {
  // Gale–Church take the source length as the scale; the mean of both (in Chinese units) keeps a
  // nearly empty side from making any deviation look enormous.
  const scale = Math.max(1, (zhLength + enLength / model.ratio) / 2);
  const spread = model.relativeSpread ?? 0;
  const variance = model.variance * scale + (spread * model.ratio * scale) ** 2;
  return (enLength - model.ratio * zhLength) / Math.sqrt(variance);
}

/**
 * −log P(|Z| ≥ |deviation|), finite however large the deviation. Z is mostly a standard normal,
 * but a translator sometimes spells out what the original only names ("放管服" becomes a
 * twelve-word phrase): a small share of deviations come from a normal three times as wide, so one
 * such sentence is not forced into a group with its neighbours.
 */
export function deviationCost(deviation: number, outliers = OUTLIERS): number {
  const x = Math.abs(deviation) / Math.SQRT2;
  const narrow = Math.log(1 - outliers) + logErfc(x);
  const wide = Math.log(outliers) + logErfc(x / OUTLIER_WIDTH);
  const top = Math.max(narrow, wide);
  return -(top + Math.log(Math.exp(narrow - top) + Math.exp(wide - top)));
}

const OUTLIERS = 0.1;
const OUTLIER_WIDTH = 3;

/** The cost of pairing these lengths under the model. */
export function lengthCost(zhLength: number, enLength: number, model: LengthModel): number {
  return deviationCost(lengthDeviation(zhLength, enLength, model), model.outliers);
}

/**
 * log erfc(z) for z ≥ 0, from the Chebyshev fit in Numerical Recipes (fractional error below
 * 1.2e-7), taken in log form so that large z does not underflow to log(0).
 */
function logErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + poly;
}
