/**
 * The English beside the Chinese: which English lines translate which Chinese paragraph (an
 * official translation sets a list as separate lines, splits or merges paragraphs), and, inside
 * each pair, which sentences translate which. Both are drafts for a person to check: every group
 * the aligners are unsure of goes into the import report.
 */
import { alignParagraphs, type ParagraphGroup, type ParagraphInput } from '../align/paragraphs.ts';
import { formatAlignmentFile, type AlignmentEntry } from '../align/alignment-file.ts';
import { alignTextSentences, type SentenceGroupDraft, type SentencePair } from '../align/sentences.ts';
import { formatBlocks } from '../load/blocks.ts';
import { ContentError } from '../errors.ts';
import { inlineSource } from '../load/markdown.ts';
import { splitSentences } from '../annotate/sentences.ts';
import type { SourceParagraph } from './paragraphs.ts';
import { ImportReport, SECTION } from './report.ts';
import { toMarkdown, type ImportedBlock } from './structure.ts';

export type ParagraphAligner = (zh: readonly ParagraphInput[], en: readonly ParagraphInput[]) => ParagraphGroup[];
/** Aligns the sentences of every paragraph pair of one text at once: the length model is measured on the whole text. */
export type SentenceAligner = (pairs: readonly SentencePair[]) => SentenceGroupDraft[][];

export interface Aligners {
  paragraphs: ParagraphAligner;
  sentences: SentenceAligner;
}

export const DEFAULT_ALIGNERS: Aligners = {
  paragraphs: (zh, en) => alignParagraphs(zh, en),
  sentences: (pairs) => alignTextSentences(pairs),
};

export interface Files {
  zh: string;
  en: string;
}

export interface EnglishResult {
  /** en.md */
  en: string;
  /** alignment.yaml */
  alignment: string;
  /** The English of the title block, as written (for meta.yaml). */
  title?: string;
}

/** Checks that groups cover both sides once, in order: the aligner's promise, relied on below. */
function checkCover(groups: readonly ParagraphGroup[], counts: { zh: number; en: number }): void {
  const next = { zh: 0, en: 0 };
  for (const g of groups) {
    for (const lang of ['zh', 'en'] as const) {
      for (const i of g[lang]) {
        if (i !== next[lang]) throw new Error(`paragraph aligner: ${lang} paragraph ${i} out of order (expected ${next[lang]})`);
        next[lang]++;
      }
    }
  }
  if (next.zh !== counts.zh || next.en !== counts.en) throw new Error(`paragraph aligner covered ${next.zh}/${counts.zh} Chinese and ${next.en}/${counts.en} English paragraphs`);
}

/**
 * Writes the English blocks under the Chinese ids. One English line per paragraph is the plain
 * case; a paragraph the English sets as several lines (a list) becomes one block whose lines are
 * joined by Markdown hard line breaks, so each still shows on its own line; several Chinese
 * paragraphs that share one English line put it under the first id and mark the others
 * "with <first id>" in alignment.yaml; a paragraph with no English gets no block. Every such case
 * is a report item.
 */
