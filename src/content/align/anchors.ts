/**
 * Anchors: marks that a unit of the Chinese and a unit of the English share (a figure, a numbered
 * item, a glossary term), as tokens. Two units that hold the same rare token belong together; an
 * aligner charges every token a group holds on one side and not on the other.
 */
import { chineseNumber, ORDINAL_WORDS } from './numbering.ts';
import { readChineseFigures, readEnglishFigures, sameFigure, type EnglishFigure, type Figure } from '../annotate/figure-reader.ts';

/**
 * Figures of each unit as tokens: one per distinct Chinese figure, and on an English unit the
 * token of every Chinese figure one of its figures says (the figure reader's sameFigure), so that
 * 463.3亿元 meets "46.33 billion yuan" and 8000万亩 meets "5.33 million hectares". Small counts,
 * ranks and months are marked weak: "one", "first" and "May" are words as often as figures.
 */
export function figureAnchors(zh: readonly string[], en: readonly string[]): { zh: string[][]; en: string[][] } {
  const chinese = new Map<string, Figure>();
  const zhTokens = zh.map((text) => {
    const tokens = new Set<string>();
    for (const f of readChineseFigures(text)) {
      const token = `${isWeak(f) ? WEAK_FIGURE : 'fig:'}${f.kind}:${f.values.join('/')}:${f.unit ?? ''}`;
      chinese.set(token, f);
      tokens.add(token);
    }
    return [...tokens];
  });
  const said = new Map<string, string[]>();
  const tokensOf = (f: EnglishFigure) => {
    const key = `${f.kind}:${f.values.join('/')}:${f.unit ?? ''}:${f.date?.year ?? ''}-${f.date?.month ?? ''}-${f.date?.day ?? ''}`;
    let tokens = said.get(key);
    if (!tokens) {
      tokens = [...chinese].filter(([, z]) => sameFigure(z, f)).map(([token]) => token);
      said.set(key, tokens);
    }
    return tokens;
  };
  const enTokens = en.map((text) => [...new Set(readEnglishFigures(text).flatMap(tokensOf))]);
  return { zh: zhTokens, en: enTokens };
}

const WEAK_FIGURE = 'fig-weak:';

function isWeak(f: Figure): boolean {
  if (f.kind === 'date') return f.date?.year === undefined;
  return f.values.length === 1 && Math.abs(f.values[0]!) <= 12 && (f.kind === 'amount' || f.kind === 'ordinal');
}

/**
 * Numbered points inside running text: 一是…二是…, 第一，…第二，, 首先…其次 in Chinese; "First, …
 * Second, …" in English. Tokens "ord:1", "ord:2"…
 */
export function ordinalTokens(text: string, lang: 'zh' | 'en'): string[] {
  const found = new Set<string>();
  if (lang === 'zh') {
    for (const m of text.matchAll(/(?:^\s*|[。；，：！？*])(?:([一二三四五六七八九十])是|第([一二三四五六七八九十])[，、,])/g)) {
      found.add(`ord:${chineseNumber((m[1] ?? m[2])!)}`);
    }
    if (/(?:^\s*|[。；：*])首先[，,]/.test(text)) found.add('ord:1');
    if (/(?:^\s*|[。；，*])其次[，,]/.test(text)) found.add('ord:2');
  } else {
    for (const m of text.matchAll(/(?:^\s*|[.;:!?]\s+|\*\*)(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(?:ly)?,/gi)) {
      found.add(`ord:${ORDINAL_WORDS.indexOf(m[1]!.toLowerCase()) + 1}`);
    }
  }
  return [...found];
}

/**
 * The tokens of both sides, indexed for the aligners' many group costs. Only tokens that occur on
 * both sides weigh (a token on one side only says nothing about where it belongs): `weight`
 * divided by how many units of the side where it is commoner hold it, so a figure that recurs
 * everywhere (the year) pulls little; weak figures pull a third as much.
 */
export class Anchors {
  /** Per unit, the numbers of its weighing tokens. */
  private readonly zh: Int32Array[];
  private readonly en: Int32Array[];
  private readonly weights: number[] = [];
  private readonly names: string[] = [];
  // Stamps instead of sets: a group cost is computed hundreds of thousands of times per text.
  private readonly onZh: Int32Array;
  private readonly onEn: Int32Array;
  private readonly counted: Int32Array;
  private stamp = 0;

  constructor(zh: readonly (readonly string[])[], en: readonly (readonly string[])[], weight: number) {
    const zhCounts = countUnits(zh);
    const enCounts = countUnits(en);
    const number = new Map<string, number>();
    for (const [token, z] of zhCounts) {
      const e = enCounts.get(token);
      if (e === undefined) continue;
      number.set(token, this.weights.length);
      this.names.push(token);
      this.weights.push((weight * (token.startsWith(WEAK_FIGURE) ? 0.35 : 1)) / Math.max(z, e));
    }
    const index = (unit: readonly string[]) => Int32Array.from(new Set(unit.filter((t) => number.has(t)).map((t) => number.get(t)!)));
    this.zh = zh.map(index);
    this.en = en.map(index);
    this.onZh = new Int32Array(this.weights.length);
    this.onEn = new Int32Array(this.weights.length);
    this.counted = new Int32Array(this.weights.length);
  }

  /**
   * What the group of Chinese units [zhStart, zhStart+zhCount) and English units [enStart, …)
   * pays: each weighing token held on one side of it and not on the other, at its weight.
   * Neutral to merging: a group that holds a token on both sides pays nothing, large or small.
   */
  cost(zhStart: number, zhCount: number, enStart: number, enCount: number): number {
    if (this.weights.length === 0) return 0;
    const stamp = ++this.stamp;
    const { onZh, onEn, counted, weights } = this;
    for (let k = zhStart; k < zhStart + zhCount; k++) {
      const unit = this.zh[k]!;
      for (let u = 0; u < unit.length; u++) onZh[unit[u]!] = stamp;
    }
    for (let k = enStart; k < enStart + enCount; k++) {
      const unit = this.en[k]!;
      for (let u = 0; u < unit.length; u++) onEn[unit[u]!] = stamp;
    }
    let cost = 0;
    for (let k = zhStart; k < zhStart + zhCount; k++) {
      const unit = this.zh[k]!;
      for (let u = 0; u < unit.length; u++) {
        const t = unit[u]!;
        if (onEn[t] !== stamp && counted[t] !== stamp) {
          cost += weights[t]!;
          counted[t] = stamp;
        }
      }
    }
    for (let k = enStart; k < enStart + enCount; k++) {
      const unit = this.en[k]!;
      for (let u = 0; u < unit.length; u++) {
        const t = unit[u]!;
        if (onZh[t] !== stamp && counted[t] !== stamp) {
          cost += weights[t]!;
          counted[t] = stamp;
        }
      }
    }
    return cost;
  }

  /** The weighing tokens a range of units holds on one side. */
  tokens(lang: 'zh' | 'en', start: number, count: number): Set<string> {
    const units = lang === 'zh' ? this.zh : this.en;
    return new Set(units.slice(start, start + count).flatMap((u) => [...u].map((t) => this.names[t]!)));
  }
}

function countUnits(units: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const unit of units) for (const t of new Set(unit)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
