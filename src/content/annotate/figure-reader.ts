/**
 * The one reader of figures, for the Chinese of a report and for its English translation. The
 * popups (what 463.3亿元 is in Western notation), the linking of an English figure to its Chinese
 * original, the indicators table and the translation check all read figures here, so they cannot
 * disagree about what a figure is or about when two figures are the same.
 *
 * A figure is a quantity the text states: an amount (114万亿元, 1.37万亿斤, 5000余户), a percentage,
 * percentage points, a ratio, a range, a date or year, an ordinal (a rank, 第26位; the 70th
 * anniversary). Names that contain digits (国道234, G234, PM2.5, 5G, 1号文件) are not figures.
 */

export type FigureKind = 'amount' | 'percent' | 'points' | 'ratio' | 'range' | 'date' | 'ordinal';

/** How a figure is hedged: 余/多/超过/逾 "more than", 以上 "or more", 近 "nearly", 约/左右 "about" … */
export type Qualifier = 'more-than' | 'or-more' | 'nearly' | 'about' | 'less-than' | 'or-less' | 'at-least' | 'up-to';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** A figure of the Chinese. */
export interface Figure {
  kind: FigureKind;
  /** Where it stands in the text (UTF-16 offsets), qualifiers such as 近 or 以上 included. */
  start: number;
  end: number;
  /** The figure as written, e.g. 1600余万元, 近2万亿元, 900万人以上. */
  text: string;
  /**
   * The values, with 万/亿/万亿 applied: one, or several for a ratio or range; for a date its
   * parts in the order year, month, day (only those written).
   */
  values: number[];
  /**
   * The unit as written after the number and its 万/亿 (元, 斤, 千瓦时, 户次 …), if the reader knows it
   * (a key of UNITS); a range of percentages has '%', of percentage points '个百分点', of months '月'.
   */
  unit?: string;
  qualifier?: Qualifier;
  /** For a date: which parts are written (2019年 has only a year, 5月22日 no year). */
  date?: DateParts;
  /** For an ordinal: a rank (第1位 "ranked first"), the nth of a series (第3次) or an anniversary (70周年). */
  ordinal?: 'rank' | 'sequence' | 'anniversary';
  /** Significant digits of the number as written (463.3 → 4, 1600 → 2), the precision a conversion keeps. */
  digits: number;
}

/** A figure of the English. A bare count is a 'number' (the English rarely names the Chinese unit). */
export interface EnglishFigure {
  kind: Exclude<FigureKind, 'amount'> | 'number';
  /** The span to mark: the number with its scale word and "percent", not the unit word after it. */
  start: number;
  end: number;
  text: string;
  values: number[];
  /** The unit word after the number, normalised to the names conversions use ("tonnes", "hectares" …). */
  unit?: string;
  date?: DateParts;
  digits: number;
}

export interface Conversion {
  factor: number;
  /** The English name of the unit converted to; also how the English reader normalises that unit word. */
  unit: string;
  /** The card shows this conversion only for values in [from, below) of the source unit. */
  from?: number;
  below?: number;
}

export interface UnitInfo {
  /** The English name after any number but 1. */
  en: string;
  /** The English name after exactly 1, where it differs ("1 household"). */
  one?: string;
  /** Other measures of one unit, e.g. 1 亩 = 666.67 m² = 0.0667 ha = 0.1647 acres. */
  conversions?: Conversion[];
  currency?: 'CNY' | 'USD';
}

const SQUARE_MILES_PER_KM2 = 0.3861022;
const ACRES_PER_HECTARE = 2.4710538;

