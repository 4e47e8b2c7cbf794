import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TextDoc } from '../load/text.ts';
import { fixtureSite, wuzhiSite } from './test-sites.ts';
import { escapeTsvField, paragraphsTsv, TSV_COLUMNS, unescapeTsvField } from './tsv.ts';

/** The TSV read back by csv-parse, with quoting off (a tab and a line break are never inside a field). */
function readBack(doc: TextDoc): Record<string, string>[] {
  const rows = parse(paragraphsTsv(doc), { delimiter: '\t', quote: false, record_delimiter: '\n', columns: true }) as Record<string, string>[];
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, unescapeTsvField(v)])));
}

function expectEveryParagraph(doc: TextDoc) {
  const rows = readBack(doc);
  expect(Object.keys(rows[0]!)).toEqual([...TSV_COLUMNS]);
  expect(rows.map((r) => r.id)).toEqual(doc.paragraphs.map((p) => p.id));
  doc.paragraphs.forEach((p, i) => {
    const row = rows[i]!;
    expect([row.kind, Number(row.depth), row.zh, row.en]).toEqual([p.kind, p.depth, p.zh.text, p.en.text]);
    expect(row.english).toBe(p.english.state === 'with' ? `with ${p.english.id}` : p.english.state);
    // The groups written back as numbers are the paragraph's own.
    const groups = row.sentence_groups ? row.sentence_groups.split(' ').map((g) => g.split('=').map((side) => side.split('+').map(Number))) : undefined;
    expect(groups?.map(([zh, en]) => ({ zh, en }))).toEqual(p.sentenceGroups);
  });
  return rows;
}

describe('the TSV of a text', () => {
  it('has one row per paragraph of the Wuzhi report, in order, with every word of both languages', () => {
    const { doc } = wuzhiSite();
    const rows = expectEveryParagraph(doc);
    expect(rows.find((r) => r.id === '1.0.2')!.zh).toContain('全县地区生产总值突破463.3亿元，增长7.9%');
  });

  it('gives tabs, line breaks and backslashes back exactly, and says which paragraphs have no English', () => {
    const { doc } = fixtureSite();
    const tsv = paragraphsTsv(doc);
    // One line per row: header + 8 paragraphs.
    expect(tsv.split('\n')).toHaveLength(10);
    const rows = expectEveryParagraph(doc);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['1.0.3']!.en).toBe('This paragraph\'s English has a\ttab, a "quoted, word" and a line break\nhere. It also translates the next paragraph.');
    expect(byId['1.0.3']!.zh).toBe('这一段的中文\n跨两行书写。');
    expect(byId['2.0.1']!.zh).toBe('重点任务：见说明。路径写作C:\\temp\\new。');
    expect([byId['1.0.2']!.english, byId['1.0.2']!.en, byId['1.0.4']!.english]).toEqual(['missing', '', 'with 1.0.3']);
    expect(byId['1.0.1']!.sentence_groups).toBe('1=1 2=2+3 3=4');
  });
});

describe('TSV escaping', () => {
  it('is undone exactly, even for a backslash before n or t', () => {
    for (const value of ['a\tb', 'a\nb\r\n', 'C:\\new\\table', '\\\\t', 'plain 中文']) {
      const escaped = escapeTsvField(value);
      expect(escaped).not.toMatch(/[\t\n\r]/);
      expect(unescapeTsvField(escaped)).toBe(value);
    }
    expect(escapeTsvField('C:\\new\ttab')).toBe('C:\\\\new\\ttab');
  });
});
