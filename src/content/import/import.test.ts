import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../load/blocks.ts';
import { ErrorList } from '../errors.ts';
import { renderTextBlock } from '../load/markdown.ts';
import { TextMetaSchema } from '../check/schema.ts';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_ALIGNERS, ImportFailure, SECTION, assignIds, importReport, type Aligners, type ReportSection } from './index.ts';

const tiny = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/tiny', name), 'utf8');
const countyPath = (name: string) => join(import.meta.dirname, 'fixtures/county-2023', name);
const county = (name: string) => new Uint8Array(readFileSync(countyPath(name)));
const countyText = (name: string) => readFileSync(countyPath(name), 'utf8');

const section = (report: ReportSection[], title: string) => report.find((s) => s.title === title)?.items ?? [];
const blocksOf = (markdown: string, file = 'zh.md') => {
  const errors = new ErrorList();
  const blocks = parseBlocks(markdown, file, errors);
  expect(errors.errors).toEqual([]);
  return blocks;
};
/** What a reader sees of a block. */
const shown = (markdown: string) => renderTextBlock(markdown, { file: 'en.md', line: 1, errors: new ErrorList() }).text;

/** Hard-wraps every paragraph of a one-paragraph-per-line text at `width` characters, blank lines between. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => [...l].reduce<string[]>((lines, ch, i) => (i % width === 0 ? [...lines, ch] : [...lines.slice(0, -1), lines.at(-1)! + ch]), []).join('\n'))
    .join('\n\n');
}

/** A paragraph aligner that returns fixed groups (the real one is tested by its own module). */
const fixedGroups = (groups: { zh: number[]; en: number[]; unsure?: string }[]): Aligners => ({ ...DEFAULT_ALIGNERS, paragraphs: () => groups });
/** One to one, and the English lines from `from` on all with Chinese paragraph `at`. */
function oneToOneWithList(zhCount: number, at: number, from: number, to: number): { zh: number[]; en: number[]; unsure?: string }[] {
  return Array.from({ length: zhCount }, (_, i) => ({
    zh: [i],
    en: i < at ? [i] : i === at ? Array.from({ length: to - from + 1 }, (_, k) => from + k) : [i + (to - from)],
  }));
}

describe('the same report, whatever form it comes in', () => {
  const expected = importReport(countyText('report.zh.txt')).zh;

  it('gives the same Chinese paragraphs from a copied page (UTF-8), GB18030, hard-wrapped and a saved page', () => {
    const copied = importReport(county('page-copy.zh.txt'), { chineseFile: 'page-copy.zh.txt' });
    const gb18030 = importReport(county('page-copy.zh.gb18030.txt'), { chineseFile: 'page-copy.zh.gb18030.txt' });
    const wrapped = [17, 23, 31].map((width) => importReport(hardWrap(countyText('page-copy.zh.txt'), width), { chineseFile: 'wrapped.txt', wrapped: true }));
    const page = importReport(county('saved-page.gbk.html'), { chineseFile: 'saved-page.gbk.html' });
    for (const result of [copied, gb18030, ...wrapped, page]) expect(result.zh).toBe(expected);
    expect(blocksOf(expected)).toHaveLength(16);
  });

  it('says which encoding it read', () => {
    const report = (file: string) => section(importReport(county(file), { chineseFile: file }).report, SECTION.encoding).map((i) => i.text);
    expect(report('page-copy.zh.txt')).toEqual(['read as utf-8 (the file is valid UTF-8)']);
    expect(report('page-copy.zh.gb18030.txt')).toEqual(['read as gb18030 (detected: not UTF-8, and it reads as Chinese in GB18030)']);
    expect(report('saved-page.gbk.html')).toEqual(['read as gbk (the page declares charset=gbk)']);
  });

  it('lists every line it removed, with file, line, reason and text', () => {
    const removed = section(importReport(county('page-copy.zh.txt'), { chineseFile: 'page-copy.zh.txt' }).report, SECTION.removed);
    expect(removed).toHaveLength(12);
    expect(removed[0]).toEqual({ file: 'page-copy.zh.txt', line: 1, text: "[site banner (the site's name and slogan)] 示例县人民政府门户网站" });
    expect(removed.at(-1)).toEqual({ file: 'page-copy.zh.txt', line: 30, text: '[a bare number after the last paragraph (the page view counter)] 1532' });
  });

  it('keeps the furniture it was told to keep', () => {
    const result = importReport(county('page-copy.zh.txt'), { chineseFile: 'page-copy.zh.txt', keep: [30] });
    expect(result.blocks.at(-1)?.text).toBe('1532');
    expect(importReport(county('page-copy.zh.txt'), { keepAllLines: true }).removed).toEqual([]);
  });
});