/** The units the reader knows; an unknown unit after a number is simply not a unit. */
export const UNITS: Record<string, UnitInfo> = {
  元: { en: 'yuan', currency: 'CNY' },
  美元: { en: 'US dollars', one: 'US dollar', currency: 'USD' },
  欧元: { en: 'euros', one: 'euro' },
  港元: { en: 'Hong Kong dollars', one: 'Hong Kong dollar' },
  亩: {
    en: 'mu',
    conversions: [
      { factor: 666.6667, unit: 'm²' },
      { factor: 1 / 15, unit: 'hectares' },
      { factor: 0.16473692, unit: 'acres' },
    ],
  },
  公顷: { en: 'hectares', one: 'hectare', conversions: [{ factor: 15, unit: 'mu' }, { factor: ACRES_PER_HECTARE, unit: 'acres' }] },
  平方米: { en: 'square meters', one: 'square meter', conversions: [{ factor: 10.7639, unit: 'square feet' }] },
  平方公里: { en: 'km²', conversions: [{ factor: SQUARE_MILES_PER_KM2, unit: 'square miles' }] },
  平方千米: { en: 'km²', conversions: [{ factor: SQUARE_MILES_PER_KM2, unit: 'square miles' }] },
  立方米: { en: 'cubic meters', one: 'cubic meter', conversions: [{ factor: 35.3147, unit: 'cubic feet' }] },
  公里: { en: 'kilometers', one: 'kilometer', conversions: [{ factor: 0.621371, unit: 'miles' }] },
  千米: { en: 'kilometers', one: 'kilometer', conversions: [{ factor: 0.621371, unit: 'miles' }] },
  米: { en: 'meters', one: 'meter', conversions: [{ factor: 3.28084, unit: 'feet' }] },
  吨: { en: 'tonnes', one: 'tonne', conversions: [{ factor: 1.10231, unit: 'short tons' }] },
  吨标准煤: { en: 'tonnes of standard coal equivalent', one: 'tonne of standard coal equivalent' },
  // 1 斤 is 0.5 kg by law since 1959; official English gives grain output in tonnes.
  斤: {
    en: 'jin',
    conversions: [
      { factor: 0.5, unit: 'kg', below: 2000 },
      { factor: 0.0005, unit: 'tonnes', from: 2000 },
    ],
  },
  公斤: { en: 'kg', conversions: [{ factor: 2.20462, unit: 'pounds' }] },
  千克: { en: 'kg', conversions: [{ factor: 2.20462, unit: 'pounds' }] },
  千瓦时: { en: 'kilowatt-hours', one: 'kilowatt-hour', conversions: [{ factor: 1e-9, unit: 'terawatt-hours', from: 1e9 }] },
  千瓦: { en: 'kilowatts', one: 'kilowatt', conversions: [{ factor: 1e-6, unit: 'gigawatts', from: 1e6 }] },
  兆瓦: { en: 'megawatts', one: 'megawatt' },
  个工作日: { en: 'working days', one: 'working day' },
  个月: { en: 'months', one: 'month' },
  小时: { en: 'hours', one: 'hour' },
  分钟: { en: 'minutes', one: 'minute' },
  辆次: { en: 'vehicle trips', one: 'vehicle trip' },
  户次: { en: 'times (enterprise visits)', one: 'time (enterprise visit)' },
  人次: { en: 'person-times', one: 'person-time' },
  人: { en: 'people', one: 'person' },
  名: { en: 'people', one: 'person' },
  户: { en: 'households', one: 'household' },
  家: { en: 'enterprises', one: 'enterprise' },
  个: { en: 'units', one: 'unit' },
  项: { en: 'items', one: 'item' },
  所: { en: 'institutions', one: 'institution' },
  套: { en: 'units', one: 'unit' },
  栋: { en: 'buildings', one: 'building' },
  座: { en: 'structures', one: 'structure' },
  条: { en: 'roads or streets', one: 'road or street' },
  处: { en: 'places', one: 'place' },
  件: { en: 'items', one: 'item' },
  台: { en: 'machines', one: 'machine' },
  辆: { en: 'vehicles', one: 'vehicle' },
  头: { en: 'head (of livestock)' },
  种: { en: 'kinds', one: 'kind' },
  类: { en: 'categories', one: 'category' },
  批: { en: 'batches', one: 'batch' },
  次: { en: 'times', one: 'time' },
  倍: { en: '-fold' }, // 提高1倍 is a 1-fold rise: it doubles
  天: { en: 'days', one: 'day' },
  周岁: { en: 'years of age', one: 'year of age' },
  岁: { en: 'years old', one: 'year old' },
  村: { en: 'villages', one: 'village' },
  年: { en: 'years', one: 'year' },
};

