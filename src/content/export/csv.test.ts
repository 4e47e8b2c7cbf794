import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../load/glossary.ts';
import { GLOSSARY_COLUMNS, glossaryCsv, INDICATOR_COLUMNS, indicatorsCsv, sourceLine } from './csv.ts';
import { markdownPlainText } from './plain-text.ts';
import { fixtureSite, wuzhiSite } from './test-sites.ts';

/** A CSV as Excel is given it: bytes, then read back by csv-parse as RFC 4180 with the BOM. */
function readBack(csv: string): Record<string, string>[] {
  const bytes = Buffer.from(csv, 'utf8');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false }) as Record<string, string>[];
}

/** The words a reader sees in the glossary page's definition (its HTML read by linkedom): the download must hold each, in order. */
function wordsOfHtml(html: string): string[] {
  // A block ends a word, as on the page; textContent alone would run "…city</li><li>Mengzhou" together.
  const spaced = html.replace(/<(\/?(?:p|li|ul|ol|blockquote|h[1-6]))\b/g, ' <$1');
  const { document } = parseHTML(`<!doctype html><html><body>${spaced}</body></html>`);
  return words(document.body.textContent ?? '');
}
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

function expectInOrder(all: string[], wanted: string[]) {
  let at = 0;
  for (const word of wanted) {
    at = all.indexOf(word, at);
    expect(at, `"${word}" is missing or out of order`).toBeGreaterThanOrEqual(0);
    at++;
  }
}

describe('the indicators CSV', () => {
  it('has every Wuzhi indicator with its figures as written, its Western reading and a link to its paragraph', () => {
    const { site, doc } = wuzhiSite();
    const indicators = site.indicators.get(doc.slug)!;
    const rows = readBack(indicatorsCsv(doc, indicators));
    expect(Object.keys(rows[0]!)).toEqual([...INDICATOR_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(indicators.map((i) => i.id));
    rows.forEach((row, n) => {
      const i = indicators[n]!;
      expect(row).toEqual({
        id: i.id,
        name_zh: i.name.zh,
        name_en: i.name.en,
        period: i.period,
        value: i.value ?? '',
        value_western: i.valueEn ?? '',
        change: i.change ?? '',
        change_western: i.changeEn ?? '',
        paragraph: i.paragraph,
        target_of: i.target ?? '',
        link: `/wuzhi-2020/#${i.paragraph}`,
      });
    });
    expect(rows.find((r) => r.id === 'grp')).toMatchObject({ value: '463.3亿元', value_western: '46.33 billion yuan', change: '+7.9%' });
  });

  it('quotes a name with a comma and quotation marks, and ends records in CR LF', () => {
    const { site, doc } = fixtureSite();
    const csv = indicatorsCsv(doc, site.indicators.get(doc.slug)!);
    expect(csv).toContain(',"Output, ""gross"" (total)",');
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(readBack(csv)[0]).toMatchObject({ name_en: 'Output, "gross" (total)', value: '12.5亿元', value_western: '1.25 billion yuan', link: '/sample/#1.0.1' });
  });

  it('links absolutely when the build knows the site address', () => {
    const { site, doc } = fixtureSite();
    const before = process.env.RDR_SITE_URL;
    process.env.RDR_SITE_URL = 'https://reader.example/';
    try {
      expect(readBack(indicatorsCsv(doc, site.indicators.get(doc.slug)!))[0]!.link).toBe('https://reader.example/sample/#1.0.1');
    } finally {
      if (before === undefined) delete process.env.RDR_SITE_URL;
      else process.env.RDR_SITE_URL = before;
    }
  });
});

function expectEveryEntry(glossary: GlossaryEntry[]) {
  const rows = readBack(glossaryCsv(glossary));
  expect(Object.keys(rows[0]!)).toEqual([...GLOSSARY_COLUMNS]);
  expect(rows.map((r) => r.id)).toEqual(glossary.map((e) => e.id).sort());
  const lines = (cell: string) => (cell === '' ? [] : cell.split('\n'));
  for (const row of rows) {
    const e = glossary.find((g) => g.id === row.id)!;
    expect([row.zh, lines(row.variants!), row.pinyin, row.en, lines(row.en_variants!), row.level, row.level_established, row.confidence]).toEqual([
      e.zh,
      e.variants,
      e.pinyin,
      e.en,
      e.enVariants,
      e.level,
      String(e.levelEstablished),
      e.confidence,
    ]);
    expect(lines(row.related!)).toEqual(e.related);
    expect(lines(row.sources!)).toEqual(e.sources.map(sourceLine));
    for (const s of e.sources) for (const part of [s.title, s.url, s.document]) if (part) expect(row.sources).toContain(part);
    expect(row.definition).toBe(markdownPlainText(e.definition));
    expectInOrder(words(row.definition!), wordsOfHtml(e.definitionHtml));
  }
  return rows;
}

describe('the glossary CSV', () => {
  it('has every entry of the project glossary, each field as the entry has it and every word of its definition', () => {
    const { site } = wuzhiSite();
    const rows = expectEveryEntry(site.glossary);
    expect(rows).toHaveLength(site.glossary.length);
  });

  it('writes the definition as plain text: paragraphs, numbered items, link addresses, no Markdown', () => {
    const { site } = fixtureSite();
    const row = expectEveryEntry(site.glossary).find((r) => r.id === 'liu-wen')!;
    expect(row.definition).toBe(
      'Six areas to keep "stable", with a comma, written over two lines & a < b.\n\n1. jobs (稳就业);\n2. finance, see a page (https://example.org/x).',
    );
    expect(row.sources).toBe('A "quoted", title — https://example.org/s?a=1&b=2\nA named document — State Council, Some Opinion, 1 May 2020');
    expect(row).toMatchObject({ variants: '稳六项', en_variants: 'stability in six areas', related: 'liu-bao' });
  });
});