describe('the English beside the Chinese', () => {
  const zhCount = 16;
  // After its furniture (Print, Share, the byline, the copyright) the English has 20 lines: the
  // list of targets, one Chinese paragraph (index 12), is five English lines (indices 12–16).
  const listed = fixedGroups(oneToOneWithList(zhCount, 12, 12, 16));
  const imported = (aligners: Aligners) =>
    importReport(county('page-copy.zh.txt'), { chineseFile: 'zh.txt', english: county('report.en.txt'), englishFile: 'en.txt', aligners });

  it("cleans the English of its page's furniture and lists it", () => {
    const result = imported(listed);
    expect(result.englishRemoved.map((r) => r.text)).toEqual(['Print', 'Share', 'Source: Example County Daily | Updated: 2023-01-10 09:30', "Copyright © 2023 Example County People's Government. All rights reserved."]);
    expect(section(result.report, SECTION.removed).filter((i) => i.file === 'en.txt').map((i) => i.line)).toEqual([1, 2, 5, 24]);
  });

  it('writes a paragraph the English sets as several lines as one block, each line on its own line', () => {
    const result = imported(listed);
    const zh = blocksOf(result.zh);
    const en = blocksOf(result.en!, 'en.md');
    expect(en.map((b) => b.id)).toEqual(zh.map((b) => b.id));
    const targets = en.find((b) => b.id === '2.0.1')!;
    expect(shown(targets.markdown)).toBe(
      [
        'The main targets for the county\'s economic and social development this year are:',
        '1. GRP growth of around 6 percent',
        '2. Growth of 7 percent in general public budget revenue',
        '3. Per capita disposable income of urban and rural residents growing basically in step with the economy',
        '4. Grain output of over 600,000 tonnes',
      ].join('\n'),
    );
    expect(section(result.report, SECTION.paragraphs).map((i) => i.text)).toEqual(['paragraph 2.0.1 is 5 English lines (en.txt:16-20), kept as lines of one block']);
  });

  it('pairs the lines with the real paragraph aligner the same way', () => {
    const result = imported(DEFAULT_ALIGNERS);
    expect(result.en).toBe(imported(listed).en);
    expect(result.englishTitle).toBe('2023 Government Work Report of Example County');
  });

  it('drafts the sentence alignment for every pair, in the form alignment.yaml reads', () => {
    const alignment = parseYaml(imported(listed).alignment!) as Record<string, string>;
    // (Object keys list integer-like ids first: compare as sets.)
    expect(Object.keys(alignment).sort()).toEqual(blocksOf(imported(listed).zh).map((b) => b.id).sort());
    expect(alignment['title']).toBe('1=1');
    expect(alignment['1.0.1']).toMatch(/^1=1(\+\d)*( \d+=\d+(\+\d+)*)*$/);
  });

  it('lists the sentence groups the aligner is unsure of', () => {
    const unsure: Aligners = { paragraphs: listed.paragraphs, sentences: (pairs) => pairs.map(({ zh, en }) => [{ zh: zh.map((_, i) => i + 1), en: en.map((_, i) => i + 1), unsure: zh.length !== en.length }]) };
    const items = section(importReport(county('page-copy.zh.txt'), { chineseFile: 'zh.txt', english: county('report.en.txt'), englishFile: 'en.txt', aligners: unsure }).report, SECTION.sentences);
    expect(items.map((i) => [i.line, i.text])).toContainEqual([15, 'paragraph 1.0.1: 1=1+2 (of 1 Chinese and 2 English sentences)']);
  });

  it('puts an English paragraph that translates two Chinese ones under the first, marks the second "with" it, and says so', () => {
    const groups = oneToOneWithList(zhCount, 12, 12, 16);
    // Chinese 9 and 10 (各位代表！ and 成绩来之不易…) together have English 9 and 10.
    groups[9] = { zh: [9, 10], en: [9, 10] };
    groups.splice(10, 1);
    const result = imported(fixedGroups(groups));
    const en = blocksOf(result.en!, 'en.md');
    expect(en.map((b) => b.id)).not.toContain('1.2.3');
    expect(shown(en.find((b) => b.id === '1.2.2')!.markdown)).toMatch(/^Fellow Deputies,\nThese achievements/);
    expect(parseYaml(result.alignment!)).toMatchObject({ '1.2.3': 'with 1.2.2' });
    expect(section(result.report, SECTION.paragraphs).map((i) => i.text)).toContainEqual(expect.stringMatching(/^paragraphs 1\.2\.2, 1\.2\.3 share one English paragraph \(en\.txt:13\)/));
  });

  it('writes no English for a paragraph the English lacks, and says so', () => {
    const groups = oneToOneWithList(zhCount, 12, 12, 16);
    groups[2] = { zh: [2], en: [], unsure: 'no English line fits this paragraph' };
    groups[1] = { zh: [1], en: [1, 2] };
    const result = imported(fixedGroups(groups));
    expect(blocksOf(result.en!, 'en.md').map((b) => b.id)).not.toContain('0.2');
    expect(section(result.report, SECTION.paragraphs)).toContainEqual({ file: 'zh.txt', line: 11, text: 'paragraph 0.2 has no English line (unsure: no English line fits this paragraph)' });
  });
});

