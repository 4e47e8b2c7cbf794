/**
 * Figures of a Chinese text, recognised at build time so a reader can see them in Western
 * notation: 463.3亿元 is 46.33 billion yuan, 5.6万亩 is 56,000 mu (≈ 3,733 hectares). Also
 * percentages, percentage points, ratios, ranges, dates and ordinals (第1位).
 */

export type FigureKind = 'amount' | 'percent' | 'points' | 'ratio' | 'range' | 'date' | 'ordinal';

export interface Figure {
  kind: FigureKind;
  /** Where it stands in the text (UTF-16 offsets). */
  start: number;
  end: number;
  /** The figure as written, e.g. 1600余万元. */
  text: string;
  /** The values, with 万/亿 applied: one, or several for a ratio or range. */
  values: number[];
  /** The unit as written after the number (元, 亩, 户次 …), if any. */
  unit?: string;
  /** 余 or 多: "more than". */
  approximate: boolean;
}

export interface UnitInfo {
  en: string;
  enPlural?: string;
  /** Other measures of one unit, e.g. 1 亩 = 666.67 m² = 0.0667 ha = 0.1647 acres. */
  conversions?: { factor: number; unit: string }[];
  currency?: 'CNY' | 'USD';
}

/** The units the recognizer knows; an unknown unit after a number is simply not a unit. */
export const UNITS: Record<string, UnitInfo> = {
  元: { en: 'yuan', currency: 'CNY' },
  美元: { en: 'US dollars', currency: 'USD' },
  亩: {
    en: 'mu',
    conversions: [
      { factor: 666.6667, unit: 'm²' },
      { factor: 0.06666667, unit: 'hectares' },
      { factor: 0.16473692, unit: 'acres' },
    ],
  },
  平方米: { en: 'square meters', conversions: [{ factor: 10.7639, unit: 'square feet' }] },
  公里: { en: 'kilometers', conversions: [{ factor: 0.621371, unit: 'miles' }] },
  吨: { en: 'tonnes', conversions: [{ factor: 1.10231, unit: 'short tons' }] },
  个工作日: { en: 'working days' },
  辆次: { en: 'vehicle trips' },
  户次: { en: 'times (enterprise visits)' },
  人: { en: 'people' },
  户: { en: 'households' },
  家: { en: 'enterprises' },
  个: { en: 'units' },
  项: { en: 'items' },
  所: { en: 'institutions' },
  套: { en: 'units' },
  栋: { en: 'buildings' },
  座: { en: 'structures' },
  条: { en: 'roads or streets' },
  处: { en: 'places' },
  件: { en: 'items' },
  天: { en: 'days' },
  名: { en: 'people' },
  村: { en: 'villages' },
  年: { en: 'years' },
};

const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5 };
const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER = '\\d+(?:\\.\\d+)?';

/** One pattern for every kind; the first alternative that matches at a position wins. */
const FIGURE = new RegExp(
  [
    `(?<date>(?<y>\\d{4})年(?<mo>\\d{1,2})月(?:(?<d>\\d{1,2})日)?)`,
    `(?<ratio>${NUMBER}(?::${NUMBER}){2,})`,
    `第(?<ord>\\d+)(?:位|名)`,
    `(?<lo>${NUMBER})-(?<hi>${NUMBER})(?<rmult>万|亿)?(?<runit>${UNIT_PATTERN})?`,
    `(?<pp>${NUMBER})个百分点`,
    `(?<pc>${NUMBER})%`,
    `(?<n>${NUMBER})(?<approx>余|多)?(?<mult>千万|百万|十万|万|亿)?(?<approx2>余|多)?(?<unit>${UNIT_PATTERN})?`,
  ].join('|'),
  'g',
);

const round = (n: number) => Number(n.toPrecision(12));