/** Units of a range of percentages or of percentage points (10%-15%, 1-2个百分点); 1—4月 has 月. */
const RANGE_UNITS: Record<string, string> = { '%': 'percent', 个百分点: 'percentage points' };

const MULTIPLIER: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3 };

const QUALIFIERS: Record<string, Qualifier> = {
  余: 'more-than', 多: 'more-than', 超过: 'more-than', 超: 'more-than', 逾: 'more-than', 以上: 'or-more',
  近: 'nearly', 将近: 'nearly', 接近: 'nearly', 约: 'about', 大约: 'about', 左右: 'about',
  不到: 'less-than', 不足: 'less-than', 以下: 'or-less', 至少: 'at-least', 不少于: 'at-least', 以内: 'up-to',
};
const QUALIFIER_EN: Record<Qualifier, [before: string, after: string]> = {
  'more-than': ['more than ', ''], 'or-more': ['', ' or more'], nearly: ['nearly ', ''], about: ['about ', ''],
  'less-than': ['less than ', ''], 'or-less': ['', ' or less'], 'at-least': ['at least ', ''], 'up-to': ['up to ', ''],
};

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const UNIT = byLength(Object.keys(UNITS));
// 千 is a multiplier in 3千万 but part of the unit in 千瓦, 千克, 千米.
const MULT = `${byLength(Object.keys(MULTIPLIER).filter((m) => m !== '千'))}|千(?![瓦克米])`;
const PRE = byLength(['超过', '超', '逾', '近', '将近', '接近', '约', '大约', '不到', '不足', '至少', '不少于']);
const POST = '以上|以下|左右|以内';
const ZH_NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const CN_DIGITS = '[一二三四五六七八九十]{1,3}';
const RANGE_SEP = '\\s?(?:[-－—–~～〜]|至)\\s?';

/** One pattern for every kind of Chinese figure; at a position, the first alternative that matches wins. */
const ZH_FIGURE = new RegExp(
  [
    // Names with digits, consumed so their digits are not read as amounts.
    `(?<name>(?:国道|省道|县道|乡道)\\d+|\\d+(?:号|国道|省道))`,
    `(?<y>\\d{4})年(?:(?<mo>\\d{1,2})月(?:(?<d>\\d{1,2})[日号])?)?`,
    `(?<mo2>\\d{1,2})月(?:(?<d2>\\d{1,2})[日号])?`,
    `(?<ratio>${ZH_NUM}(?:[:：∶]${ZH_NUM}){2,})`,
    `第(?<rank>\\d+|${CN_DIGITS})(?:位|名)`,
    `第(?<nth>\\d+|${CN_DIGITS})(?<nthWord>届|次|批|期|轮|季度|个)?`,
    `(?<ann>\\d+)周年`,
    `(?<mlo>\\d{1,2})${RANGE_SEP}(?<mhi>\\d{1,2})月`,
    `(?<rpre>${PRE})?(?<lo>${ZH_NUM})(?<lom>${MULT})?(?<lop>[%％])?${RANGE_SEP}(?<hi>${ZH_NUM})(?<him>${MULT})?(?:(?<hip>[%％])|(?<hipp>个百分点)|(?<hiu>${UNIT}))?(?<rpost>${POST})?`,
    `(?<ppre>${PRE})?(?<pp>${ZH_NUM})个百分点(?<ppost>${POST})?`,
    `(?<cpre>${PRE})?(?<pc>${ZH_NUM})[%％](?<cpost>${POST})?`,
    `(?<apre>${PRE})?(?<n>${ZH_NUM})(?<ain>余|多)?(?<am>${MULT})?(?<ain2>余|多)?(?<au>${UNIT})?(?<apost>${POST})?`,
  ].join('|'),
  'g',
);
const LATIN = /[A-Za-z]/;
/** Words before 第一 that make it a rank: 居全省第一, 名列第一, 获得六县（市）第一名. */
const RANK_CONTEXT = /(?:居|列|排名|排在|位次|获|取得|夺得|综合)[^，。；！？]{0,10}$/;