describe('a text for the reader from the tiny scraped page', () => {
  it('turns a scraped report and its English into aligned blocks with the same ids', () => {
    const result = importReport(tiny('zh.txt'), { english: tiny('en.txt'), englishFile: 'en.txt' });
    const zh = blocksOf(result.zh);
    const en = blocksOf(result.en!, 'en.md');
    expect(zh.map((b) => b.id)).toEqual(['title', '0.1', '0.2', '1', '1.0.1', '1.1.1', '2', '2.0.1']);
    expect(en.map((b) => b.id)).toEqual(zh.map((b) => b.id));
    expect(zh.find((b) => b.id === '1.1.1')?.markdown).toBe('**（一）抓项目促发展**。实施“三大改造”项目59个，盘活土地500余亩。');
    expect(en.find((b) => b.id === '1.1.1')?.markdown).toBe('**(1) Promoting development through projects.** We implemented 59 "Three Major Transformations" projects and revitalized more than 500 mu of land.');
    expect(zh[0]?.markdown).toBe('# 2021年示例县政府工作报告');
    expect(result.removed.map((r) => r.line)).toEqual([1, 5, 7, 23, 24, 26]);
  });

  it('escapes Markdown characters so the text shows exactly as written', () => {
    const result = importReport('标题\n\n一、部分\n\n管委会+公司，<b>粗体</b>，*星号*，3~5年和1~2个');
    expect(result.zh).toContain('管委会+公司，\\<b\\>粗体\\</b\\>，\\*星号\\*，3\\~5年和1\\~2个');
  });
});

describe('paragraph ids from the report structure', () => {
  const ids = (texts: string[]) => assignIds(texts.map((text, i) => ({ line: i + 1, text }))).map((b) => b.id);

  it('numbers front matter, parts, sections and paragraphs', () => {
    expect(ids(['2020年武陟县政府工作报告', '各位代表：', '一、2019年工作回顾', '过去的一年。', '（一）调结构促转型。正文。', '正文。', '（二）抓老城建新城。', '二、2020年工作总体要求和主要目标', '今年。'])).toEqual([
      'title', '0.1', '1', '1.0.1', '1.1.1', '1.1.2', '1.2.1', '2', '2.0.1',
    ]);
  });

  it('reads 十 and beyond in part and section numbers', () => {
    expect(ids(['标题', '十一、其他', '（十二）某节。'])).toEqual(['title', '11', '11.12.1']);
  });

  it('does not take 一是… for a part heading', () => {
    expect(ids(['标题', '一、回顾', '一是经济下行压力较大。'])).toEqual(['title', '1', '1.0.1']);
  });
});

describe('the drafted meta.yaml', () => {
  const meta = (english?: string) => parseYaml(importReport(countyText('report.zh.txt'), { english }).meta) as Record<string, unknown>;

  it('is valid, with level county and an existing translation when the English is given', () => {
    const withEnglish = meta(countyText('report.en.txt'));
    expect(TextMetaSchema.safeParse(withEnglish).success).toBe(true);
    expect(withEnglish).toMatchObject({ level: 'county', date: '2023-01-06', translation: { kind: 'existing' }, title: { en: '2023 Government Work Report of Example County' } });
    expect(importReport(countyText('report.zh.txt'), { english: countyText('report.en.txt') }).meta).toContain('level: county  # national | provincial | municipal | county');
  });

  it('has no translation at all for a Chinese-only text', () => {
    const chineseOnly = meta();
    expect(TextMetaSchema.safeParse(chineseOnly).success).toBe(true);
    expect(chineseOnly).not.toHaveProperty('translation');
  });

  it('lists in the report what a person must fill in', () => {
    const items = section(importReport(countyText('report.zh.txt')).report, SECTION.metadata).map((i) => i.text.split(':')[0]);
    expect(items).toEqual(['title.en', 'issuer', 'date', 'level', 'source']);
  });
});

