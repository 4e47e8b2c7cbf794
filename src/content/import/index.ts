/**
 * Turning a report as people have it (a text file in UTF-8 or GB18030, hard-wrapped or not, or a
 * saved web page) into a text folder: its paragraphs with nothing lost, the page furniture removed
 * by named rules and listed, Chinese typography restored, every paragraph given an id from the
 * report's structure, the English paired with it, and a report of what a person must check.
 * Pure functions over bytes and strings; the CLI is scripts/import-text.ts.
 */
import { formatBlocks } from '../load/blocks.ts';
import { checkCharacters } from '../check/content-file.ts';
import { ContentError, ErrorList } from '../errors.ts';
import { decodeSource } from './decode.ts';
import { removeFurniture, type Removal } from './furniture.ts';
import { declaredCharset, extractArticle, looksLikeHtml } from './html.ts';
import { pairEnglish, DEFAULT_ALIGNERS, type Aligners } from './pairing.ts';
import { splitParagraphs, wrappingSuspicion, type Lang, type SourceParagraph } from './paragraphs.ts';
import { ImportFailure, ImportReport, SECTION, type ReportSection } from './report.ts';
import { assignIds, draftMetaWithGaps, toMarkdown, type ImportedBlock } from './structure.ts';
import { normalizeChineseTypography } from './typography.ts';

export { decodeSource, type DecodedSource } from './decode.ts';
export { LINE_RULES, furnitureRuleFor, removeFurniture, type FurnitureRule, type Removal } from './furniture.ts';
export { extractArticle, looksLikeHtml } from './html.ts';
export { DEFAULT_ALIGNERS, pairEnglish, type Aligners } from './pairing.ts';
export { joinWrappedLines, splitParagraphs, textLines, wrappingSuspicion, type SourceParagraph } from './paragraphs.ts';
export { ImportFailure, ImportReport, SECTION, formatReport, type ReportItem, type ReportSection } from './report.ts';
export { assignIds, draftMeta, draftMetaWithGaps, toMarkdown, type BlockRole, type ImportedBlock, type SourceLine } from './structure.ts';
export { escapeMarkdown, normalizeChineseTypography, type TypographyResult } from './typography.ts';

/** A source as text already decoded, or as the bytes of its file. */
export type SourceInput = string | Uint8Array;

export interface SideOptions {
  /** The name messages and the report use (the path given on the command line). */
  file: string;
  /** Hard-wrapped: paragraphs separated by blank lines, lines joined. */
  wrapped?: boolean;
  /** `--encoding`: read the bytes in this encoding instead of detecting it. */
  encoding?: string;
  /** Lines to keep although a furniture rule (or the page's article) would leave them out. */
  keep?: readonly number[];
  /** Keep every line (`--keep-all-lines`). */
  keepAll?: boolean;
}

export interface ReadSource {
  /** The report's paragraphs, page furniture removed. */
  paragraphs: SourceParagraph[];
  removed: Removal[];
  /** For a web page: page text outside the article. */
  leftOut: Removal[];
}

/**
 * Reads one side (Chinese or English): decodes it, extracts a page's article, splits paragraphs
 * and removes furniture. What it read, removed and suspects goes into `report`. A source with no
 * text left is a ContentError.
 */
export function readSource(input: SourceInput, lang: Lang, options: SideOptions, report: ImportReport): ReadSource {
  const { file } = options;
  let text: string;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '');
    report.add(SECTION.encoding, { file, text: 'given as text (already decoded)' });
  } else {
    const sniffed = new TextDecoder('latin1').decode(input.subarray(0, 4096));
    const declared = looksLikeHtml(file, sniffed) ? declaredCharset(input) : undefined;
    const decoded = decodeSource(input, file, { encoding: options.encoding, declared });
    text = decoded.text;
    report.add(SECTION.encoding, { file, text: `read as ${decoded.encoding} (${decoded.how})` });
  }
  if (text.trim() === '') throw new ContentError(file, 1, 'the file is empty: there is no text to import');
  // The build refuses invisible control and direction characters; the import names them at the
  // source, where the person who pasted them can delete them, rather than dropping them unseen.
  const refused = new ErrorList();
  if (!checkCharacters(text, file, refused)) {
    for (const e of refused.errors.slice(1)) report.add(SECTION.warnings, { file: e.file, line: e.line, text: e.reason });
    throw refused.errors[0]!;
  }

  const keep = new Set(options.keep ?? []);
  let paragraphs: SourceParagraph[];
  let leftOut: Removal[] = [];
  let dropped: { line: number; text: string; why: string }[] = [];
  if (looksLikeHtml(file, text)) {
    const page = extractArticle(text, file, lang, keep);
    paragraphs = page.paragraphs;
    dropped = page.keptAgainstReadability;
    leftOut = options.keepAll ? [] : page.leftOut;
    if (options.keepAll) paragraphs = [...page.paragraphs, ...page.leftOut].sort((a, b) => a.line - b.line);
    for (const l of leftOut) report.add(SECTION.leftOut, { file, line: l.line, text: `[${l.why}] ${l.text}` });
    if (page.title === 'title element') report.add(SECTION.warnings, { file, line: paragraphs[0]?.line, text: 'the page has no <h1>; the title was taken from its <title>: check it' });
    if (page.title === 'none') report.add(SECTION.warnings, { file, text: 'the page has no <h1> and no <title>; the first paragraph was taken for the title: check it' });
  } else {
    paragraphs = splitParagraphs(text, options.wrapped, lang);
    const suspicion = wrappingSuspicion(text, options.wrapped ?? false);
    if (suspicion) report.add(SECTION.warnings, { file, text: suspicion });
  }
  const { kept, removed } = removeFurniture(paragraphs, { keep, keepAll: options.keepAll });
  for (const r of removed) report.add(SECTION.removed, { file, line: r.line, text: `[${r.why}] ${r.text}` });
  // What Readability would have dropped and the import kept is worth a look, unless it was furniture anyway.
  const keptLines = new Set(kept.slice(1).map((p) => p.line));
  for (const k of dropped) if (keptLines.has(k.line)) report.add(SECTION.warnings, { file, line: k.line, text: `kept: ${k.why}: ${k.text}` });
  if (kept.length === 0) {
    throw new ContentError(
      file,
      paragraphs[0]?.line ?? 1,
      `every one of its ${paragraphs.length} paragraphs was taken for web-page furniture (listed in the report); keep the ones that are text with --keep <line>, or --keep-all-lines`,
    );
  }
  return { paragraphs: kept, removed, leftOut };
}

