/**
 * Pairs the paragraphs of a Chinese report with the lines of its English translation, which an
 * official translation does not keep one to one: it sets a list as separate lines, splits a long
 * paragraph, merges short ones. Gale–Church over lengths, with the ratio taken from the two texts
 * themselves (it differs from report to report), and anchors: headings pair with headings and
 * their numbers agree, numbered items and salutations likewise, figures with the same figures.
 * Doubtful groups carry a short reason for the person who checks them.
 */
import { alignedLength, deviationCost, lengthDeviation, prefixSums, type LengthModel } from './gale-church.ts';
import { Anchors, figureAnchors } from './anchors.ts';
import { alignMonotone, type Link, type Shape } from './monotone.ts';
import { chineseNumber, NUMBER_WORDS, ORDINAL_WORDS, romanNumber } from './numbering.ts';

export interface ParagraphInput {
  text: string;
  /** A part or section heading line (the caller knows it from the report's structure). */
  heading?: boolean;
}

/** Consecutive 0-based indices; the English side is empty only when no English line fits. */
export interface ParagraphGroup {
  zh: number[];
  en: number[];
  /** Why a person should look at this group; absent when the choice is clear. */
  unsure?: string;
}

export interface ParagraphModel {
  /** Gale–Church s² (English letters per Chinese character of length). */
  variance?: number;
  /** Paragraphs also differ in ratio as a whole: a spread proportional to the length. */
  relativeSpread?: number;
  /** What a figure on one side of a group only costs (nats), before rarity. */
  figureWeight?: number;
  /** A group whose best alternative costs less than this much more (nats) is unsure. */
  doubtMargin?: number;
  /** Half-width of the band of the dynamic programme around the diagonal, in lines. */
  band?: number;
}

// Whole paragraphs rarely stray far from the ratio: a paragraph whose English is missing must
// not pass for half of a merged pair, so the wide component of the length model is small.
const DEFAULTS = { variance: 60, relativeSpread: 0.12, outliers: 0.02, figureWeight: 3, doubtMargin: 2 };

/** A list can set this many items as lines of their own. */
const MAX_LINES = 24;

/** Lengths this many nats from the ratio are never a translation; their anchors need no reading. */
const HOPELESS = 25;

/** A mark at the start of a paragraph that the translation keeps: a numbered heading or item, a salutation. */
interface Marker {
  kind: 'part' | 'section' | 'item' | 'dash' | 'salutation' | 'none';
  n: number;
}

interface Described {
  /** The text as a reader sees it begin (leading Markdown marks removed). */
  text: string;
  marker: Marker;
  /** A heading, or a line that reads like one: short, without a sentence's final punctuation. */
  headingLike: boolean;
}

/**
 * Groups covering every Chinese and every English index once, in order. An English line with no
 * Chinese match joins a neighbouring group (the alignment has no English-only group); a Chinese
 * paragraph is left without English only when no line fits.
 */
