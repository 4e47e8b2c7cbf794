/**
 * Figures of a Chinese paragraph and of its English translation, as numbers, so a check can ask
 * "does every figure of the original survive?". 463.3亿元 is 46.33 billion; 5.6万亩 is 56,000;
 * 第1位 is "first"; 4月 is "April".
 */

const ZH_MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** Numbers written with Arabic digits in Chinese text, with 万/亿 applied. */
export function chineseFigures(text: string): number[] {
  const values: number[] = [];
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(?:余|多)?(万|亿|千万|百万)?/g)) {
    const n = Number(m[1]);
    const unit = m[2];
    const multiplier = unit ? [...unit].reduce((acc, c) => acc * (ZH_MULTIPLIER[c] ?? 1), 1) : 1;
    values.push(round(n * multiplier));
  }
  return values;
}

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, single: 1, once: 1, twice: 2,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Numbers in English text: digits with thousands separators and scale words, number words, months. */
export function englishFigures(text: string): number[] {
  const values: number[] = [];
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion)\b)?/gi)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    values.push(round(n * (m[2] ? EN_SCALE[m[2].toLowerCase()]! : 1)));
  }
  for (const m of text.matchAll(/\b([A-Za-z]+)\b/g)) {
    const word = m[1]!.toLowerCase();
    if (word in EN_WORDS) values.push(EN_WORDS[word]!);
    const month = MONTHS.indexOf(word);
    if (month >= 0) values.push(month + 1);
  }
  return values;
}

function round(n: number): number {
  // Relative rounding: 74.9 × 1e8 is 7490000000.000001 in floating point.
  return Number(n.toPrecision(12));
}

/** Figures of the Chinese that appear nowhere among the English figures. */
export function missingFigures(zh: string, en: string): number[] {
  const english = new Set(englishFigures(en));
  return [...new Set(chineseFigures(zh))].filter((v) => !english.has(v));
}
