/**
 * Sentence boundaries in a block's Markdown source, so that sentences can be aligned across
 * languages. The split is deterministic and conservative; what a translation merges or splits is
 * said by the authored alignment (texts/<slug>/alignment.yaml), not guessed here.
 *
 * Chinese: after 。！？ (with any closing quotation marks, brackets and ** that follow).
 * English: after . ! ? (with closing quotes and **) when whitespace and a capital, a digit or an
 * opening quotation mark follow, except after abbreviations such as "No." or "Co.".
 */

const ZH_END = /[。！？](?:[”’」』）)]|\*\*)*/g;
const EN_END = /[.!?](?:[”’")\]]|\*\*)*(?=\s+(?:\*\*)?[“"‘(A-Z0-9])/g;
// Abbreviations, and a Roman part number opening a heading ("II. General Requirements").
const ABBREVIATIONS = /(?:\b(?:No|Co|Ltd|Inc|Mr|Mrs|Ms|Dr|St|Jr|vs|etc|e\.g|i\.e|U\.S|Nos)|(?:^|\s)[IVXLC]+)\.$/;

/** The Markdown of each sentence; joined together they give back `markdown` exactly. */
export function splitSentences(markdown: string, lang: 'zh' | 'en'): string[] {
  const pattern = lang === 'zh' ? ZH_END : EN_END;
  const sentences: string[] = [];
  let start = 0;
  for (const m of markdown.matchAll(pattern)) {
    const end = m.index + m[0].length;
    if (lang === 'en' && ABBREVIATIONS.test(markdown.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    sentences.push(markdown.slice(start, end));
    start = end;
  }
  if (start < markdown.length) {
    const rest = markdown.slice(start);
    if (rest.trim() === '' && sentences.length > 0) sentences[sentences.length - 1] += rest;
    else sentences.push(rest);
  }
  return sentences;
}

/** One aligned group: Chinese sentences and English sentences (1-based, consecutive). */
export interface SentenceGroup {
  zh: number[];
  en: number[];
}

/**
 * Reads one paragraph's alignment, e.g. "1=1+2 2=3 3+4=4": each group pairs Chinese sentence
 * numbers with English ones; `+` joins sentences that translate together. Returns a reason when
 * the alignment is malformed or does not cover each sentence exactly once, in order.
 */
export function parseAlignment(spec: string, counts: { zh: number; en: number }): { groups: SentenceGroup[] } | { error: string } {
  const groups: SentenceGroup[] = [];
  const next = { zh: 1, en: 1 };
  for (const part of spec.trim().split(/\s+/)) {
    const m = /^(\d+(?:\+\d+)*)=(\d+(?:\+\d+)*)$/.exec(part);
    if (!m) return { error: `"${part}" is not a group like 1=1 or 2=2+3` };
    const group: SentenceGroup = { zh: m[1]!.split('+').map(Number), en: m[2]!.split('+').map(Number) };
    for (const lang of ['zh', 'en'] as const) {
      for (const n of group[lang]) {
        const name = lang === 'zh' ? 'Chinese' : 'English';
        if (n > counts[lang]) return { error: `${name} sentence ${n} does not exist (the paragraph has ${counts[lang]})` };
        if (n < next[lang]) return { error: `${name} sentence ${n} is aligned twice` };
        if (n > next[lang]) return { error: `${name} sentence ${next[lang]} is not aligned to anything` };
        next[lang]++;
      }
    }
    groups.push(group);
  }
  for (const lang of ['zh', 'en'] as const) {
    if (next[lang] <= counts[lang]) return { error: `${lang === 'zh' ? 'Chinese' : 'English'} sentence ${next[lang]} is not aligned to anything` };
  }
  return { groups };
}
