/**
 * What the import changes in the characters of a paragraph, and nothing else: Chinese typography
 * flattened to ASCII by a web page or a copy is restored, and Markdown-significant characters are
 * escaped so that the rendered text is exactly the source text.
 */

export interface TypographyResult {
  text: string;
  /** What was changed, e.g. { '，': 12, '“”': 2 }. */
  changes: Record<string, number>;
  /** Problems a person should look at (an odd number of quote marks). */
  warnings: string[];
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';

/**
 * Restores the typography of a Chinese original whose punctuation was flattened to ASCII:
 * full-width ，：；（）！？, curly “ ” quotes, —— for a leading --. Figures are left alone: a comma
 * or colon between digits (1,000 and 9.9:58.3:31.8), hyphens in ranges (200-400元), PM2.5, 4A, 5G.
 */
export function normalizeChineseTypography(input: string): TypographyResult {
  const changes: Record<string, number> = {};
  const warnings: string[] = [];
  const count = (key: string) => (changes[key] = (changes[key] ?? 0) + 1);
  let text = input;

  text = text.replace(/^(?:--|—(?!—)|－－)/, () => (count('——'), '——'));
  text = text.replace(/,/g, (m, at: number) => (isBetweenDigits(text, at) ? m : (count('，'), '，')));
  text = text.replace(/:/g, (m, at: number) => (isBetweenDigits(text, at) ? m : (count('：'), '：')));
  text = text.replace(/;/g, () => (count('；'), '；'));
  text = text.replace(/\(/g, () => (count('（'), '（')).replace(/\)/g, () => (count('）'), '）'));
  text = text.replace(new RegExp(`(?<=[${CJK}])!`, 'g'), () => (count('！'), '！'));
  text = text.replace(new RegExp(`(?<=[${CJK}])\\?`, 'g'), () => (count('？'), '？'));
  // Full-width punctuation carries its own spacing; a space after it is a leftover of the ASCII.
  text = text.replace(/([，：；（）！？。、])[^\S\n]+(?=\S)/g, (_m, p: string) => (count('space after full-width punctuation'), p));

  let open = true;
  let quotes = 0;
  text = text.replace(/"/g, () => {
    quotes++;
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
  if (quotes > 0) changes['“”'] = quotes / 2;
  if (quotes % 2 === 1) warnings.push(`odd number of quotation marks (${quotes}); check where the quotation closes`);
  return { text, changes, warnings };
}

function isBetweenDigits(text: string, at: number): boolean {
  return /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
}

// Characters Markdown (CommonMark + GFM, as marked reads it) may take for markup anywhere in a line:
// emphasis * _, strikethrough ~ (GFM reads a single ~ too: 3~5年 would be struck through), code `,
// links [ ], raw HTML and autolinks < >, table cells |, headings #, and the escape character itself.
const INLINE_MARKUP = /[\\`*_~[\]<>|#]/g;
// An entity reference (&copy; &#169;) would show as the character it names.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Escapes what Markdown would read as markup, so the text shows exactly as written. Works line by
 * line, because a hard line break (1:n English) starts a new line where a leading "1." or "-"
 * would start a list. A leading ordered-list marker is escaped on its punctuation ("1\."), which is
 * an escape; a backslash before a digit is not, and would show.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_MARKUP, (c) => `\\${c}`)
        .replace(ENTITY, '\\&')
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^[-+=]/, (c) => `\\${c}`),
    )
    .join('\n');
}
