/**
 * The numbers reports put at the head of a part, section or point, in both languages: 一 … 九十九,
 * Roman numerals, and English number and ordinal words.
 */

const ZH_DIGITS = '一二三四五六七八九';

/** 一 … 九十九 as a number (0 for anything else). */
export function chineseNumber(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return 0;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? ZH_DIGITS.indexOf(tens) + 1 : 0;
  return (tens ? ZH_DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? ZH_DIGITS.indexOf(units) + 1 : 0);
}

/** I, IV, XII … as a number. */
export function romanNumber(s: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let k = 0; k < s.length; k++) {
    const v = values[s[k]!] ?? 0;
    const next = values[s[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
