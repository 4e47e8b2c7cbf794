/**
 * Turning a plain-text report (as copied or scraped from a web page) into a text folder:
 * split into paragraphs, drop the page's clutter, restore Chinese typography, give every
 * paragraph an id that follows the report's structure. Pure functions; the CLI is
 * scripts/import-text.ts.
 */
import { formatBlocks } from './blocks.ts';
import { ContentError } from './errors.ts';

export interface SourceLine {
  /** 1-based line in the source file where the paragraph starts. */
  line: number;
  text: string;
}

/**
 * One paragraph per non-blank line (blank lines between paragraphs are allowed and ignored).
 * With `wrapped`, the file is hard-wrapped instead: paragraphs are separated by blank lines and the
 * lines inside one are joined (with no space between CJK characters, with one space otherwise).
 */
export function splitParagraphs(source: string, wrapped = false): SourceLine[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const paragraphs: SourceLine[] = [];
  let current: SourceLine | undefined;
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t === '') {
      current = undefined;
      return;
    }
    if (!wrapped || !current) {
      current = { line: i + 1, text: t };
      paragraphs.push(current);
      return;
    }
    const cjkJoin = /[\u3000-\u9fff\uff00-\uffef]$/.test(current.text) && /^[\u3000-\u9fff\uff00-\uffef]/.test(t);
    current.text += (cjkJoin ? '' : ' ') + t;
  });
  return paragraphs;
}

export interface Removal extends SourceLine {
  why: string;
}

const BANNER = /◆|文似观山不喜平|观山文库/;
const BYLINE = /^admin\s|加入收藏|预计阅读时长|阅读时长\d+分钟/;
const FOOTER = /^\d{3,}$|^领取福利$|微信扫码|扫码(领取|分享|关注)/;

/**
 * Removes what a scraped page drags in: the site's banner, the byline and share line, the footer
 * (a bare counter, "领取福利", "微信扫码…"), and a repeated title. Everything removed is returned
 * with its line and the reason, so the CLI can print it and nothing disappears unseen.
 */
export function removeClutter(paragraphs: SourceLine[]): { kept: SourceLine[]; removed: Removal[] } {
  const kept: SourceLine[] = [];
  const removed: Removal[] = [];
  const seen = new Map<string, number>();
  // The footer is what follows the last paragraph that is not footer-like.
  let end = paragraphs.length;
  while (end > 0 && FOOTER.test(paragraphs[end - 1]!.text)) end--;
  paragraphs.forEach((p, index) => {
    let why: string | undefined;
    if (index >= end) why = 'site footer';
    else if (BANNER.test(p.text)) why = 'site banner';
    else if (BYLINE.test(p.text)) why = 'byline and share line';
    else if (seen.has(p.text) && p.text.length <= 60) why = `repeats line ${seen.get(p.text)}`;
    if (why) removed.push({ ...p, why });
    else {
      kept.push(p);
      if (!seen.has(p.text)) seen.set(p.text, p.line);
    }
  });
  return { kept, removed };
}

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
  // Full-width punctuation needs no space after it.
  text = text.replace(/([，：；（）！？。、])\s+(?=[^\s])/g, '$1');

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

/** Escapes characters that Markdown would read as markup, so the text shows exactly as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^(#{1,6}\s|[-+]\s|\d+[.)]\s|>)/, (m) => `\\${m}`);
}

const PART = /^([一二三四五六七八九十]+)、(?=\S)/;
const SECTION = /^（([一二三四五六七八九十]+)）/;
const NUMERALS = '一二三四五六七八九十';

function chineseNumeral(n: string): number {
  if (n === '十') return 10;
  if (n.startsWith('十')) return 10 + NUMERALS.indexOf(n[1]!) + 1;
  if (n.endsWith('十')) return (NUMERALS.indexOf(n[0]!) + 1) * 10;
  if (n.includes('十')) return (NUMERALS.indexOf(n[0]!) + 1) * 10 + NUMERALS.indexOf(n[2]!) + 1;
  return NUMERALS.indexOf(n) + 1;
}

export type BlockRole = 'title' | 'front' | 'part' | 'section' | 'paragraph';

export interface ImportedBlock {
  id: string;
  role: BlockRole;
  line: number;
  text: string;
}

function isHeadingLike(text: string): boolean {
  return text.length <= 40 && !/[。；！？]/.test(text);
}

/**
 * Gives every paragraph an id from the report's own structure:
 * the first line is `title`; paragraphs before part 一、 are `0.1`, `0.2`…; a part heading
 * 二、… is `2`; paragraphs of part 2 are `2.<section>.<n>`, where the section is the number of
 * the last （一）… run-in heading, or 0 before the first.
 */
