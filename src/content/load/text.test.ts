import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../import/index.ts';
import { loadText } from './text.ts';
import { buildPages } from '../site.ts';
import { SAMPLE_META as META, sampleProject } from '../fixtures/sample.ts';

const ZH = '@title\n# 示例\n\n@1\n## 一、部分\n\n@1.0.1\n第一段。\n\n@1.0.2\n第二段。\n';
const EN = '@title\n# Example\n\n@1\n## I. Part\n\n@1.0.1\nFirst paragraph.\n\n@1.0.2\nSecond paragraph.\n';

/** Writes a text folder into a fresh temporary project and loads it. */
function load(files: { meta?: string | Uint8Array; zh?: string | Uint8Array; en?: string | Uint8Array }) {
  const root = sampleProject({ 'meta.yaml': files.meta ?? META, 'zh.md': files.zh ?? ZH, 'en.md': files.en ?? EN });
  return () => loadText(join(root, 'texts', 'sample'), { root });
}

describe('a valid text', () => {
  it('loads with every paragraph aligned', () => {
    const doc = load({})();
    expect(doc.paragraphs.map((p) => [p.id, p.zh.text, p.en.text])).toEqual([
      ['title', '示例', 'Example'],
      ['1', '一、部分', 'I. Part'],
      ['1.0.1', '第一段。', 'First paragraph.'],
      ['1.0.2', '第二段。', 'Second paragraph.'],
    ]);
  });
});

describe('bad input fails with file:line and a plain sentence', () => {
  const cases: [string, Parameters<typeof load>[0], string][] = [
    ['a paragraph with no English', { en: EN.replace('@1.0.2\nSecond paragraph.\n', '') }, 'texts/sample/zh.md:10: paragraph 1.0.2 has no English translation in texts/sample/en.md'],
    ['a paragraph with no Chinese', { en: `${EN}\n@1.0.3\nThird.\n` }, 'texts/sample/en.md:13: paragraph 1.0.3 has no Chinese counterpart in texts/sample/zh.md'],
    ['a duplicate id', { zh: ZH.replace('@1.0.2', '@1.0.1') }, 'texts/sample/zh.md:10: duplicate paragraph id 1.0.1 (first used at line 7)'],
    ['an empty paragraph', { en: EN.replace('First paragraph.', '') }, 'texts/sample/en.md:7: paragraph 1.0.1 is empty'],
    ['an invalid id', { zh: ZH.replace('@1.0.2', '@1..2') }, 'texts/sample/zh.md:10: "@1..2" is not a valid paragraph id'],
    ['text outside any paragraph', { zh: `stray\n${ZH}` }, 'texts/sample/zh.md:1: text before the first "@id" marker belongs to no paragraph'],
    ['two paragraphs under one id', { en: EN.replace('First paragraph.', 'First.\n\nAnother.') }, 'texts/sample/en.md:8: a paragraph block must hold exactly one paragraph or heading, found 2'],
    ['paragraphs out of order', { en: EN.replace('@1.0.1\nFirst paragraph.\n\n@1.0.2\nSecond paragraph.', '@1.0.2\nSecond paragraph.\n\n@1.0.1\nFirst paragraph.') }, 'texts/sample/en.md:7: paragraph 1.0.2 is out of order: the Chinese has 1.0.1 here'],
    ['a heading translated as a paragraph', { en: EN.replace('## I. Part', 'I. Part') }, 'texts/sample/en.md:4: paragraph 1 is a paragraph in English but a level-2 heading in Chinese'],
    ['raw HTML', { en: EN.replace('First paragraph.', 'First <script>alert(1)</script> paragraph.') }, 'texts/sample/en.md:8: raw HTML is not allowed in Markdown'],
    ['a javascript: link', { en: EN.replace('First paragraph.', 'First [x](javascript:alert(1)) paragraph.') }, 'texts/sample/en.md:8: link target "javascript:alert(1)" is not allowed'],
    ['bold that cannot close after CJK punctuation', { zh: ZH.replace('第一段。', '**（一）标题。**第一段。') }, 'texts/sample/zh.md:8: bold markers "**" did not close'],
    ['an image', { zh: ZH.replace('第一段。', '第一段![x](https://example.org/x.png)') }, 'texts/sample/zh.md:8: images are not allowed in Markdown'],
    ['malformed YAML', { meta: META.replace('date: 2021-01-08', 'date: [2021') }, 'texts/sample/meta.yaml:'],
    ['a missing metadata field', { meta: META.replace("issuer:\n  zh: 示例县人民政府\n  en: Example County People's Government\n", '') }, 'texts/sample/meta.yaml:1: issuer is missing'],
    ['an impossible date', { meta: META.replace('2021-01-08', '2021-02-30') }, 'texts/sample/meta.yaml:7: date is not a real calendar date'],
    ['a date in another format', { meta: META.replace('2021-01-08', '8 January 2021') }, 'texts/sample/meta.yaml:7: date must be a date written YYYY-MM-DD'],
    ['an unknown level', { meta: META.replace('level: county', 'level: Wuzhi') }, 'texts/sample/meta.yaml:8: level is invalid'],
    ['an unknown metadata key', { meta: `${META}colour: red\n` }, 'texts/sample/meta.yaml:1: the file has unknown key(s)'],
    ['an alias to nowhere', { meta: `${META}aliases:\n  "2.1": "9.9.9"\n` }, 'texts/sample/meta.yaml:15: alias 2.1 points to 9.9.9, which is not a paragraph of this text'],
    ['a file that is not UTF-8', { en: new Uint8Array([0x40, 0x31, 0x0a, 0xb5, 0xda]) }, 'texts/sample/en.md:2: the file is not valid UTF-8'],
  ];
  it.each(cases)('%s', (_name, files, expected) => {
    const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(load(files)).toThrowError(new RegExp(`^${escaped}`, 'm'));
  });

  it('reports every problem of a text at once', () => {
    const run = load({ zh: ZH.replace('@1.0.2', '@1.0.1'), en: EN.replace('First paragraph.', '') });
    expect(run).toThrowError(/zh\.md:10: duplicate[\s\S]*en\.md:7: paragraph 1\.0\.1 is empty/);
  });
});