describe('bad input: file:line and a plain sentence, and the report so far', () => {
  const fails = (run: () => unknown): ImportFailure => {
    try {
      run();
    } catch (error) {
      if (error instanceof ImportFailure) return error;
      throw error;
    }
    throw new Error('the import did not fail');
  };

  it('an empty file', () => {
    expect(fails(() => importReport(new Uint8Array(), { chineseFile: 'zh.txt' })).message).toBe('zh.txt:1: the file is empty: there is no text to import');
    expect(fails(() => importReport('\n  \n', { chineseFile: 'zh.txt' })).message).toBe('zh.txt:1: the file is empty: there is no text to import');
  });

  it('a file whose every line is furniture', () => {
    const failure = fails(() => importReport('分享到：\n打印本页\n版权所有：示例县人民政府', { chineseFile: 'zh.txt' }));
    expect(failure.message).toMatch(/^zh\.txt:1: every one of its 3 paragraphs was taken for web-page furniture .*--keep <line>/);
    expect(section(failure.report, SECTION.removed)).toHaveLength(3);
  });

  it('a page with no article', () => {
    const page = '<!DOCTYPE html><html><body><div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div></body></html>';
    expect(fails(() => importReport(page, { chineseFile: 'page.html' })).message).toMatch(/^page\.html:1: this page has no article/);
  });

  it('an unknown encoding', () => {
    expect(fails(() => importReport(county('page-copy.zh.txt'), { chineseFile: 'zh.txt', encoding: 'latin-9000' })).message).toMatch(/^zh\.txt:1: --encoding "latin-9000" is not an encoding/);
  });

  it('an invisible control or direction character, which the build would refuse', () => {
    expect(fails(() => importReport('标题\n各位代表：\n正文\u202e。', { chineseFile: 'zh.txt' })).message).toMatch(/^zh\.txt:3: column 3 holds U\+202E RIGHT-TO-LEFT OVERRIDE/);
  });

  it('an English file that cannot be read, after the Chinese was cleaned: the removals are still reported', () => {
    const english = new Uint8Array([...new TextEncoder().encode('Print\nFellow Deputies,\n'), 0x63, 0x61, 0x66, 0xe9, 0x20]);
    const failure = fails(() => importReport(county('page-copy.zh.txt'), { chineseFile: 'zh.txt', english, englishFile: 'en.txt' }));
    expect(failure.message).toBe('en.txt:3: this line is neither UTF-8 nor GB18030 (GBK) text; save the file as UTF-8, or name its encoding with --encoding');
    expect(section(failure.report, SECTION.removed).filter((i) => i.file === 'zh.txt')).toHaveLength(12);
  });
});

// Each case starts the command in a new Node process (about 1 s alone, several on a loaded 2-core machine).
describe('npm run import', { timeout: 60_000 }, () => {
  const cli = (args: string[], root: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../../scripts/import-text.ts'), ...args], { env: { ...process.env, RDR_CONTENT_ROOT: root }, encoding: 'utf8' });
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), 'rdr-import-'));
    mkdirSync(join(root, 'texts'));
    return root;
  };

  it('writes the text folder and ends with the report', () => {
    const root = project();
    const run = cli([countyPath('page-copy.zh.txt'), '--slug', 'county-2023', '--en', countyPath('report.en.txt')], root);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const name of ['zh.md', 'en.md', 'alignment.yaml', 'meta.yaml']) expect(existsSync(join(root, 'texts/county-2023', name))).toBe(true);
    expect(run.stdout).toContain(`${countyPath('page-copy.zh.txt')}:2  [site navigation (a line of short menu items)] 首页 | 政务公开 | 政务服务 | 互动交流 | 走进示例`);
    expect(run.stdout).toMatch(/Metadata to fill in \(meta\.yaml\) \(5\):/);
  });

  it('prints the removed lines and the error, and writes nothing, when the import fails', () => {
    const root = project();
    const bad = join(root, 'en.txt');
    writeFileSync(bad, new Uint8Array([0x50, 0x72, 0x69, 0x6e, 0x74, 0x0a, 0xe9, 0x20]));
    const run = cli([countyPath('page-copy.zh.txt'), '--slug', 'county-2023', '--en', bad], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[copyright, filing number or site-owner footer] 版权所有');
    expect(run.stderr).toBe(`error: ${bad}:2: this line is neither UTF-8 nor GB18030 (GBK) text; save the file as UTF-8, or name its encoding with --encoding\n`);
    expect(existsSync(join(root, 'texts/county-2023'))).toBe(false);
  });

  it('refuses an English file that does not exist, and an existing folder without --force', () => {
    const root = project();
    const missing = cli([countyPath('report.zh.txt'), '--slug', 'county-2023', '--en', join(root, 'nope.txt')], root);
    expect(missing.stderr).toBe(`error: ${join(root, 'nope.txt')}:1: there is no such file\n`);
    mkdirSync(join(root, 'texts/county-2023'));
    const again = cli([countyPath('report.zh.txt'), '--slug', 'county-2023'], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; pass --force/);
    expect(cli([countyPath('report.zh.txt'), '--slug', 'county-2023', '--force'], root).status).toBe(0);
  });
});
