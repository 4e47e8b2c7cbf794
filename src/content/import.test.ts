import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBlocks } from './blocks.ts';
import { ContentError, ErrorList, decodeUtf8 } from './errors.ts';
import { assignIds, importReport, normalizeChineseTypography, removeClutter, splitParagraphs } from './import.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/tiny', name), 'utf8');

describe('cleaning a scraped page', () => {
  // These lines are the seed page's own clutter, copied verbatim.
  const page = [
    '文似观山不喜平 — — 观山文库◆记住我,来上我~',
    '',
    '2020年武陟县政府工作报告',
    '',
    'admin 分享 时间: 加入收藏 共计23781个字,预计阅读时长80分钟',
    '',
    '2020年武陟县政府工作报告',
    '',
    '各位代表:',
    '',
    '221381',
    '领取福利',
    '',
    '微信扫码领取福利',
    '',
    '微信扫码分享',
  ].join('\n');

  it('removes the banner, the byline, the repeated title and the footer, saying why', () => {
    const { kept, removed } = removeClutter(splitParagraphs(page));
    expect(kept.map((p) => p.text)).toEqual(['2020年武陟县政府工作报告', '各位代表:']);
    expect(removed.map((r) => [r.line, r.why])).toEqual([
      [1, 'site banner'],
      [5, 'byline and share line'],
      [7, 'repeats line 3'],
      [11, 'site footer'],
      [12, 'site footer'],
      [14, 'site footer'],
      [16, 'site footer'],
    ]);
  });

  it('keeps a number that is part of the report, not the trailing counter', () => {
    const { kept } = removeClutter(splitParagraphs('一、总体要求\n\n2020\n\n正文。'));
    expect(kept.map((p) => p.text)).toEqual(['一、总体要求', '2020', '正文。']);
  });

  it('joins the lines of a hard-wrapped file only when told to', () => {
    expect(splitParagraphs('第一行\n第二行\n\nsecond').map((p) => p.text)).toEqual(['第一行', '第二行', 'second']);
    expect(splitParagraphs('第一行\n第二行\n\nan English\nline', true).map((p) => p.text)).toEqual(['第一行第二行', 'an English line']);
  });
});

describe('restoring Chinese typography', () => {
  it('uses full-width punctuation, curly quotes and a leading ——', () => {
    const r = normalizeChineseTypography('--综合实力稳中增强。以"三大改造"助推转型,六县(市)第1位;代表:');
    expect(r.text).toBe('——综合实力稳中增强。以“三大改造”助推转型，六县（市）第1位；代表：');
    expect(r.changes).toMatchObject({ '——': 1, '，': 1, '（': 1, '）': 1, '；': 1, '：': 1, '“”': 1 });
  });

  it('leaves figures alone', () => {
    const figures = '由9.9:58.3:31.8调整为8.4:56:35.6,每亩增加200-400元,PM10、PM2.5下降,4A级景区,5G网络,共1,000户';
    expect(normalizeChineseTypography(figures).text).toBe('由9.9:58.3:31.8调整为8.4:56:35.6，每亩增加200-400元，PM10、PM2.5下降，4A级景区，5G网络，共1,000户');
  });

  it('warns about an unbalanced quotation', () => {
    expect(normalizeChineseTypography('以"三大改造为抓手').warnings).toHaveLength(1);
  });
});

describe('paragraph ids from the report structure', () => {
  it('numbers front matter, parts, sections and paragraphs', () => {
    const ids = assignIds(
      ['2020年武陟县政府工作报告', '各位代表：', '一、2019年工作回顾', '过去的一年。', '（一）调结构促转型。正文。', '正文。', '（二）抓老城建新城。', '二、2020年工作总体要求和主要目标', '今年。'].map((text, i) => ({ line: i + 1, text })),
    );
    expect(ids.map((b) => b.id)).toEqual(['title', '0.1', '1', '1.0.1', '1.1.1', '1.1.2', '1.2.1', '2', '2.0.1']);
  });

  it('reads 十 and beyond in part and section numbers', () => {
    const ids = assignIds(['标题', '十一、其他', '（十二）某节。'].map((text, i) => ({ line: i + 1, text })));
    expect(ids.map((b) => b.id)).toEqual(['title', '11', '11.12.1']);
  });

  it('does not take 一是… for a part heading', () => {
    const ids = assignIds(['标题', '一、回顾', '一是经济下行压力较大。'].map((text, i) => ({ line: i + 1, text })));
    expect(ids.map((b) => b.id)).toEqual(['title', '1', '1.0.1']);
  });
});

describe('the whole import', () => {
  it('turns a scraped report and its English into aligned blocks with the same ids', () => {
    const result = importReport(fixture('zh.txt'), { english: fixture('en.txt'), englishFile: 'en.txt' });
    const errors = new ErrorList();
    const zh = parseBlocks(result.zh, 'zh.md', errors);
    const en = parseBlocks(result.en!, 'en.md', errors);
    expect(errors.errors).toEqual([]);
    expect(zh.map((b) => b.id)).toEqual(['title', '0.1', '0.2', '1', '1.0.1', '1.1.1', '2', '2.0.1']);
    expect(en.map((b) => b.id)).toEqual(zh.map((b) => b.id));
    expect(zh.find((b) => b.id === '1.1.1')?.markdown).toBe('**（一）抓项目促发展**。实施“三大改造”项目59个，盘活土地500余亩。');
    expect(en.find((b) => b.id === '1.1.1')?.markdown).toBe('**(1) Promoting development through projects.** We implemented 59 "Three Major Transformations" projects and revitalized more than 500 mu of land.');
    expect(zh[0]?.markdown).toBe('# 2021年示例县政府工作报告');
    expect(result.removed).toHaveLength(6);
  });

  it('refuses an English file whose paragraph count differs, naming the line', () => {
    const english = fixture('en.txt').split('\n\n').slice(0, -1).join('\n\n');
    expect(() => importReport(fixture('zh.txt'), { english, englishFile: 'en.txt' })).toThrowError(
      /^en\.txt:\d+: the English has 7 paragraphs but the Chinese has 8 after cleaning/,
    );
  });

  it('escapes Markdown characters so the text shows exactly as written', () => {
    const result = importReport('标题\n\n一、部分\n\n管委会+公司，<b>粗体</b>，*星号*');
    expect(result.zh).toContain('管委会+公司，\\<b\\>粗体\\</b\\>，\\*星号\\*');
  });
});

describe('source encoding', () => {
  it('rejects a file that is not UTF-8 with its line', () => {
    const gbk = new Uint8Array([0xe4, 0xb8, 0x80, 0x0a, 0x41, 0x0a, 0xce, 0xe4]); // "一\nA\n" then GBK 武
    expect(() => decodeUtf8(gbk, 'report.txt')).toThrowError(new ContentError('report.txt', 3, 'the file is not valid UTF-8 (byte 6); save it as UTF-8 and try again'));
  });
});