export function assignIds(paragraphs: SourceLine[]): ImportedBlock[] {
  let part = 0;
  let section = 0;
  let n = 0;
  return paragraphs.map((p, index): ImportedBlock => {
    if (index === 0 && isHeadingLike(p.text)) return { id: 'title', role: 'title', ...p };
    const partMatch = PART.exec(p.text);
    if (partMatch && isHeadingLike(p.text)) {
      part = chineseNumeral(partMatch[1]!);
      section = 0;
      n = 0;
      return { id: String(part), role: 'part', ...p };
    }
    if (part === 0) return { id: `0.${++n}`, role: 'front', ...p };
    const sectionMatch = SECTION.exec(p.text);
    if (sectionMatch) {
      section = chineseNumeral(sectionMatch[1]!);
      n = 0;
      return { id: `${part}.${section}.${++n}`, role: 'section', ...p };
    }
    return { id: `${part}.${section}.${++n}`, role: 'paragraph', ...p };
  });
}

/** Markdown for a block: `#` for the title, `##` for parts, a run-in section heading in bold. */
export function toMarkdown(role: BlockRole, text: string, lang: 'zh' | 'en'): string {
  if (role === 'title') return `# ${escapeMarkdown(text)}`;
  if (role === 'part') return `## ${escapeMarkdown(text)}`;
  if (role === 'section') {
    // The run-in heading is the first sentence: up to 。 in Chinese, up to the first ". " in English.
    // In Chinese the closing ** goes before the 。: CommonMark does not close emphasis after
    // punctuation when a letter follows (**标题。**正文 would show its asterisks).
    if (lang === 'zh') {
      const end = text.indexOf('。');
      if (end > 0) return `**${escapeMarkdown(text.slice(0, end))}**${escapeMarkdown(text.slice(end))}`;
    } else {
      const end = text.search(/\.(\s|$)/);
      if (end > 0) return `**${escapeMarkdown(text.slice(0, end + 1))}**${text.length > end + 1 ? ' ' : ''}${escapeMarkdown(text.slice(end + 1).trim())}`;
    }
  }
  return escapeMarkdown(text);
}

export interface ImportResult {
  blocks: ImportedBlock[];
  removed: Removal[];
  changes: Record<string, number>;
  warnings: string[];
  zh: string;
  en?: string;
}

/**
 * The whole import. `english` (optional) must have one paragraph per cleaned Chinese paragraph,
 * in order; otherwise a ContentError names the English file and the first unmatched line.
 */
export function importReport(
  chinese: string,
  options: { english?: string; englishFile?: string; wrapped?: boolean } = {},
): ImportResult {
  const { kept, removed } = removeClutter(splitParagraphs(chinese, options.wrapped));
  const changes: Record<string, number> = {};
  const warnings: string[] = [];
  const normalized = kept.map((p) => {
    const r = normalizeChineseTypography(p.text);
    for (const [k, v] of Object.entries(r.changes)) changes[k] = (changes[k] ?? 0) + v;
    for (const w of r.warnings) warnings.push(`line ${p.line}: ${w}`);
    return { line: p.line, text: r.text };
  });
  const blocks = assignIds(normalized);
  const zh = formatBlocks(blocks.map((b) => ({ id: b.id, markdown: toMarkdown(b.role, b.text, 'zh') })));
  let en: string | undefined;
  if (options.english !== undefined) {
    const english = splitParagraphs(options.english, options.wrapped);
    if (english.length !== blocks.length) {
      const line = english[Math.min(english.length, blocks.length)]?.line ?? (english.at(-1)?.line ?? 0) + 1;
      throw new ContentError(
        options.englishFile ?? 'english',
        line,
        `the English has ${english.length} paragraphs but the Chinese has ${blocks.length} after cleaning; they must match one to one, in order`,
      );
    }
    en = formatBlocks(blocks.map((b, i) => ({ id: b.id, markdown: toMarkdown(b.role, english[i]!.text, 'en') })));
  }
  return { blocks, removed, changes, warnings, zh, en };
}

/** A starting meta.yaml that validates; what the import cannot know is marked for a person to fill in. */
export function draftMeta(blocks: ImportedBlock[], englishTitle: string | undefined): string {
  const title = blocks.find((b) => b.role === 'title')?.text ?? blocks[0]?.text ?? '';
  const front = blocks.filter((b) => b.role === 'front').map((b) => b.text).join(' ');
  const date = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(front);
  const iso = date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : '1970-01-01';
  const q = (s: string) => JSON.stringify(s);
  return [
    '# Written by the import command; check every field. Values marked "not yet recorded" need a person.',
    `title:\n  zh: ${q(title)}\n  en: ${q(englishTitle ?? 'Untitled (English title not yet recorded)')}`,
    'issuer:\n  zh: 未注明\n  en: Not yet recorded',
    `date: ${iso}${date ? '' : '  # not found in the text: fill in'}`,
    'level: national  # national | Henan | Jiaozuo | Wuzhi',
    'source:\n  description: Not yet recorded',
    'translation:\n  credit: Not yet recorded\n  citeAs: Not yet recorded',
    'aliases: {}',
    '',
  ].join('\n');
}