const round = (n: number) => Number(n.toPrecision(12)); // 74.9 × 1e8 is 7490000000.000001 in floating point
const roundTo = (n: number, digits: number) => Number(n.toPrecision(Math.min(21, Math.max(1, digits))));
const parseNumber = (s: string) => Number(s.replace(/,/g, ''));

/** Significant digits as written: 463.3 → 4, 0.5 → 1, 1600 → 2 (trailing zeros of a whole number do not count). */
function significantDigits(written: string): number {
  const s = written.replace(/,/g, '');
  const digits = s.includes('.') ? s.replace('.', '').replace(/^0+/, '') : s.replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, digits.length);
}

function chineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const digit = (c: string | undefined) => '零一二三四五六七八九'.indexOf(c ?? '');
  if (!s.includes('十')) return digit(s);
  const [tens, units] = s.split('十');
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

const qualifier = (...written: (string | undefined)[]) => written.map((w) => (w ? QUALIFIERS[w] : undefined)).find(Boolean);
const scaled = (n: string, mult: string | undefined) => round(parseNumber(n) * (mult ? MULTIPLIER[mult]! : 1));
const dateValues = (d: DateParts) => [d.year, d.month, d.day].filter((v): v is number => v !== undefined);

/** Every figure of a Chinese text, left to right. */
export function readChineseFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(ZH_FIGURE)) {
    const g = m.groups!;
    if (g.name) continue;
    let start = m.index;
    const end = start + m[0].length;
    // Digits inside a Latin token (PM2.5, 5G, 4A, G234) are part of a name.
    if ((/\d/.test(text[start] ?? '') && LATIN.test(text[start - 1] ?? '')) || (/[\d.]/.test(text[end - 1] ?? '') && LATIN.test(text[end] ?? ''))) continue;
    const at = (fields: Omit<Figure, 'start' | 'end' | 'text'>): void => {
      figures.push({ start, end, text: text.slice(start, end), ...fields });
    };
    if (g.y) {
      const date: DateParts = { year: Number(g.y), ...(g.mo ? { month: Number(g.mo) } : {}), ...(g.d ? { day: Number(g.d) } : {}) };
      at({ kind: 'date', values: dateValues(date), date, digits: 4 });
    } else if (g.mo2) {
      const month = Number(g.mo2);
      const day = g.d2 ? Number(g.d2) : undefined;
      if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
      const date: DateParts = { month, ...(day ? { day } : {}) };
      at({ kind: 'date', values: dateValues(date), date, digits: 2 });
    } else if (g.ratio) {
      const parts = g.ratio.split(/[:：∶]/);
      at({ kind: 'ratio', values: parts.map(parseNumber), digits: Math.max(...parts.map(significantDigits)) });
    } else if (g.rank) {
      // 第1位 in a report is a rank; 第一位 is one too after 居 or 获得, but 放在第一位 is "put first".
      if (!/^\d/.test(g.rank) && !RANK_CONTEXT.test(text.slice(Math.max(0, start - 14), start))) continue;
      at({ kind: 'ordinal', ordinal: 'rank', values: [chineseNumeral(g.rank)], digits: 2 });
    } else if (g.nth) {
      const arabic = /^\d/.test(g.nth);
      // 居全省第一 is a rank; 第一产业, 第十三届 are names and stay unmarked; 第3次 is the third of a series.
      const rank = !g.nthWord && !/[\u4e00-\u9fff]/.test(text[end] ?? '') && RANK_CONTEXT.test(text.slice(Math.max(0, start - 14), start));
      if (!rank && !arabic) continue;
      at({ kind: 'ordinal', ordinal: rank ? 'rank' : 'sequence', values: [chineseNumeral(g.nth)], digits: 2 });
    } else if (g.ann) {
      at({ kind: 'ordinal', ordinal: 'anniversary', values: [Number(g.ann)], digits: 2 });
    } else if (g.mlo) {
      const [lo, hi] = [Number(g.mlo), Number(g.mhi)];
      if (lo < 1 || hi > 12 || lo >= hi) continue;
      at({ kind: 'range', values: [lo, hi], unit: '月', digits: 2 });
    } else if (g.lo) {
      // 5-10万元: one 万 for both ends; 5万-10万元: each end its own.
      const lo = scaled(g.lo, g.lom ?? g.him);
      const hi = scaled(g.hi!, g.him);
      const unit = g.hip || g.lop ? '%' : g.hipp ? '个百分点' : g.hiu;
      const q = qualifier(g.rpre, g.rpost);
      at({ kind: 'range', values: [lo, hi], ...(unit ? { unit } : {}), ...(q ? { qualifier: q } : {}), digits: Math.max(significantDigits(g.lo), significantDigits(g.hi!)) });
    } else if (g.pp || g.pc) {
      const q = qualifier(g.ppre, g.cpre, g.ppost, g.cpost);
      at({ kind: g.pp ? 'points' : 'percent', values: [parseNumber((g.pp ?? g.pc)!)], ...(q ? { qualifier: q } : {}), digits: significantDigits((g.pp ?? g.pc)!) });
    } else if (g.n) {
      let q = qualifier(g.apre, g.ain, g.ain2, g.apost);
      // 近5年来 and 最近3年 are "in the past five (three) years", not "nearly".
      if (g.apre === '近' && ['年', '个月', '天'].includes(g.au ?? '') && (text[end] === '来' || text[start - 1] === '最')) {
        start += 1;
        q = qualifier(g.ain, g.ain2, g.apost);
      }
      at({ kind: 'amount', values: [scaled(g.n, g.am)], ...(g.au ? { unit: g.au } : {}), ...(q ? { qualifier: q } : {}), digits: significantDigits(g.n) });
    }
  }
  return figures;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SCALE: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A word as it may start a sentence: "Eight enterprises", "Ranked first". */