export function alignParagraphs(zh: readonly ParagraphInput[], en: readonly ParagraphInput[], model: ParagraphModel = {}): ParagraphGroup[] {
  if (zh.length === 0) {
    if (en.length === 0) return [];
    throw new RangeError(`${en.length} English lines but no Chinese paragraph to pair them with`);
  }
  const zhInfo = zh.map((p) => describe(p, 'zh'));
  const enInfo = en.map((p) => describe(p, 'en'));
  const zhLengths = prefixSums(zh.map((p) => alignedLength(p.text)));
  const enLengths = prefixSums(en.map((p) => alignedLength(p.text)));
  const lengthModel: LengthModel = {
    ratio: Math.max(0.1, enLengths[en.length]! / Math.max(1, zhLengths[zh.length]!)),
    variance: model.variance ?? DEFAULTS.variance,
    relativeSpread: model.relativeSpread ?? DEFAULTS.relativeSpread,
    outliers: DEFAULTS.outliers,
  };
  const figures = figureAnchors(
    zh.map((p) => p.text),
    en.map((p) => p.text),
  );
  const anchors = new Anchors(figures.zh, figures.en, model.figureWeight ?? DEFAULTS.figureWeight);
  // An English list of k items is one Chinese paragraph against k + 1 lines.
  const widest = Math.max(MAX_LINES, Math.ceil(en.length / zh.length) + 2);
  const shapes: Shape[] = [{ zh: 1, en: 0 }];
  for (let k = 1; k <= widest; k++) shapes.push({ zh: 1, en: k });
  for (let k = 2; k <= 4; k++) shapes.push({ zh: k, en: 1 });

  const priors = shapes.map((s) => shapePrior(s.zh, s.en));
  const priorOf = (a: number, b: number) => priors[b === 0 ? 0 : a === 1 ? b : widest + a - 1]!;
  const deviation = (i: number, a: number, j: number, b: number) =>
    lengthDeviation(zhLengths[i + a]! - zhLengths[i]!, enLengths[j + b]! - enLengths[j]!, lengthModel);
  const { links } = alignMonotone({
    zhCount: zh.length,
    enCount: en.length,
    shapes,
    cost: (i, a, j, b) => {
      const prior = priorOf(a, b);
      if (b === 0) return prior + anchors.cost(i, a, j, 0);
      const length = deviationCost(deviation(i, a, j, b), lengthModel.outliers);
      if (length > HOPELESS) return prior + length;
      return prior + length + markerCost(zhInfo, i, a, enInfo, j, b) + anchors.cost(i, a, j, b);
    },
    band: model.band ?? Math.max(40, Math.ceil(0.1 * Math.max(zh.length, en.length)), Math.abs(en.length - zh.length) + 20),
  });

  const doubtMargin = model.doubtMargin ?? DEFAULTS.doubtMargin;
  return links.map((l) => {
    const group: ParagraphGroup = { zh: indices(l.zhStart, l.zhCount), en: indices(l.enStart, l.enCount) };
    const reasons = l.enCount === 0 ? ['no English line fits this paragraph'] : doubts(l, { deviation, zhInfo, enInfo, anchors, ratio: lengthModel.ratio, zhLengths, enLengths });
    if (l.enCount > 0 && l.margin < doubtMargin) reasons.push(`another grouping is almost as likely (it costs ${l.margin.toFixed(1)} more)`);
    if (reasons.length > 0) group.unsure = reasons.join('; ');
    return group;
  });
}

/** −log prior of each shape: one to one dominates; a Chinese paragraph left without English is a last resort. */
function shapePrior(zh: number, en: number): number {
  if (en === 0) return 8;
  if (zh === 1 && en === 1) return -Math.log(0.85);
  if (zh === 1) return -Math.log(en === 2 ? 0.05 : 0.03 * 0.8 ** (en - 3));
  return -Math.log(zh === 2 ? 0.03 : 0.01 * 0.3 ** (zh - 3));
}

/** What the paragraphs' own marks (numbered headings and items, salutations) say about a group. */
function markerCost(zh: readonly Described[], i: number, a: number, en: readonly Described[], j: number, b: number): number {
  if (a === 1 && b === 1) return pairCost(zh[i]!, en[j]!);
  // Headings and salutations stand on their own line in both languages.
  let cost = 0;
  for (let k = i; k < i + a; k++) {
    if (standsAlone(zh[k]!)) cost += a > 1 ? 6 : 4;
    if (zh[k]!.headingLike) cost += 2;
  }
  for (let k = j; k < j + b; k++) if (standsAlone(en[k]!)) cost += 4;
  // Differently numbered sections or items are not translated as one line.
  let numbered = 0;
  for (let k = i; k < i + a; k++) if (zh[k]!.marker.kind === 'section' || zh[k]!.marker.kind === 'item') numbered++;
  if (numbered > 1) cost += 3 * (numbered - 1);
  // Lines after the first continue the paragraph or list its items; a new numbered section or
  // item does not, unless the Chinese is itself the list.
  for (let k = j + 1; k < j + b; k++) if (en[k]!.marker.kind === 'section') cost += 3;
  return cost;
}