/** Every figure of a Chinese text, left to right. Numbers inside Latin tokens (PM2.5, 5G, 4A) are not figures. */
export function recognizeFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[A-Za-z]/.test(text[start - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? '')) continue;
    const g = m.groups!;
    const base = { start, end, text: m[0], approximate: false };
    if (g.date) {
      figures.push({ ...base, kind: 'date', values: [Number(g.y), Number(g.mo), ...(g.d ? [Number(g.d)] : [])] });
    } else if (g.ratio) {
      figures.push({ ...base, kind: 'ratio', values: g.ratio.split(':').map(Number) });
    } else if (g.ord) {
      figures.push({ ...base, kind: 'ordinal', values: [Number(g.ord)] });
    } else if (g.lo) {
      const k = g.rmult ? MULTIPLIER[g.rmult]! : 1;
      figures.push({ ...base, kind: 'range', values: [round(Number(g.lo) * k), round(Number(g.hi) * k)], unit: g.runit });
    } else if (g.pp) {
      figures.push({ ...base, kind: 'points', values: [Number(g.pp)] });
    } else if (g.pc) {
      figures.push({ ...base, kind: 'percent', values: [Number(g.pc)] });
    } else if (g.n) {
      const k = g.mult ? MULTIPLIER[g.mult]! : 1;
      figures.push({ ...base, kind: 'amount', values: [round(Number(g.n) * k)], unit: g.unit, approximate: !!(g.approx || g.approx2) });
    }
  }
  return figures;
}

const fmt = (n: number, digits = 2) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** 46,330,000,000 → "46.33 billion"; 56,000 → "56,000"; 1,100,000 → "1.1 million". */
export function western(n: number): string {
  if (Math.abs(n) >= 1e9) return `${fmt(n / 1e9, 4)} billion`;
  if (Math.abs(n) >= 1e6) return `${fmt(n / 1e6, 4)} million`;
  return fmt(n, 4);
}

export interface ExchangeRate {
  cnyPerUsd: number;
  year: number;
  source: string;
}

/** What the popup says about a figure: its reading in Western notation and its conversions. */
export function describeFigure(f: Figure, rate?: ExchangeRate): { reading: string; details: string[] } {
  const details: string[] = [];
  const more = f.approximate ? 'more than ' : '';
  switch (f.kind) {
    case 'date': {
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
      const [y, mo, d] = f.values;
      return { reading: d ? `${months[mo! - 1]} ${d}, ${y}` : `${months[mo! - 1]} ${y}`, details };
    }
    case 'ratio':
      return { reading: `in the ratio ${f.values.join(' : ')}`, details: f.values.length === 3 ? [`primary : secondary : tertiary industry, in percent of the total (${fmt(f.values.reduce((a, b) => a + b, 0), 1)})`] : [] };
    case 'ordinal': {
      const n = f.values[0]!;
      const words = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
      const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
      return { reading: `ranked ${words[n] ?? `${n}${suffix}`}`, details };
    }
    case 'points':
      return { reading: `${fmt(f.values[0]!)} percentage points`, details: ['a difference between two percentages, not a percentage of a percentage'] };
    case 'percent':
      return { reading: `${fmt(f.values[0]!)} percent`, details };
    case 'range':
    case 'amount': {
      const unit = f.unit ? UNITS[f.unit] : undefined;
      const [lo, hi] = f.values;
      const number = f.kind === 'range' ? `${western(lo!)}–${western(hi!)}` : western(lo!);
      const reading = `${more}${number}${unit ? ` ${unit.en}` : ''}`;
      if (f.kind === 'amount' && lo! >= 1e6) details.push(`${more}${fmt(lo!, 4)}${unit ? ` ${unit.en}` : ''} in full`);
      for (const c of unit?.conversions ?? []) {
        const convert = (v: number) => western(Number((v * c.factor).toPrecision(4)));
        details.push(`≈ ${f.kind === 'range' ? `${convert(lo!)}–${convert(hi!)}` : convert(lo!)} ${c.unit}`);
      }
      if (unit?.currency === 'CNY' && rate) {
        const usd = (v: number) => western(Number((v / rate.cnyPerUsd).toPrecision(3)));
        details.push(`≈ US$${f.kind === 'range' ? `${usd(lo!)}–${usd(hi!)}` : usd(lo!)} (approximate, at ${rate.cnyPerUsd} yuan per dollar, the ${rate.year} average; ${rate.source})`);
      }
      return { reading, details };
    }
  }
}