const anyCase = (words: string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const EN_NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const EN_SCALE = 'thousand|million|billion|trillion';
const EN_TAIL = ' percentage[- ]points?\\b|\\s?%| per ?cent\\b';
const MONTH = MONTHS.join('|');
const EN_FIGURE = new RegExp(
  [
    `(?<m1>${MONTH}) (?<d1>\\d{1,2}),? (?<y1>\\d{4})`,
    `(?<d2>\\d{1,2}) (?<m2>${MONTH}),? (?<y2>\\d{4})`,
    `(?<m3>${MONTH}),? (?<y3>\\d{4})`,
    `(?<mlo>${MONTH})(?:\\s?[-–]\\s?| to | through )(?<mhi>${MONTH})\\b`,
    `(?<m4>${MONTH}) (?<d4>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d)`,
    `(?<ratio>${EN_NUM}(?::${EN_NUM}){2,})`,
    `(?<lo>${EN_NUM})(?:%| percent)?\\s?[-–]\\s?(?<hi>${EN_NUM})(?: (?<rscale>${EN_SCALE}))?(?<rtail>${EN_TAIL})?`,
    // An ordinal word is a figure only as a rank ("ranked first"), not in "for the first time".
    `(?<=\\b(?:${anyCase(['ranked', 'ranking', 'ranks', 'rank', 'came', 'placed', 'finished'])})\\s)(?<ord>${ORDINAL_WORDS.join('|')})\\b`,
    `\\b(?<ord2>${ORDINAL_WORDS.join('|')})(?= place\\b| overall\\b| quarter\\b)`,
    `\\b(?<dord>\\d+(?:st|nd|rd|th))\\b`,
    `(?<n>${EN_NUM})(?: (?<scale>${EN_SCALE}))?(?<tail>${EN_TAIL})?`,
    `\\b(?<word>${anyCase(NUMBER_WORDS)})(?: (?<wscale>hundred|${EN_SCALE}))?\\b(?<wtail> percent)?`,
    // A month alone ("the end of March"); "may" the verb is never capitalised mid-sentence, but May
    // at the start of a sentence could be, so it counts only after a preposition.
    `\\b(?<m5>${MONTHS.filter((mo) => mo !== 'May').join('|')})\\b|(?<=\\b(?:in|of|since|until|till|by|from|to|before|after|early|late|mid-|end of)\\s)(?<m6>May)\\b`,
  ].join('|'),
  'g',
);

/** English unit words after a number, normalised to the names UNITS conversions use. */
const EN_UNIT_AFTER = /^[\s-](metric tons?|tonnes?|tons?|hectares?|acres?|square kilometers?|square kilometres?|km2|km²|square miles?|square meters?|square metres?|m2|m²|square feet|cubic meters?|cubic metres?|kilometers?|kilometres?|km|miles?|kilograms?|kg|pounds?|mu|jin|yuan|gigawatts?|terawatt-hours?)\b/i;
const EN_UNIT_NAMES: [RegExp, string][] = [
  [/^(metric )?tons?$|^tonnes?$/, 'tonnes'],
  [/^hectare/, 'hectares'],
  [/^acre/, 'acres'],
  [/^square kilomet|^km/, 'km²'],
  [/^square mile/, 'square miles'],
  [/^square met|^m[2²]$/, 'm²'],
  [/^square feet/, 'square feet'],
  [/^cubic met/, 'cubic meters'],
  [/^kilomet/, 'kilometers'],
  [/^mile/, 'miles'],
  [/^kilogram|^kg$/, 'kg'],
  [/^pound/, 'pounds'],
  [/^gigawatt/, 'gigawatts'],
  [/^terawatt/, 'terawatt-hours'],
];
const englishUnit = (word: string) => EN_UNIT_NAMES.find(([pattern]) => pattern.test(word))?.[1] ?? word;

/** Figures of an English text with their positions, for linking each to its Chinese original and for the check. */
export function readEnglishFigures(text: string): EnglishFigure[] {
  const out: EnglishFigure[] = [];
  for (const m of text.matchAll(EN_FIGURE)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    // Digits in a name: PM2.5, covid-19, 5G.
    if (/^\d/.test(m[0]) && /[A-Za-z]-?$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (/\d$/.test(m[0]) && LATIN.test(text[end] ?? '')) continue;
    const base = { start, end, text: m[0] };
    const unitWord = EN_UNIT_AFTER.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
    const unit = unitWord ? { unit: englishUnit(unitWord) } : {};
    const month = g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? g.m5 ?? g.m6;
    if (g.mlo) {
      out.push({ ...base, kind: 'range', values: [MONTHS.indexOf(g.mlo) + 1, MONTHS.indexOf(g.mhi!) + 1], unit: 'months', digits: 2 });
    } else if (month) {
      const year = g.y1 ?? g.y2 ?? g.y3;
      const day = g.d1 ?? g.d2 ?? g.d4;
      const date: DateParts = { ...(year ? { year: Number(year) } : {}), month: MONTHS.indexOf(month) + 1, ...(day ? { day: Number(day) } : {}) };
      out.push({ ...base, kind: 'date', values: dateValues(date), date, digits: 2 });
    } else if (g.ratio) {
      const parts = g.ratio.split(':');
      out.push({ ...base, kind: 'ratio', values: parts.map(parseNumber), digits: Math.max(...parts.map(significantDigits)) });
    } else if (g.lo) {
      const k = g.rscale ? SCALE[g.rscale]! : 1;
      const tail = g.rtail ? { unit: g.rtail.includes('point') ? 'percentage points' : '%' } : unit;
      out.push({ ...base, kind: 'range', values: [round(parseNumber(g.lo) * k), round(parseNumber(g.hi!) * k)], ...tail, digits: Math.max(significantDigits(g.lo), significantDigits(g.hi!)) });
    } else if (g.ord || g.ord2) {
      out.push({ ...base, kind: 'ordinal', values: [ORDINAL_WORDS.indexOf((g.ord ?? g.ord2)!) + 1], digits: 2 });
    } else if (g.dord) {
      out.push({ ...base, kind: 'ordinal', values: [parseInt(g.dord, 10)], digits: 2 });
    } else if (g.n) {
      const kind = g.tail?.includes('point') ? 'points' : g.tail ? 'percent' : 'number';
      // A bare four-digit number from 1900 to 2100 is a year ("in 2019"); with a unit after it, a count.
      if (kind === 'number' && !g.scale && /^(19\d\d|20\d\d|2100)$/.test(g.n) && !unitWord) {
        out.push({ ...base, kind: 'date', values: [Number(g.n)], date: { year: Number(g.n) }, digits: 4 });
      } else {
        out.push({ ...base, kind, values: [round(parseNumber(g.n) * (g.scale ? SCALE[g.scale]! : 1))], ...unit, digits: significantDigits(g.n) });
      }
    } else if (g.word) {
      const n = (NUMBER_WORDS.indexOf(g.word.toLowerCase()) + 1) * (g.wscale ? SCALE[g.wscale]! : 1);
      out.push({ ...base, kind: g.wtail ? 'percent' : 'number', values: [n], ...unit, digits: 1 });
    }
  }
  return out;
}

/**
 * Whether an English figure says the same as a Chinese one: the same kind (an amount is an English
 * number) and the same values, or the value of a documented conversion of the Chinese unit (1.37万亿斤
 * is "685 million metric tons"; 8000万亩 is "5.33 million hectares"), rounded as the English rounds
 * it. A date matches when the English has every part the Chinese writes.
 */
export function sameFigure(zh: Figure, en: EnglishFigure): boolean {
  if (zh.kind === 'date') {
    if (en.kind !== 'date') return false;
    const parts = zh.date ?? {};
    return (['year', 'month', 'day'] as const).every((k) => parts[k] === undefined || parts[k] === en.date?.[k]);
  }
  // The English "2000 people" without a thousands comma reads like a year.
  if (zh.kind === 'amount' && en.kind === 'date' && en.date?.month === undefined) return en.date?.year === zh.values[0];
  if ((zh.kind === 'amount' ? 'number' : zh.kind) !== en.kind || zh.values.length !== en.values.length) return false;
  if (zh.values.every((v, i) => v === en.values[i])) return true;
  const conversion = en.unit && zh.unit ? UNITS[zh.unit]?.conversions?.find((c) => c.unit === en.unit) : undefined;
  return !!conversion && zh.values.every((v, i) => roundTo(v * conversion.factor, en.digits) === en.values[i]);
}

/** The figures of a Chinese paragraph that no figure of its English translation says. */
export function missingFigures(zh: string, en: string): Figure[] {
  const english = readEnglishFigures(en);
  return readChineseFigures(zh).filter((f) => !english.some((e) => sameFigure(f, e)));
}

const fmt = (n: number, digits = 2) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

/** 114,000,000,000,000 → "114 trillion"; 46,330,000,000 → "46.33 billion"; 56,000 → "56,000". */
export function western(n: number): string {
  if (Math.abs(n) >= 1e12) return `${fmt(n / 1e12, 4)} trillion`;
  if (Math.abs(n) >= 1e9) return `${fmt(n / 1e9, 4)} billion`;
  if (Math.abs(n) >= 1e6) return `${fmt(n / 1e6, 4)} million`;
  return fmt(n, 4);
}

export interface ExchangeRate {
  cnyPerUsd: number;
  year: number;
  source: string;
}

/** 2019—2020年 is a span of years, 3~5年 a number of years. */
const isYearRange = (f: Figure) => f.kind === 'range' && f.unit === '年' && f.values.every((v) => Number.isInteger(v) && v >= 1000 && v <= 2999);
const nth = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
const unitName = (unit: UnitInfo | undefined, value: number) => {
  const name = unit && (value === 1 && unit.one ? unit.one : unit.en);
  return !name ? '' : name.startsWith('-') ? name : ` ${name}`;
};

/** What the popup says about a figure: its reading in Western notation and its conversions. */
export function describeFigure(f: Figure, rate?: ExchangeRate): { reading: string; details: string[] } {
  const details: string[] = [];
  const [before, after] = f.qualifier ? QUALIFIER_EN[f.qualifier] : ['', ''];
  const hedged = (s: string) => `${before}${s}${after}`;
  switch (f.kind) {
    case 'date': {
      const { year, month, day } = f.date ?? {};
      const name = month ? MONTHS[month - 1] : undefined;
      const reading = name ? (day ? `${name} ${day}${year ? `, ${year}` : ''}` : `${name}${year ? ` ${year}` : ''}`) : String(year);
      return { reading, details };
    }
    case 'ratio':
      return { reading: `in the ratio ${f.values.join(' : ')}`, details: f.values.length === 3 ? [`primary : secondary : tertiary industry, in percent of the total (${fmt(f.values.reduce((a, b) => a + b, 0), 1)})`] : [] };
    case 'ordinal': {
      const n = f.values[0]!;
      if (f.ordinal === 'anniversary') return { reading: `${nth(n)} anniversary`, details };
      if (f.ordinal === 'sequence') return { reading: nth(n), details };
      return { reading: `ranked ${ORDINAL_WORDS[n - 1] ?? nth(n)}`, details };
    }
    case 'points':
      return { reading: hedged(`${fmt(f.values[0]!)} percentage point${f.values[0] === 1 ? '' : 's'}`), details: ['a difference between two percentages, not a percentage of a percentage'] };
    case 'percent':
      return { reading: hedged(`${fmt(f.values[0]!)} percent`), details };
    case 'range':
    case 'amount': {
      const unit = f.unit ? UNITS[f.unit] : undefined;
      const [lo, hi] = f.values as [number, number | undefined];
      const span = (g: (v: number) => string) => (hi === undefined ? g(lo) : `${g(lo)}–${g(hi)}`);
      if (isYearRange(f)) return { reading: hedged(span(String)), details };
      if (f.unit === '月') return { reading: span((m) => MONTHS[m - 1]!), details };
      const name = f.kind === 'range' && f.unit && RANGE_UNITS[f.unit] ? ` ${RANGE_UNITS[f.unit]}` : unitName(unit, hi ?? lo);
      const reading = hedged(`${span(western)}${name}`);
      if (f.kind === 'amount' && lo >= 1e6) details.push(`${hedged(`${fmt(lo, 4)}${name}`)} in full`);
      // A conversion keeps the precision of the source (9.2公里 is about 5.7 miles, not 5.717).
      const digits = Math.max(2, f.digits);
      // "≈" says the value is rounded; a hedged figure says so already ("more than 33 hectares").
      const approx = (s: string) => (f.qualifier ? hedged(s) : `≈ ${s}`);
      for (const c of unit?.conversions ?? []) {
        if ((c.from !== undefined && lo < c.from) || (c.below !== undefined && lo >= c.below)) continue;
        details.push(approx(`${span((v) => western(roundTo(v * c.factor, digits)))} ${c.unit}`));
      }
      if (unit?.currency === 'CNY' && rate) {
        const usd = (v: number) => western(roundTo(v / rate.cnyPerUsd, Math.min(3, digits)));
        details.push(`${approx(`US$${span(usd)}`)} (approximate, at ${rate.cnyPerUsd} yuan per dollar, the ${rate.year} average; ${rate.source})`);
      }
      if (f.unit === '倍') details.push('after 增长 or 提高, N倍 is a rise by N times the base: 提高1倍 doubles it');
      return { reading, details };
    }
  }
}
