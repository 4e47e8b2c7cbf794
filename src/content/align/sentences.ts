/**
 * Drafts the sentence alignment of one paragraph pair (the groups of texts/<slug>/alignment.yaml)
 * from the sentences src/content/sentences.ts `splitSentences` gives. Gale–Church: each group's
 * English length should be the paragraph's ratio times its Chinese length; shapes other than one
 * to one cost a prior; figures, numbered points and glossary terms that both sides hold pull
 * their sentences together. A person checks the groups marked unsure.
 */
import { alignedLength, lengthCost, lengthDeviation, prefixSums, type LengthModel } from './gale-church.ts';
import { Anchors, figureAnchors, ordinalTokens } from './anchors.ts';
import { alignMonotone, type Shape } from './monotone.ts';

/** One drafted group: sentence numbers (1-based, consecutive) on each side. */
export interface SentenceGroupDraft {
  zh: number[];
  en: number[];
  unsure: boolean;
}

/** Per sentence, the tokens the caller found in it (glossary terms: "term:liu-wen"). */
export interface SentenceAnchors {
  zh: readonly (readonly string[])[];
  en: readonly (readonly string[])[];
}

/** How often each shape ("Chinese:English") occurs; shapes not listed fall back to a small value. */
export type ShapePriors = Record<string, number>;

/**
 * Official translations split a long Chinese sentence (one with ； or many clauses) into two or
 * three English ones far more often than they merge; one to one still dominates.
 */
export const SENTENCE_PRIORS: ShapePriors = {
  '1:1': 0.78,
  '1:2': 0.1,
  '2:1': 0.05,
  '2:2': 0.015,
  '1:3': 0.03,
  '3:1': 0.01,
  '1:4': 0.008,
  '4:1': 0.003,
  '2:3': 0.0015,
  '3:2': 0.001,
};

export interface SentenceModel {
  /** English length per Chinese length (letters, digits, Han); default: this paragraph's own. */
  ratio?: number;
  /** Gale–Church s² in these units; estimateSentenceModel measures it on a whole text. */
  variance?: number;
  /** A spread proportional to the length (a translator's ratio drifting within a paragraph). */
  relativeSpread?: number;
  priors?: ShapePriors;
  /** A group whose best alternative costs less than this much more (nats) is unsure. */
  doubtMargin?: number;
  /** What a figure, numbered point or term on one side of a group only costs (nats), before rarity. */
  anchorWeight?: number;
  /** What each sentence beyond the other side's number of clauses costs (nats). */
  clauseCost?: number;
}

/**
 * The spread when the text's own is not measured: between the two translations measured, a close
 * one (43) and an official, freer one (93).
 */
export const SENTENCE_VARIANCE = 60;

const DEFAULTS = { variance: SENTENCE_VARIANCE, relativeSpread: 0, doubtMargin: 1.5, anchorWeight: 4, clauseCost: 1 };

/** A long Chinese sentence of clauses (，；) can become this many English sentences. */
const MAX_SPLIT = 8;
const MAX_MERGE = 4;

/**
 * Groups covering every sentence once, in order, each with at least one sentence on both sides.
 * `anchors` gives, per sentence, tokens the caller found (e.g. "term:liu-wen"); equal tokens on
 * the two sides pull their sentences into one group. For a whole text, pass the model that
 * estimateSentenceModel measured on it.
 */
export function alignSentences(
  zh: readonly string[],
  en: readonly string[],
  anchors?: SentenceAnchors,
  model: SentenceModel = {},
): SentenceGroupDraft[] {
  if (zh.length === 0 || en.length === 0) throw new RangeError(`a paragraph pair needs a sentence on each side (it has ${zh.length} Chinese and ${en.length} English)`);
  if (zh.length === 1 || en.length === 1) return [{ zh: numbers(0, zh.length), en: numbers(0, en.length), unsure: false }];

  const zhLengths = prefixSums(zh.map(alignedLength));
  const enLengths = prefixSums(en.map(alignedLength));
  const lengthModel: LengthModel = {
    ratio: model.ratio ?? Math.max(0.1, enLengths[en.length]! / Math.max(1, zhLengths[zh.length]!)),
    variance: model.variance ?? DEFAULTS.variance,
    relativeSpread: model.relativeSpread ?? DEFAULTS.relativeSpread,
  };
  const figures = figureAnchors(zh, en);
  const anchorIndex = new Anchors(
    zh.map((s, k) => [...figures.zh[k]!, ...ordinalTokens(s, 'zh'), ...(anchors?.zh[k] ?? [])]),
    en.map((s, k) => [...figures.en[k]!, ...ordinalTokens(s, 'en'), ...(anchors?.en[k] ?? [])]),
    model.anchorWeight ?? DEFAULTS.anchorWeight,
  );
  // A sentence translates at least a clause: a Chinese sentence of two clauses rarely becomes
  // three English sentences, nor an English sentence without a comma two Chinese ones.
  const zhClauses = prefixSums(zh.map((s) => 1 + (s.match(/[，；：]/g)?.length ?? 0)));
  const enClauses = prefixSums(en.map((s) => 1 + (s.match(/[,;:]/g)?.length ?? 0)));
  const clauseCost = model.clauseCost ?? DEFAULTS.clauseCost;
  const priors = model.priors ?? SENTENCE_PRIORS;
  const shapes = sentenceShapes(zh.length, en.length, priors);
  const priorCost = shapes.map((s) => -Math.log(priorOf(priors, s)));
  const shapeIndex = new Map(shapes.map((s, k) => [`${s.zh}:${s.en}`, k]));

  const deviation = (i: number, a: number, j: number, b: number) =>
    lengthDeviation(zhLengths[i + a]! - zhLengths[i]!, enLengths[j + b]! - enLengths[j]!, lengthModel);
  const { links } = alignMonotone({
    zhCount: zh.length,
    enCount: en.length,
    shapes,
    cost: (i, a, j, b) => {
      const tooFewClauses = Math.max(0, b - (zhClauses[i + a]! - zhClauses[i]!)) + Math.max(0, a - (enClauses[j + b]! - enClauses[j]!));
      return (
        priorCost[shapeIndex.get(`${a}:${b}`)!]! +
        lengthCost(zhLengths[i + a]! - zhLengths[i]!, enLengths[j + b]! - enLengths[j]!, lengthModel) +
        clauseCost * tooFewClauses +
        anchorIndex.cost(i, a, j, b)
      );
    },
  });

  const doubtMargin = model.doubtMargin ?? DEFAULTS.doubtMargin;
  return links.map((l) => {
    const improbable = Math.abs(deviation(l.zhStart, l.zhCount, l.enStart, l.enCount)) > 2.5;
    const unanchored = anchorIndex.cost(l.zhStart, l.zhCount, l.enStart, l.enCount) > 0;
    return {
      zh: numbers(l.zhStart, l.zhCount),
      en: numbers(l.enStart, l.enCount),
      unsure: l.margin < doubtMargin || improbable || unanchored,
    };
  });
}

