/**
 * Paragraphs of a plain-text source: one per line, or, for a hard-wrapped file, the lines between
 * blank lines joined back together. Every paragraph keeps the lines it came from, so that whatever
 * the import later removes or keeps can be named by `file:line`.
 */

export type Lang = 'zh' | 'en';

export interface SourceParagraph {
  /** 1-based line in the source file where the paragraph starts. */
  line: number;
  /** Its last line (the same as `line` unless hard-wrapped lines were joined). */
  endLine: number;
  text: string;
}

// A character after or before which a Chinese line break was never a space: Han characters, CJK
// and full-width punctuation, quotation marks (“专精特新” must not become “专精特新 ”) and digits
// (a figure broken by the wrap, 增长1|8%, is one figure).
const NO_SPACE_ZH = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f“”‘’"'「」『』《》〈〉…—·\d]/u;

/**
 * Joins two lines of one hard-wrapped paragraph. Chinese: no space where either side is a Chinese
 * character, full-width punctuation, a quotation mark or a digit; one space between two Latin words
 * (an English name inside the Chinese). English: one space, except after a hyphen that ends a line
 * between two letters, which is the text's own hyphen (wrapping tools do not add hyphens), so
 * "well-" + "known" stays "well-known".
 */
export function joinWrappedLines(before: string, after: string, lang: Lang): string {
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  if (lang === 'zh') return before + (NO_SPACE_ZH.test(last) || NO_SPACE_ZH.test(first) ? '' : ' ') + after;
  if (/[A-Za-z]-$/.test(before) && /^[A-Za-z]/.test(after)) return before + after;
  return `${before} ${after}`;
}

/**
 * One paragraph per non-blank line (blank lines between paragraphs are allowed and ignored).
 * With `wrapped`, the file is hard-wrapped instead: paragraphs are separated by blank lines and the
 * lines inside one are joined by `joinWrappedLines`.
 */
export function splitParagraphs(source: string, wrapped = false, lang: Lang = 'zh'): SourceParagraph[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const paragraphs: SourceParagraph[] = [];
  let current: SourceParagraph | undefined;
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t === '') {
      current = undefined;
      return;
    }
    if (!wrapped || !current) {
      current = { line: i + 1, endLine: i + 1, text: t };
      paragraphs.push(current);
      return;
    }
    current.text = joinWrappedLines(current.text, t, lang);
    current.endLine = i + 1;
  });
  return paragraphs;
}

/** The 1-based numbers of the lines that hold text (what every paragraph must account for). */
export function textLines(source: string): number[] {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
}

/**
 * Why a file's wrapping looks wrong for how it is read, or undefined. Without `wrapped`: most lines
 * are about as long as the longest and end without closing punctuation, as a hard-wrapped file does
 * (read line by line, each fragment would become a paragraph). With `wrapped`: no blank line at all,
 * so the whole file would become one paragraph.
 */
export function wrappingSuspicion(source: string, wrapped: boolean): string | undefined {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim());
  const full = lines.filter((l) => l !== '');
  if (wrapped) {
    const first = lines.findIndex((l) => l !== '');
    const last = lines.findLastIndex((l) => l !== '');
    if (full.length > 1 && !lines.slice(first, last).includes('')) {
      return `read as hard-wrapped (--wrapped), but the file has no blank line between paragraphs, so its ${full.length} lines become one paragraph; leave out --wrapped if every line is a paragraph`;
    }
    return undefined;
  }
  if (full.length < 6) return undefined;
  const longest = Math.max(...full.map((l) => [...l].length));
  const nearLongest = full.filter((l) => [...l].length >= longest * 0.9);
  const open = nearLongest.filter((l) => !/[。！？；：”’」』.!?;:"')）]$/.test(l));
  if (nearLongest.length >= full.length * 0.6 && open.length >= nearLongest.length * 0.6) {
    return `${nearLongest.length} of ${full.length} lines are about ${longest} characters long and most end mid-sentence: the file looks hard-wrapped, and each line was read as a paragraph; if it is, import it with --wrapped (paragraphs separated by blank lines)`;
  }
  return undefined;
}
