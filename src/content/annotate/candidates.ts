/**
 * Candidate terms: what a Chinese text seems to treat as a formulation but the glossary does not
 * know yet, for an editor's to-do list. Two shapes are looked for, both common in policy
 * language: a short phrase in quotation marks (“放管服”, “十四五”), and a numbered formula that
 * packs a list into a few characters (六稳, 三大攻坚战, 两新一重, 三去一降一补).
 */

export interface CandidateTerm {
  /** The phrase as written, without quotation marks. */
  zh: string;
  /** Why it was picked: quoted, or a numbered formula. */
  shape: 'quoted' | 'numbered';
  count: number;
  /** Paragraph ids where it occurs, in reading order, each once. */
  paragraphs: string[];
}

const NUMERALS = '一二三四五六七八九十两百千';
// A quoted phrase of 2–12 characters with no sentence punctuation inside: a name, not a quotation.
const QUOTED = /[“「]([^“”「」。，；：！？\s]{2,12})[”」]/g;
// 六稳, 六保, 四风, 三大攻坚战, 五大发展理念, 两新一重, 三去一降一补: one or more numeral-led segments.
const NUMBERED = new RegExp(`(?:[${NUMERALS}](?:大|个|项|化|型|新)?[\\u4e00-\\u9fff]{1,3}?){1,4}(?=[”」、，。；：！？）\\s]|$)`, 'g');
const FORMULA = new RegExp(`^(?:[${NUMERALS}](?:大|个|项)?[\\u4e00-\\u9fff]{1,3}){1,4}$`);

/**
 * The candidates of a text's paragraphs that are not glossary forms (`known` holds every Chinese
 * form of every entry, quotation marks removed), most frequent first.
 */
export function candidateTerms(paragraphs: readonly { id: string; zh: string }[], known: ReadonlySet<string>): CandidateTerm[] {
  const found = new Map<string, CandidateTerm>();
  const add = (zh: string, shape: CandidateTerm['shape'], paragraph: string) => {
    if (known.has(zh)) return;
    const entry = found.get(zh) ?? { zh, shape, count: 0, paragraphs: [] };
    entry.count++;
    if (!entry.paragraphs.includes(paragraph)) entry.paragraphs.push(paragraph);
    found.set(zh, entry);
  };
  for (const p of paragraphs) {
    for (const m of p.zh.matchAll(QUOTED)) add(m[1]!, FORMULA.test(m[1]!) ? 'numbered' : 'quoted', p.id);
    // Unquoted numbered formulas: only short, formula-shaped ones directly after a boundary, so
    // 三次产业 or 两个百分点 inside running text are not taken for formulas.
    for (const m of p.zh.matchAll(NUMBERED)) {
      const zh = m[0];
      const before = p.zh[m.index - 1] ?? '';
      if (zh.length < 3 || zh.length > 8 || !FORMULA.test(zh) || /[\u4e00-\u9fff]/.test(before) || isQuantity(zh)) continue;
      add(zh, 'numbered', p.id);
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.zh.localeCompare(b.zh, 'zh'));
}

/** 两个百分点, 三年, 五次, 三中(全会): a numeral with a measure word is a quantity, not a formula; 十分, 一直 are words. */
function isQuantity(zh: string): boolean {
  return /^(?:十分|一些|一切|一起|一直|一般|一道|一样|一定)|^[一二三四五六七八九十两百千]+(?:个|年|次|月|天|倍|位|批|家|条|项|种|名|成|届|期|中)/.test(zh);
}