/** A paragraph pair's sentences, with the anchors (glossary terms) the caller found per sentence. */
export interface SentencePair {
  zh: readonly string[];
  en: readonly string[];
  anchors?: SentenceAnchors;
}

/**
 * Every paragraph pair of one text, with the length spread measured on the text itself (unless
 * `model` gives one): what the import does once per report.
 */
export function alignTextSentences(pairs: readonly SentencePair[], model: SentenceModel = {}): SentenceGroupDraft[][] {
  const measured = model.variance === undefined ? { ...estimateSentenceModel(pairs), ...model } : model;
  return pairs.map((p) => alignSentences(p.zh, p.en, p.anchors, measured));
}

/**
 * The length spread of one text's translation, for every alignSentences call on that text: a
 * close translation (each sentence about the ratio times its original) can be held to lengths
 * tightly, a free one cannot. Measured on the paragraphs with as many English sentences as
 * Chinese, paired in order (nearly always one to one, so no alignment is assumed), from the lower
 * quartile of the squared deviations — a paragraph that is not one to one after all gives only
 * large ones — and scaled up by TEMPERING: the normal model overstates what a length proves, and
 * a looser one lets the priors and the anchors speak. On a close and on a free translation alike
 * the best spread was 4 to 5 times the measured one.
 */
export function estimateSentenceModel(paragraphs: readonly { zh: readonly string[]; en: readonly string[] }[]): SentenceModel {
  const deviations: number[] = [];
  for (const p of paragraphs) {
    if (p.zh.length !== p.en.length || p.zh.length < 2) continue;
    const zh = p.zh.map(alignedLength);
    const en = p.en.map(alignedLength);
    const ratio = sum(en) / Math.max(1, sum(zh));
    zh.forEach((z, k) => {
      const e = en[k]!;
      deviations.push((e - ratio * z) ** 2 / Math.max(1, (z + e / ratio) / 2));
    });
  }
  if (deviations.length < 12) return {};
  deviations.sort((a, b) => a - b);
  // For a normal deviation, the lower quartile of its square is 0.1015 times the variance.
  const variance = deviations[Math.floor(deviations.length / 4)]! / 0.1015;
  return { variance: Math.min(200, Math.max(20, TEMPERING * variance)) };
}

const TEMPERING = 4.5;

/** "1=1 2=2+3": the form texts/<slug>/alignment.yaml stores and src/content/sentences.ts reads. */
export function formatAlignment(groups: readonly SentenceGroupDraft[]): string {
  return groups.map((g) => `${g.zh.join('+')}=${g.en.join('+')}`).join(' ');
}

function numbers(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k + 1);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function priorOf(priors: ShapePriors, s: Shape): number {
  const listed = priors[`${s.zh}:${s.en}`];
  if (listed !== undefined) return listed;
  // Beyond the listed shapes each further sentence makes a group rarer by the same factor.
  if (s.zh === 1) return (priors['1:4'] ?? 0.008) * 0.4 ** (s.en - 4);
  if (s.en === 1) return (priors['4:1'] ?? 0.003) * 0.3 ** (s.zh - 4);
  return 1e-4 * 0.3 ** (s.zh + s.en - 2);
}

/**
 * The listed shapes, plus 1:k and k:1 up to MAX_SPLIT and MAX_MERGE, and wider still when needed
 * so that n sentences always have an alignment with m (every group needs one on both sides).
 */
function sentenceShapes(n: number, m: number, priors: ShapePriors): Shape[] {
  const shapes = new Map<string, Shape>();
  for (const key of Object.keys(priors)) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    if (a >= 1 && b >= 1) shapes.set(key, { zh: a, en: b });
  }
  for (let k = 2; k <= Math.max(MAX_SPLIT, Math.ceil(m / n) + 1); k++) shapes.set(`1:${k}`, { zh: 1, en: k });
  for (let k = 2; k <= Math.max(MAX_MERGE, Math.ceil(n / m) + 1); k++) shapes.set(`${k}:1`, { zh: k, en: 1 });
  return [...shapes.values()];
}
