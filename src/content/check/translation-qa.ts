import { describeFigure, readChineseFigures, readEnglishFigures, sameFigure } from '../annotate/figure-reader.ts';
import type { Paragraph, TextDoc } from '../load/text.ts';
import { inlineSource } from '../load/markdown.ts';
import { splitSentences } from '../annotate/sentences.ts';

/**
 * The QA pass of a translation, as a professional translation tool runs it, for each aligned pair:
 * every figure of the Chinese is in the English with the same value; 个百分点 is said as percentage
 * points; every glossary term of the Chinese has its rendering (the build found both); the English
 * is not implausibly short and has not lost sentences.
 */

export interface PairReport {
  slug: string;
  id: string;
  line: number;
  zhChars: number;
  enChars: number;
  zhSentences: number;
  enSentences: number;
  figures: number;
  terms: number;
  problems: string[];
}

/** English characters per Chinese character below which a translation is suspiciously short. */
export const MIN_LENGTH_RATIO = 2.5; // the Wuzhi pairs run from 4.4 to 5.7 where the Chinese has 20 characters or more
/** How many fewer sentences than the Chinese an English paragraph may have before it is flagged. */
export function sentenceMargin(zhSentences: number): number {
  return Math.max(1, Math.floor(zhSentences * 0.1));
}

function count(haystack: string, needle: RegExp): number {
  return haystack.match(needle)?.length ?? 0;
}

function checkPair(p: Paragraph, terms: { zh: Set<string>; en: Set<string> }): Omit<PairReport, 'slug' | 'line'> {
  const problems: string[] = [];
  const zh = p.zh.text;
  const en = p.en.text;
  // A figure is what the figure reader returns (2019年 is a year, 国道234 a name); it is in the
  // English when some English figure says the same (sameFigure: also 1.37万亿斤 as "685 million
  // metric tons"). Existence, not one-to-one: the English may state one figure for two.
  const english = readEnglishFigures(en);
  const figures = readChineseFigures(zh);
  for (const f of figures) {
    if (!english.some((e) => sameFigure(f, e))) problems.push(`figure ${f.text} (${describeFigure(f).reading}) of the Chinese is not in the English`);
  }
  const points = count(zh, /个百分点/g);
  const enPoints = count(en, /percentage points?/g);
  if (enPoints < points) problems.push(`the Chinese says 个百分点 ${points} time(s) but the English says "percentage point" ${enPoints} time(s)`);
  for (const id of terms.zh) if (!terms.en.has(id)) problems.push(`glossary term ${id} has no rendering in the English`);
  const zhChars = [...zh.replace(/\s/g, '')].length;
  const enChars = en.replace(/\s+/g, ' ').trim().length;
  if (zhChars >= 20 && enChars < zhChars * MIN_LENGTH_RATIO) problems.push(`the English (${enChars} characters) is implausibly short for the Chinese (${zhChars})`);
  const zhSentences = splitSentences(inlineSource(zh), 'zh').length;
  const enSentences = splitSentences(inlineSource(en), 'en').length;
  if (enSentences < zhSentences - sentenceMargin(zhSentences)) problems.push(`the English has ${enSentences} sentences, the Chinese ${zhSentences}`);
  return { id: p.id, zhChars, enChars, zhSentences, enSentences, figures: figures.length, terms: terms.zh.size, problems };
}

/** QA of every aligned pair of a text. `found` is what the glossary matcher marked per paragraph. */
export function checkTranslation(doc: TextDoc, found: { zh: Map<string, Set<string>>; en: Map<string, Set<string>> }): PairReport[] {
  return doc.paragraphs.map((p) => {
    const key = `${doc.slug}#${p.id}`;
    const report = checkPair(p, { zh: found.zh.get(key) ?? new Set(), en: found.en.get(key) ?? new Set() });
    return { slug: doc.slug, line: p.lines.en, ...report };
  });
}

/** A plain-text table of the reports, one row per paragraph, problems listed under their row. */
export function formatTable(reports: PairReport[], file: (slug: string) => string): string {
  const header = ['paragraph', 'zh chars', 'en chars', 'ratio', 'zh sent.', 'en sent.', 'figures', 'terms', 'status'];
  const rows = reports.map((r) => [
    `${r.slug} ¶ ${r.id}`,
    String(r.zhChars),
    String(r.enChars),
    r.zhChars ? (r.enChars / r.zhChars).toFixed(2) : '-',
    String(r.zhSentences),
    String(r.enSentences),
    String(r.figures),
    String(r.terms),
    r.problems.length ? `${r.problems.length} error(s)` : 'ok',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  reports.forEach((r, i) => {
    out.push(line(rows[i]!));
    for (const problem of r.problems) out.push(`    ${file(r.slug)}:${r.line}: paragraph ${r.id}: ${problem}`);
  });
  return out.join('\n');
}
