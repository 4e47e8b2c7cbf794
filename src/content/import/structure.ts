/**
 * The report's own structure (一、 parts, （一） sections) gives every paragraph its id and its
 * Markdown form; a starting meta.yaml marks what only a person can fill in.
 */
import { escapeMarkdown } from './typography.ts';

export interface SourceLine {
  /** 1-based line in the source file where the paragraph starts. */
  line: number;
  text: string;
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

export function isHeadingLike(text: string): boolean {
  return text.length <= 40 && !/[。；！？]/.test(text);
}

/**
 * Gives every paragraph an id from the report's own structure:
 * the first line is `title`; paragraphs before part 一、 are `0.1`, `0.2`…; a part heading
 * 二、… is `2`; paragraphs of part 2 are `2.<section>.<n>`, where the section is the number of
 * the last （一）… run-in heading, or 0 before the first.
 */
export function assignIds(paragraphs: readonly SourceLine[]): ImportedBlock[] {
  let part = 0;
  let section = 0;
  let n = 0;
  return paragraphs.map(({ line, text }, index): ImportedBlock => {
    if (index === 0 && isHeadingLike(text)) return { id: 'title', role: 'title', line, text };
    const partMatch = PART.exec(text);
    if (partMatch && isHeadingLike(text)) {
      part = chineseNumeral(partMatch[1]!);
      section = 0;
      n = 0;
      return { id: String(part), role: 'part', line, text };
    }
    if (part === 0) return { id: `0.${++n}`, role: 'front', line, text };
    const sectionMatch = SECTION.exec(text);
    if (sectionMatch) {
      section = chineseNumeral(sectionMatch[1]!);
      n = 0;
      return { id: `${part}.${section}.${++n}`, role: 'section', line, text };
    }
    return { id: `${part}.${section}.${++n}`, role: 'paragraph', line, text };
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

/** A meta.yaml field the import could not know, for the import report. */
export interface MetaGap {
  field: string;
  /** 1-based line of the field in the drafted meta.yaml. */
  line: number;
  text: string;
}

/**
 * A starting meta.yaml that validates; what the import cannot know is marked for a person to fill
 * in (and listed in `gaps`). Without an English source it has no `translation` (a Chinese-only text);
 * with one, the translation is `existing`: an existing translation taken as it is.
 */
export function draftMetaWithGaps(blocks: readonly ImportedBlock[], english: { title?: string } | undefined): { yaml: string; gaps: MetaGap[] } {
  const title = blocks.find((b) => b.role === 'title')?.text ?? blocks[0]?.text ?? '';
  const front = blocks.filter((b) => b.role === 'front').map((b) => b.text).join(' ');
  const date = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(front);
  const iso = date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : '1970-01-01';
  const q = (s: string) => JSON.stringify(s);
  const lines: string[] = [];
  const gaps: MetaGap[] = [];
  const add = (text: string, gap?: { field: string; text: string }) => {
    if (gap) gaps.push({ ...gap, line: lines.length + 1 });
    lines.push(...text.split('\n'));
  };
  add('# Written by the import command; check every field. Values marked "not yet recorded" need a person.');
  add(`title:\n  zh: ${q(title)}`);
  add(`  en: ${q(english?.title ?? 'Untitled (English title not yet recorded)')}`, english?.title ? undefined : { field: 'title.en', text: 'the English title' });
  add('issuer:\n  zh: 未注明\n  en: Not yet recorded', { field: 'issuer', text: 'who issued the report (e.g. 示例县人民政府 / Example County People\'s Government)' });
  add(`date: ${iso}${date ? '' : '  # not found in the text: fill in'}`, date ? { field: 'date', text: `date read from the dateline (${iso}): check it` } : { field: 'date', text: 'the date the report was delivered (not found in the text)' });
  add('level: county  # national | provincial | municipal | county', { field: 'level', text: 'the level of the issuing government (national, provincial, municipal or county)' });
  add('source:\n  description: Not yet recorded', { field: 'source', text: 'where the text was taken from (description, url, retrieved)' });
  if (english) {
    add(
      'translation:\n  kind: existing  # existing: an existing translation taken as it is; project: made for this reader, follows the glossary\n  credit: Not yet recorded\n  citeAs: Not yet recorded',
      { field: 'translation', text: 'who made the English (credit, citeAs) and whether it is an existing translation or the project\'s own' },
    );
  }
  add('aliases: {}');
  return { yaml: `${lines.join('\n')}\n`, gaps };
}

/** The drafted meta.yaml alone (see draftMetaWithGaps). `englishTitle` undefined and no `english`: Chinese only. */
export function draftMeta(blocks: readonly ImportedBlock[], englishTitle: string | undefined, hasEnglish = englishTitle !== undefined): string {
  return draftMetaWithGaps(blocks, hasEnglish ? { title: englishTitle } : undefined).yaml;
}