export function pairEnglish(
  zhBlocks: readonly { block: ImportedBlock; markdown: string }[],
  english: readonly SourceParagraph[],
  files: Files,
  report: ImportReport,
  aligners: Aligners = DEFAULT_ALIGNERS,
): EnglishResult {
  const zhInput = zhBlocks.map(({ block }) => ({ text: block.text, heading: block.role === 'title' || block.role === 'part' }));
  const enInput = english.map((p) => ({ text: p.text }));
  let groups: ParagraphGroup[];
  try {
    groups = aligners.paragraphs(zhInput, enInput);
  } catch (error) {
    if (error instanceof RangeError) throw new ContentError(files.en, english[0]?.line ?? 1, `the English cannot be paired with the Chinese: ${error.message}`);
    throw error;
  }
  checkCover(groups, { zh: zhBlocks.length, en: english.length });

  const enLines = new Map<string, SourceParagraph[]>();
  const together = new Map<string, string>();
  const doubts = new Map<string, string>();
  const idOf = (i: number) => zhBlocks[i]!.block.id;
  const place = (i: number) => ({ file: files.zh, line: zhBlocks[i]!.block.line });
  groups.forEach((g, k) => {
    const lines = g.en.map((i) => english[i]!);
    if (g.zh.length === 0) {
      // An English line with no Chinese: it stays, with the paragraph before it (or after, at the start).
      const neighbour = groups[k - 1]?.zh.at(-1) ?? groups.slice(k + 1).find((n) => n.zh.length > 0)?.zh[0];
      if (neighbour === undefined) return;
      const target = enLines.get(idOf(neighbour)) ?? [];
      enLines.set(idOf(neighbour), k > 0 ? [...target, ...lines] : [...lines, ...target]);
      for (const l of lines) report.add(SECTION.paragraphs, { file: files.en, line: l.line, text: `English line with no Chinese paragraph; kept with ${idOf(neighbour)}: check it` });
      return;
    }
    const first = g.zh[0]!;
    if (lines.length > 0) enLines.set(idOf(first), [...(enLines.get(idOf(first)) ?? []), ...lines]);
    const note = g.unsure ? ` (unsure: ${g.unsure})` : '';
    if (g.unsure) doubts.set(idOf(first), `paragraph alignment unsure: ${g.unsure}`);
    if (lines.length === 0) {
      for (const i of g.zh) report.add(SECTION.paragraphs, { ...place(i), text: `paragraph ${idOf(i)} has no English line${note}` });
      return;
    }
    if (g.zh.length > 1) {
      for (const i of g.zh.slice(1)) together.set(idOf(i), idOf(first));
      report.add(SECTION.paragraphs, {
        ...place(first),
        text: `paragraphs ${g.zh.map(idOf).join(', ')} share one English paragraph (${files.en}:${lines[0]!.line}); it stands under ${idOf(first)}, and alignment.yaml marks the others "with ${idOf(first)}"${note}`,
      });
    } else if (lines.length > 1) {
      report.add(SECTION.paragraphs, { ...place(first), text: `paragraph ${idOf(first)} is ${lines.length} English lines (${files.en}:${lines[0]!.line}-${lines.at(-1)!.line}), kept as lines of one block${note}` });
    } else if (g.unsure) {
      report.add(SECTION.paragraphs, { ...place(first), text: `paragraph ${idOf(first)} and English line ${files.en}:${lines[0]!.line}: ${g.unsure}` });
    }
  });

  const enBlocks: { id: string; markdown: string }[] = [];
  const pairs: (SentencePair & { block: ImportedBlock })[] = [];
  for (const { block, markdown } of zhBlocks) {
    const lines = enLines.get(block.id);
    if (!lines) continue;
    const md = englishMarkdown(block, lines, files, report);
    enBlocks.push({ id: block.id, markdown: md });
    pairs.push({ block, zh: splitSentences(inlineSource(markdown), 'zh'), en: splitSentences(inlineSource(md), 'en') });
  }
  const aligned = aligners.sentences(pairs);
  const entries: AlignmentEntry[] = [];
  for (const [k, { block, zh: zhSentences, en: enSentences }] of pairs.entries()) {
    const drafted = aligned[k]!;
    const note = doubts.get(block.id);
    entries.push({ id: block.id, groups: drafted, ...(note ? { note } : {}) });
    const unsure = drafted.filter((g) => g.unsure);
    if (unsure.length > 0) {
      report.add(SECTION.sentences, {
        file: files.zh,
        line: block.line,
        text: `paragraph ${block.id}: ${unsure.map((g) => `${g.zh.join('+')}=${g.en.join('+')}`).join(', ')} (of ${zhSentences.length} Chinese and ${enSentences.length} English sentences)`,
      });
    }
  }
  const titleBlock = zhBlocks.find((b) => b.block.role === 'title');
  const title = titleBlock ? enLines.get(titleBlock.block.id)?.map((l) => l.text).join(' ') : undefined;
  // A paragraph whose English stands under another id says so in the form load-text.ts reads ("with 1.2.2").
  const withLines = [...together].map(([id, first]) => `${JSON.stringify(id)}: ${JSON.stringify(`with ${first}`)}\n`);
  return { en: formatBlocks(enBlocks), alignment: formatAlignmentFile(entries) + withLines.join(''), title };
}

/** One English block from its lines: one line as the Chinese block's role, more joined by hard line breaks. */
function englishMarkdown(block: ImportedBlock, lines: readonly SourceParagraph[], files: Files, report: ImportReport): string {
  if (lines.length === 1) return toMarkdown(block.role, lines[0]!.text, 'en');
  if (block.role === 'title' || block.role === 'part') {
    // A Markdown heading is one line: its English lines are joined by a space.
    report.add(SECTION.paragraphs, { file: files.en, line: lines[0]!.line, text: `heading ${block.id} is ${lines.length} English lines; joined into one heading with spaces` });
    return toMarkdown(block.role, lines.map((l) => l.text).join(' '), 'en');
  }
  const [first, ...rest] = lines;
  // A trailing backslash is CommonMark's hard line break; escapeMarkdown has already escaped any
  // backslash of the text itself, so this one is the only unescaped one at a line end.
  return [toMarkdown(block.role, first!.text, 'en'), ...rest.map((l) => toMarkdown('paragraph', l.text, 'en'))].join('\\\n');
}
