import { sitePath } from '../base.ts';
import { textUrl } from '../../citation/export.ts';
import type { GlossaryEntry } from '../load/glossary.ts';
import type { Indicator } from '../load/indicators.ts';
import type { TextDoc } from '../load/text.ts';
import { markdownPlainText } from './plain-text.ts';

/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ending in CR LF, a field quoted
 * when it holds a comma, a quotation mark or a line break, a quotation mark inside it doubled.
 *
 * The file starts with a UTF-8 byte-order mark: Excel opens a CSV without one in the computer's
 * legacy code page (Windows-1252 on an English Windows), so every Chinese character would show
 * as mojibake; with it, Excel reads UTF-8. Other readers skip it (csv-parse's `bom` option,
 * pandas' `utf-8-sig`, LibreOffice).
 *
 * No cell is altered against spreadsheet formulas ("=…"): every value is this project's own
 * checked content, and a figure such as "+7.9%" must reach the sheet as written.
 */
const BOM = '\uFEFF';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Several values in one cell (variants, sources), one a line: a spreadsheet shows them stacked. */
const lines = (values: readonly string[]) => values.join('\n');

export const INDICATOR_COLUMNS = ['id', 'name_zh', 'name_en', 'period', 'value', 'value_western', 'change', 'change_western', 'paragraph', 'target_of', 'link'] as const;

/**
 * A text's headline indicators (texts/<slug>/indicators.yaml): each figure as written in the
 * Chinese and in Western notation, the paragraph it comes from and a link to it (absolute when
 * the build knows the site's address, RDR_SITE_URL).
 */
export function indicatorsCsv(doc: TextDoc, indicators: readonly Indicator[]): string {
  const base = textUrl(doc.slug) ?? sitePath(`${doc.slug}/`);
  return csv(
    INDICATOR_COLUMNS,
    indicators.map((i) => [i.id, i.name.zh, i.name.en, i.period, i.value ?? '', i.valueEn ?? '', i.change ?? '', i.changeEn ?? '', i.paragraph, i.target ?? '', `${base}#${i.paragraph}`]),
  );
}

export const GLOSSARY_COLUMNS = ['id', 'zh', 'variants', 'pinyin', 'en', 'en_variants', 'level', 'level_established', 'confidence', 'definition', 'sources', 'related'] as const;

/** A source on one line: its title, the document it names, its address. */
export const sourceLine = (s: GlossaryEntry['sources'][number]) => [s.title, s.document, s.url].filter(Boolean).join(' — ');

/** The glossary, one entry a row, sorted by id (the file name under glossary/, stable). */
export function glossaryCsv(glossary: readonly GlossaryEntry[]): string {
  const sorted = [...glossary].sort((a, b) => (a.id < b.id ? -1 : 1));
  return csv(
    GLOSSARY_COLUMNS,
    sorted.map((e) => [
      e.id,
      e.zh,
      lines(e.variants),
      e.pinyin,
      e.en,
      lines(e.enVariants),
      e.level,
      String(e.levelEstablished),
      e.confidence,
      markdownPlainText(e.definition),
      lines(e.sources.map(sourceLine)),
      lines(e.related),
    ]),
  );
}
