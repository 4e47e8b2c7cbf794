import { describe, expect, it } from 'vitest';
import { ErrorList } from '../errors.ts';
import { renderTextBlock } from '../load/markdown.ts';
import { escapeMarkdown, normalizeChineseTypography } from './typography.ts';

/** What a reader sees of a block written from `text`: its plain text, and any build error. */
function shown(markdown: string) {
  const errors = new ErrorList();
  const block = renderTextBlock(markdown, { file: 'zh.md', line: 1, errors });
  return { text: block.text, kind: block.kind, html: block.html, errors: errors.errors.map((e) => e.message) };
}

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

  it('changes nothing in a text that already has its typography, and says so', () => {
    const text = '力争用3~5年时间，建成省级现代农业产业园2个，“专精特新”企业12家。';
    expect(normalizeChineseTypography(text)).toEqual({ text, changes: {}, warnings: [] });
  });

  it('warns about an unbalanced quotation', () => {
    expect(normalizeChineseTypography('以"三大改造为抓手').warnings).toHaveLength(1);
  });
});

describe('escaping Markdown so the text shows exactly as written', () => {
  const texts = [
    '力争用3~5年时间，建成1~2个园区',
    '~~不是删除线~~',
    '*星号*和*另一个*',
    '_下划线_ and _more_',
    '# 不是标题',
    '#5号楼',
    '## 也不是',
    '[链接](https://example.com)',
    '<b>粗体</b> <script>alert(1)</script>',
    '管委会+公司，a|b|c',
    'C:\\path\\to\\file\\',
    '`代码` and ``more``',
    '1. GRP growth of around 6 percent',
    '1) first',
    '2020. A year of progress',
    '- a list item',
    '+ another',
    '> a quotation',
    '=== not a heading underline',
    '---',
    '* * *',
    '_ _ _',
    '&copy; and &#169; are written out',
    '\\1. already escaped?',
    'ends with a backslash\\',
  ];
  for (const text of texts) {
    it(JSON.stringify(text), () => {
      expect(shown(escapeMarkdown(text))).toMatchObject({ text, kind: 'paragraph', errors: [] });
    });
  }

  it('shows a leading "1." without a stray backslash (the backslash goes after the digits)', () => {
    expect(escapeMarkdown('1. GRP growth')).toBe('1\\. GRP growth');
    expect(shown(escapeMarkdown('1. GRP growth')).html).toBe('1. GRP growth');
  });

  it('escapes every line of a block joined by hard line breaks', () => {
    const lines = ['The main targets are:', '1. GRP growth of around 6 percent', '- a dash', '# a hash'];
    const markdown = lines.map(escapeMarkdown).join('\\\n');
    expect(shown(markdown)).toMatchObject({ text: lines.join('\n'), kind: 'paragraph', errors: [] });
  });
});