export interface ImportOptions {
  /** The Chinese file's name for messages (default "chinese"). */
  chineseFile?: string;
  english?: SourceInput;
  /** The English file's name for messages (default "english"). */
  englishFile?: string;
  /** The Chinese source is hard-wrapped (see SideOptions.wrapped). */
  wrapped?: boolean;
  /** The English source is hard-wrapped. */
  englishWrapped?: boolean;
  encoding?: string;
  englishEncoding?: string;
  keep?: readonly number[];
  keepEnglish?: readonly number[];
  keepAllLines?: boolean;
  aligners?: Aligners;
}

export interface ImportResult {
  blocks: ImportedBlock[];
  /** Chinese lines removed as furniture. */
  removed: Removal[];
  englishRemoved: Removal[];
  changes: Record<string, number>;
  /** Typography warnings, "line N: …". */
  warnings: string[];
  zh: string;
  en?: string;
  /** alignment.yaml, drafted (with an English source). */
  alignment?: string;
  /** meta.yaml, drafted. */
  meta: string;
  englishTitle?: string;
  /** What a person must check, in sections. */
  report: ReportSection[];
}

/**
 * The whole import. The English (optional) is cleaned by the same rules and paired with the
 * Chinese paragraphs by the paragraph aligner, so the counts need not be equal. A ContentError
 * comes out as an ImportFailure, which carries the report as far as it got.
 */
export function importReport(chinese: SourceInput, options: ImportOptions = {}): ImportResult {
  const report = new ImportReport();
  // These sections are printed even when empty, so "none" says the check was made.
  for (const title of [SECTION.encoding, SECTION.removed, SECTION.warnings, SECTION.typography]) report.section(title);
  const files = { zh: options.chineseFile ?? 'chinese', en: options.englishFile ?? 'english' };
  try {
    return run(chinese, options, files, report);
  } catch (error) {
    if (error instanceof ContentError && !(error instanceof ImportFailure)) throw new ImportFailure(error, report.ordered());
    throw error;
  }
}

function run(chinese: SourceInput, options: ImportOptions, files: { zh: string; en: string }, report: ImportReport): ImportResult {
  const zhSource = readSource(chinese, 'zh', { file: files.zh, wrapped: options.wrapped, encoding: options.encoding, keep: options.keep, keepAll: options.keepAllLines }, report);
  // The English is read before anything is written, so an unreadable English stops the import too.
  const enSource =
    options.english === undefined
      ? undefined
      : readSource(options.english, 'en', { file: files.en, wrapped: options.englishWrapped, encoding: options.englishEncoding, keep: options.keepEnglish, keepAll: options.keepAllLines }, report);

  const changes: Record<string, number> = {};
  const warnings: string[] = [];
  const normalized = zhSource.paragraphs.map((p) => {
    const r = normalizeChineseTypography(p.text);
    for (const [k, v] of Object.entries(r.changes)) changes[k] = (changes[k] ?? 0) + v;
    for (const w of r.warnings) {
      warnings.push(`line ${p.line}: ${w}`);
      report.add(SECTION.warnings, { file: files.zh, line: p.line, text: w });
    }
    return { line: p.line, text: r.text };
  });
  const changed = Object.entries(changes);
  if (changed.length > 0) report.add(SECTION.typography, { file: files.zh, text: changed.map(([k, v]) => `${k} ×${v}`).join(', ') });

  const blocks = assignIds(normalized);
  const zhBlocks = blocks.map((block) => ({ block, markdown: toMarkdown(block.role, block.text, 'zh') }));
  const zh = formatBlocks(zhBlocks.map((b) => ({ id: b.block.id, markdown: b.markdown })));
  const english = enSource ? pairEnglish(zhBlocks, enSource.paragraphs, files, report, options.aligners ?? DEFAULT_ALIGNERS) : undefined;
  const meta = draftMetaWithGaps(blocks, english ? { title: english.title } : undefined);
  for (const gap of meta.gaps) report.add(SECTION.metadata, { file: 'meta.yaml', line: gap.line, text: `${gap.field}: ${gap.text}` });
  return {
    blocks,
    removed: zhSource.removed,
    englishRemoved: enSource?.removed ?? [],
    changes,
    warnings,
    zh,
    en: english?.en,
    alignment: english?.alignment,
    meta: meta.yaml,
    englishTitle: english?.title,
    report: report.ordered(),
  };
}