function standsAlone(d: Described): boolean {
  return d.marker.kind === 'part' || d.marker.kind === 'salutation';
}

function pairCost(z: Described, e: Described): number {
  let cost = 0;
  const zk = z.marker.kind;
  const ek = e.marker.kind;
  if (zk === 'part' || ek === 'part') {
    // Translations keep the number of a part heading (一、 is "I."): a part heading without its
    // number on the other side is most likely another line.
    cost += zk === ek && z.marker.n === e.marker.n ? -4 : 4;
  } else if (zk === 'salutation' || ek === 'salutation') {
    cost += zk === ek ? -3 : 3;
  } else if (zk === 'dash' || ek === 'dash') {
    // Many translations drop the dash, so only its presence on both sides says something.
    if (zk === ek) cost -= 1;
  } else if (zk !== 'none' && zk === ek) {
    cost += z.marker.n === e.marker.n ? -2 : 2;
  }
  if (z.headingLike !== e.headingLike) cost += 1;
  else if (z.headingLike) cost -= 1;
  return cost;
}

/**
 * The reasons a person should check a group, in plain words. English lines are numbered from 1
 * in the order given.
 */
function doubts(
  l: Link,
  c: {
    deviation: (i: number, a: number, j: number, b: number) => number;
    zhInfo: readonly Described[];
    enInfo: readonly Described[];
    anchors: Anchors;
    ratio: number;
    zhLengths: readonly number[];
    enLengths: readonly number[];
  },
): string[] {
  const reasons: string[] = [];
  const fit = (from: number, to: number) => Math.abs(c.deviation(l.zhStart, l.zhCount, from, to - from));
  const enEnd = l.enStart + l.enCount;
  const whole = fit(l.enStart, enEnd);
  const zhFigures = c.anchors.tokens('zh', l.zhStart, l.zhCount);
  const sharesFigure = (k: number) => [...c.anchors.tokens('en', k, 1)].some((t) => zhFigures.has(t));

  if (l.zhCount > 1 && c.zhInfo.slice(l.zhStart, l.zhStart + l.zhCount).some(standsAlone)) {
    reasons.push('a heading or salutation grouped with other paragraphs');
  } else if (l.zhCount > 1) {
    // A merge is doubtful when one of its Chinese paragraphs alone fits the English about as
    // well: the other may be one whose English is missing.
    const alone = Math.min(...indices(l.zhStart, l.zhCount).map((i) => Math.abs(c.deviation(i, 1, l.enStart, l.enCount))));
    if (alone < whole + 1) reasons.push(`English line ${l.enStart + 1} may translate only one of these ${l.zhCount} paragraphs`);
  }
  // A line of a split paragraph carries part of its length; a line the group's length does as
  // well without (and that holds none of its figures) may be one with no Chinese match.
  let extra: string | undefined;
  const isList = l.enCount >= 3 && (/[:：]$/.test(c.enInfo[l.enStart]!.text) || c.enInfo.slice(l.enStart + 1, enEnd).every((d) => d.headingLike));
  if (l.zhCount === 1 && l.enCount >= 2 && !isList) {
    // The first line is the paragraph's own when it begins as the Chinese does (a dash, a number).
    const zhMarker = c.zhInfo[l.zhStart]!.marker;
    const enMarker = c.enInfo[l.enStart]!.marker;
    const opensAlike = zhMarker.kind !== 'none' && zhMarker.kind === enMarker.kind && zhMarker.n === enMarker.n;
    if (!sharesFigure(enEnd - 1) && fit(l.enStart, enEnd - 1) < whole + 1) extra = `English line ${enEnd} may have no Chinese match (attached to the paragraph before it)`;
    else if (!opensAlike && !sharesFigure(l.enStart) && fit(l.enStart + 1, enEnd) < whole + 1) extra = `English line ${l.enStart + 1} may have no Chinese match (attached to the paragraph after it)`;
  }
  if (extra) reasons.push(extra);
  else if (whole > 2.5) {
    const zhLength = c.zhLengths[l.zhStart + l.zhCount]! - c.zhLengths[l.zhStart]!;
    const enLength = c.enLengths[enEnd]! - c.enLengths[l.enStart]!;
    reasons.push(`length ratio ${(enLength / Math.max(1, zhLength)).toFixed(1)} far from the text's ${c.ratio.toFixed(1)}`);
  }
  const enFigures = c.anchors.tokens('en', l.enStart, l.enCount);
  if (zhFigures.size > 0 && ![...zhFigures].some((t) => enFigures.has(t))) reasons.push('no figure in common');
  return reasons;
}

