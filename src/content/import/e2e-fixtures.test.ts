import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from './index.ts';

/**
 * The end-to-end fixture site shows two texts made by the import command from raw files of our own
 * making (e2e/fixtures/raw/): a province's report with a page's furniture and an "official"
 * English whose paragraphs do not match one to one, and the same Chinese without English. Their
 * zh.md, en.md and alignment.yaml must be exactly what the import writes today (meta.yaml was
 * filled in by hand, as a person does), so the e2e tests test the import's real output.
 */
const root = join(import.meta.dirname, '../../..');
const raw = (name: string) => readFileSync(join(root, 'e2e/fixtures/raw', name));
const site = (slug: string, file: string) => readFileSync(join(root, 'e2e/fixtures/site/texts', slug, file), 'utf8');

describe('the imported texts of the e2e fixture site', () => {
  const zhFile = 'e2e/fixtures/raw/example-province-zh.txt';
  const enFile = 'e2e/fixtures/raw/example-province-en.txt';
  const result = importReport(raw('example-province-zh.txt'), { chineseFile: zhFile, english: raw('example-province-en.txt'), englishFile: enFile });

  it('are what the import writes from the raw files', () => {
    expect(result.zh).toBe(site('example-province-2021', 'zh.md'));
    expect(result.en).toBe(site('example-province-2021', 'en.md'));
    expect(result.alignment).toBe(site('example-province-2021', 'alignment.yaml'));
    expect(importReport(raw('example-province-zh.txt'), { chineseFile: zhFile }).zh).toBe(site('chinese-only-demo', 'zh.md'));
  });

  it('account for every line of the raw files: kept or removed as page furniture, with a reason', () => {
    const lines = (name: string) => raw(name).toString('utf8').split('\n').filter((l) => l.trim() !== '').length;
    // Each kept block starts at a source line; every other non-blank line is a printed removal.
    expect(result.blocks.length + result.removed.length).toBe(lines('example-province-zh.txt'));
    expect(result.removed.map((r) => r.line)).toEqual([1, 2, 3, 22, 23]);
    expect(result.englishRemoved.map((r) => r.line)).toEqual([1, 24, 25]);
    // The repeated salutation is content, kept both times.
    expect(result.blocks.filter((b) => b.text === '各位代表！')).toHaveLength(2);
  });
});
