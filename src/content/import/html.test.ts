import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../errors.ts';
import { decodeSource } from './decode.ts';
import { declaredCharset, extractArticle, looksLikeHtml } from './html.ts';

const fixtures = join(import.meta.dirname, 'fixtures/county-2023');
const reportLines = readFileSync(join(fixtures, 'report.zh.txt'), 'utf8').trim().split('\n');
const savedPage = () => {
  const bytes = new Uint8Array(readFileSync(join(fixtures, 'saved-page.gbk.html')));
  return decodeSource(bytes, 'page.html', { declared: declaredCharset(bytes) }).text;
};

/** A page like a government site's, around the given article body. */
function page(body: string, head = '<title>示例县人民政府工作报告_示例县人民政府</title>'): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8">${head}</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/gk/">政务公开</a></div>
${body}
<div class="footer"><p>版权所有：示例县人民政府办公室</p></div>
</body></html>`;
}
const PARAGRAPHS = [
  '过去的一年，面对复杂严峻的发展环境，我们坚持稳中求进工作总基调，全县生产总值达到286.4亿元、增长5.2%，一般公共预算收入18.7亿元、增长8.1%。',
  '新增“专精特新”企业12家，规模以上工业增加值增长7.4%，完成技术改造投资14亿元。建成共享农机服务站26个，推动农户分享产业链增值收益。',
  '县融媒体中心开设“◆民生直通车”专栏，全年受理群众诉求1.2万件，办结率98.6%。新建改建农村公路183公里，城乡居民人均可支配收入分别增长4.6%和6.9%。',
  '成绩来之不易。这是上级党委、政府和县委坚强领导的结果，是全县人民团结奋斗的结果。在此，我代表县人民政府，向全县人民表示衷心感谢！',
];

describe('a saved web page', () => {
  it('is recognised by its name or by how it opens', () => {
    expect(looksLikeHtml('report.htm', '')).toBe(true);
    expect(looksLikeHtml('report.txt', '<!-- saved from url=(0042)https://example.gov.cn -->\n<!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtml('report.txt', '<HTML lang="zh">')).toBe(true);
    expect(looksLikeHtml('report.txt', '各位代表：<b>')).toBe(false);
  });

  it("reads the charset the page declares", () => {
    expect(declaredCharset(new TextEncoder().encode('<html><head><meta charset="gbk">'))).toBe('gbk');
    expect(declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
  });

  it('gives the article paragraphs of a GBK page, title from its <h1>, in page order', () => {
    const article = extractArticle(savedPage(), 'page.html', 'zh');
    expect(article.title).toBe('h1');
    // Page furniture inside the article's frame (byline, font size) is left for the furniture rules.
    expect(article.paragraphs.map((p) => p.text).filter((t) => !/^来源|^【字体/.test(t))).toEqual(reportLines);
  });

  it('names every piece of page text it leaves out, with its line and the reason', () => {
    const article = extractArticle(savedPage(), 'page.html', 'zh');
    expect(article.leftOut.map((r) => [r.line, r.text, r.why])).toEqual(
      expect.arrayContaining([
        [18, '首页', 'navigation; before the article'],
        [25, '当前位置：首页 > 政务公开 > 政府工作报告', 'breadcrumb (where the page sits on the site); before the article'],
        [48, '分享到：微信 微博 QQ空间', 'share, print, font-size or close links; after the article'],
        [54, '示例县2022年国民经济和社会发展统计公报', 'sidebar; after the article'],
        [60, '网站标识码：4100000001 豫ICP备12345678号-1 豫公网安备41000002000001号', 'copyright, filing number or site-owner footer; after the article'],
      ]),
    );
  });

  it('accounts for every text of the page: each is in the article or left out', () => {
    const article = extractArticle(savedPage(), 'page.html', 'zh');
    const taken = [...article.paragraphs, ...article.leftOut].map((p) => p.text.replace(/\s/g, '')).join('');
    const visible = savedPage()
      .replace(/<(script|style|title)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, '')
      .replace(/&gt;/g, '>')
      .replace(/[\s\u3000]/g, '');
    expect(taken.length).toBe(visible.length);
    expect([...taken].sort().join('')).toBe([...visible].sort().join(''));
  });

  it('runs nothing of the page: scripts, handlers and document.write stay inert', () => {
    delete (globalThis as { __pageScriptRan?: boolean }).__pageScriptRan;
    const article = extractArticle(savedPage(), 'page.html', 'zh');
    expect((globalThis as { __pageScriptRan?: boolean }).__pageScriptRan).toBeUndefined();
    expect(article.paragraphs.map((p) => p.text).join('')).not.toContain('脚本写入的文字');
  });

  it('keeps a dateline that Readability leaves out of the article, and says so', () => {
    const article = extractArticle(savedPage(), 'page.html', 'zh');
    expect(article.paragraphs.map((p) => p.text)).toContain('——2023年1月6日在示例县第十七届人民代表大会第三次会议上');
    expect(article.keptAgainstReadability.map((k) => k.text)).toContain('——2023年1月6日在示例县第十七届人民代表大会第三次会议上');
  });

  it('splits paragraphs at <br><br>, and at a <br> after a sentence, but joins the lines of a list', () => {
    const html = page(`<h1>示例县政府工作报告</h1><div class="content">
      <div>${PARAGRAPHS[0]}<br><br>\n${PARAGRAPHS[1]}<br>${PARAGRAPHS[2]}</div>
      <p>今年的主要预期目标是：<br>生产总值增长6%左右；<br>粮食总产稳定在60万吨以上。</p>
      <p>${PARAGRAPHS[3]}</p></div>`);
    expect(extractArticle(html, 'page.html', 'zh').paragraphs.map((p) => p.text)).toEqual([
      '示例县政府工作报告',
      ...PARAGRAPHS.slice(0, 3),
      '今年的主要预期目标是：生产总值增长6%左右；粮食总产稳定在60万吨以上。',
      PARAGRAPHS[3],
    ]);
  });

  it('joins a Chinese paragraph broken over source lines without a space, and collapses other whitespace', () => {
    const html = page(`<h1>示例县政府工作报告</h1><div class="content"><p>${PARAGRAPHS[0]!.slice(0, 20)}\n      ${PARAGRAPHS[0]!.slice(20)}</p><p>县长&nbsp;&nbsp;李明华</p><p>${PARAGRAPHS.slice(1).join('</p><p>')}</p></div>`);
    const texts = extractArticle(html, 'page.html', 'zh').paragraphs.map((p) => p.text);
    expect(texts.slice(1, 3)).toEqual([PARAGRAPHS[0], '县长 李明华']);
  });

  it("takes the title from the page's <title> when it has no <h1>, and says where it came from", () => {
    const article = extractArticle(page(`<div class="content"><p>${PARAGRAPHS.join('</p><p>')}</p></div>`), 'page.html', 'zh');
    expect(article.title).toBe('title element');
    expect(article.paragraphs[0]?.text).toBe('示例县人民政府工作报告');
    expect(article.leftOut[0]).toMatchObject({ line: 2, text: '示例县人民政府', why: "the site's name in the page's <title>" });
    expect(article.paragraphs.slice(1).map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  it('keeps a closing paragraph set apart from the article box, and says so', () => {
    const closing = '新征程催人奋进，新使命重任在肩。让我们在县委的坚强领导下，奋力谱写示例县高质量发展新篇章！';
    const html = page(`<h1>示例县政府工作报告</h1><div class="content" id="zoom"><p>${PARAGRAPHS.join('</p><p>')}</p></div><div class="ending"><span>${closing}</span></div>`);
    const article = extractArticle(html, 'page.html', 'zh');
    expect(article.paragraphs.at(-1)?.text).toBe(closing);
  });

  it('brings back page text outside the article on --keep <line>', () => {
    const html = page(`<h1>示例县政府工作报告</h1><div class="content"><p>${PARAGRAPHS.join('</p><p>')}</p></div>`);
    const navigationLine = html.split('\n').findIndex((l) => l.includes('class="nav"')) + 1;
    expect(extractArticle(html, 'page.html', 'zh').paragraphs.map((p) => p.text)).not.toContain('首页 | 新闻 | 政务公开');
    expect(extractArticle(html, 'page.html', 'zh', new Set([navigationLine])).paragraphs[0]?.text).toBe('首页 | 新闻 | 政务公开');
  });

  it('refuses a page with no article, naming the file', () => {
    const html = '<!DOCTYPE html><html><head><title>首页</title></head><body><div class="nav"><a href="/">首页</a></div><div class="footer">版权所有</div></body></html>';
    expect(() => extractArticle(html, 'empty.html', 'zh')).toThrowError(ContentError);
    expect(() => extractArticle(html, 'empty.html', 'zh')).toThrowError(/^empty\.html:1: this page has no article/);
  });
});