function describe(p: ParagraphInput, lang: 'zh' | 'en'): Described {
  // How a reader sees the paragraph begin: without leading Markdown marks (#, **, escapes).
  const text = p.text.replace(/^(?:#{1,6}\s+|\*\*|\\)+/, '').trim();
  const none: Marker = { kind: 'none', n: 0 };
  if (lang === 'zh') {
    const length = [...text.replace(/\s/g, '')].length;
    const short = length <= 40 && !/[。；！？]/.test(text);
    const part = /^([一二三四五六七八九十]+)、/.exec(text);
    const section = /^（([一二三四五六七八九十]+)）/.exec(text);
    const item = /^(?:(\d{1,2})[.．、]|（(\d{1,2})）|([一二三四五六七八九十])是|第([一二三四五六七八九十])[，、])/.exec(text);
    let marker = none;
    if (part && (short || p.heading)) marker = { kind: 'part', n: chineseNumber(part[1]!) };
    else if (section) marker = { kind: 'section', n: chineseNumber(section[1]!) };
    else if (item) marker = { kind: 'item', n: item[1] || item[2] ? Number(item[1] ?? item[2]) : chineseNumber((item[3] ?? item[4])!) };
    else if (/^(?:——|－－)/.test(text)) marker = { kind: 'dash', n: 0 };
    else if (length <= 10 && /[！：]$/.test(text)) marker = { kind: 'salutation', n: 0 };
    const headingLike = p.heading === true || marker.kind === 'part' || (short && !/[，：、！？。]$/.test(text));
    return { text, marker, headingLike };
  }
  const words = text.split(/\s+/).length;
  const part = /^(?:Part\s+)?([IVXLC]+)(?:\s*[.．:]\s*|\s+(?=[A-Z]))/.exec(text) ?? /^Part\s+(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b/i.exec(text);
  const section = /^\((\d{1,2}|[ivx]+)\)/.exec(text);
  const item = /^(?:(\d{1,2})[.)]\s|(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?,)/i.exec(text);
  let marker = none;
  if (part) marker = { kind: 'part', n: /^[IVXLC]+$/.test(part[1]!) ? romanNumber(part[1]!) : NUMBER_WORDS.indexOf(part[1]!.toLowerCase()) + 1 };
  else if (section) marker = { kind: 'section', n: /\d/.test(section[1]!) ? Number(section[1]) : romanNumber(section[1]!.toUpperCase()) };
  else if (item) marker = { kind: 'item', n: item[1] ? Number(item[1]) : ORDINAL_WORDS.indexOf(item[2]!.toLowerCase()) + 1 };
  else if (/^[—–]/.test(text)) marker = { kind: 'dash', n: 0 };
  else if (words <= 4 && /[,:!]$/.test(text)) marker = { kind: 'salutation', n: 0 };
  const headingLike = p.heading === true || marker.kind === 'part' || (words <= 25 && !/[.!?;:,]["”’)\]*]*$/.test(text));
  return { text, marker, headingLike };
}

function indices(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}