describe('every message gives the line a person must edit', () => {
  const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;
  const withAlignment = (alignment: string) => {
    const root = sampleProject({ 'meta.yaml': META, 'zh.md': ZH, 'en.md': EN, 'alignment.yaml': alignment });
    return () => loadText(join(root, 'texts', 'sample'), { root });
  };

  it('a file with lone-CR line endings loads like one with LF', () => {
    const doc = load({ zh: ZH.replace(/\n/g, '\r'), en: EN.replace(/\n/g, '\r\n') })();
    expect(doc.paragraphs.map((p) => [p.id, p.zh.text, p.en.text])).toEqual(load({})().paragraphs.map((p) => [p.id, p.zh.text, p.en.text]));
  });

  it('a lone-CR file counts its lines as an editor does', () => {
    expect(load({ zh: ZH.replace('@1.0.2', '@1.0.1').replace(/\n/g, '\r') })).toThrowError(/^texts\/sample\/zh\.md:10: duplicate paragraph id 1\.0\.1 \(first used at line 7\)/m);
  });

  it('an alias is reported at its own line in meta.yaml, not at a line that happens to hold its digits', () => {
    const meta = `${META}aliases:\n  "2": "9.9.9"\n`;
    expect(load({ meta })).toThrowError(new RegExp(`^texts/sample/meta\\.yaml:${lineOf(meta, '  "2": "9.9.9"')}: alias 2 points to 9\\.9\\.9`, 'm'));
  });

  it('an alias named like a key of meta.yaml is reported under aliases', () => {
    const meta = `${META}aliases:\n  title: "1.0.1"\n`;
    expect(load({ meta })).toThrowError(new RegExp(`^texts/sample/meta\\.yaml:${lineOf(meta, '  title: "1.0.1"')}: alias title is also a current paragraph id`, 'm'));
  });

  it('excerpt.endsAfter is reported at its line', () => {
    const meta = `${META}excerpt:\n  note:\n    zh: 节选\n    en: An excerpt\n  endsAfter: "1.0.1"\n`;
    expect(load({ meta })).toThrowError(new RegExp(`^texts/sample/meta\\.yaml:${lineOf(meta, '  endsAfter: "1.0.1"')}: excerpt\\.endsAfter is 1\\.0\\.1, but the text's last paragraph is 1\\.0\\.2`, 'm'));
  });

  it('an unclosed quotation mark in meta.yaml is reported where it opens', () => {
    const meta = META.replace('  en: Example\n', '  en: "Example\n');
    expect(load({ meta })).toThrowError(/^texts\/sample\/meta\.yaml:3: malformed YAML: Missing closing "quote/m);
  });

  const ALIGNED = 'title: "1=1"\n"1": "1=1"\n"1.0.1": "1=1"\n"1.0.2": "1=1"\n';
  it('an alignment of a paragraph that is not in the text is reported at its key, a number too', () => {
    const alignment = `${ALIGNED}9: "1=1"\n`;
    expect(withAlignment(alignment)).toThrowError(/^texts\/sample\/alignment\.yaml:5: paragraph 9 is aligned but is not in the text/m);
  });

  it('a wrong sentence alignment is reported at its paragraph', () => {
    const alignment = ALIGNED.replace('"1.0.1": "1=1"', '1.0.1: "1=2"');
    expect(withAlignment(alignment)).toThrowError(/^texts\/sample\/alignment\.yaml:3: paragraph 1\.0\.1: English sentence 2 does not exist \(the paragraph has 1\)/m);
  });
});

describe('adding a report with its English translation', () => {
  it('takes one import and a build, and shows every paragraph aligned', () => {
    const fixtures = join(import.meta.dirname, '../fixtures/tiny');
    const result = importReport(readFileSync(join(fixtures, 'zh.txt'), 'utf8'), { english: readFileSync(join(fixtures, 'en.txt'), 'utf8') });
    const root = mkdtempSync(join(tmpdir(), 'rdr-'));
    const dir = join(root, 'texts', 'example-2021');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'zh.md'), result.zh);
    writeFileSync(join(dir, 'en.md'), result.en!);
    writeFileSync(join(dir, 'meta.yaml'), META);
    const pages = buildPages(root, { head: '' });
    const reader = pages.find((p) => p.path === 'example-2021/index.html')!;
    for (const block of result.blocks) {
      expect(reader.html).toContain(`class="cell zh" lang="zh-Hans" data-para="${block.id}"`);
      expect(reader.html).toContain(`class="cell en" lang="en" data-para="${block.id}"`);
    }
    expect(pages.find((p) => p.path === 'index.html')!.html).toContain('href="/example-2021/"');
  });
});

// The Wuzhi text's own figures (8,736 Han characters, 232 sentences, every figure in its English)
// are content checks now: source.counts in its meta.yaml and npm run check:translation.
describe('the counts of the cleaned source', () => {
  const meta = (han: number, sentences: number) => META.replace('  description: A test fixture.\n', `  description: A test fixture.\n  counts:\n    han: ${han}\n    sentences: ${sentences}\n`);

  it('pass when the Chinese holds as many Han characters and sentences', () => {
    // 示例, 一、部分, 第一段。, 第二段。: 2 + 3 + 3 + 3 Han characters; two sentences end in 。.
    expect(load({ meta: meta(11, 2) })().paragraphs).toHaveLength(4);
  });

  it('fail at their line when a sentence was lost', () => {
    expect(load({ meta: meta(11, 3) })).toThrowError(/^texts\/sample\/meta\.yaml:13: the source holds 3 sentences \(。！？\), but the Chinese text has 2: a sentence was lost or added/m);
    expect(load({ meta: meta(12, 2) })).toThrowError(/^texts\/sample\/meta\.yaml:12: the source holds 12 Han characters, but the Chinese text has 11/m);
  });
});
