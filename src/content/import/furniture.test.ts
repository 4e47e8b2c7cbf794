import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  breadcrumb,
  byline,
  callToAction,
  copyrightFooter,
  furnitureRuleFor,
  navigationBar,
  pageTools,
  qrCode,
  removeFurniture,
  siteBanner,
  type FurnitureRule,
} from './furniture.ts';
import { splitParagraphs, textLines } from './paragraphs.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/county-2023', name), 'utf8');

describe('each furniture rule takes page furniture', () => {
  const cases: [FurnitureRule, string[]][] = [
    [siteBanner, ['示例县人民政府门户网站', '中国政府网', 'www.example.gov.cn', '文似观山不喜平 — — 观山文库◆记住我,来上我~', '示例新闻网 ◆ 权威发布']],
    [navigationBar, ['首页 | 政务公开 | 政务服务 | 互动交流', '首页 新闻 政务 服务 互动', 'Home | News | Policies | Speeches', '首页｜机构｜政策｜数据｜服务']],
    [breadcrumb, ['当前位置：首页 > 政务公开 > 政府工作报告', '您现在的位置: 首页 > 新闻', '首页 > 新闻 > 正文', 'You are here: Home > News']],
    [pageTools, ['分享到：', '分享', '【字体：大 中 小】 【打印本页】 【关闭窗口】', '打印 | 关闭', '分享到：微信 微博 QQ空间', 'Print', 'Share', 'Print | Close', '【我要纠错】']],
    [byline, ['来源：县政府办公室  发布时间：2023-01-10 09:30  浏览次数：1532', '作者：张三 阅读量：1024', 'admin 分享 时间: 加入收藏 共计2000个字,预计阅读时长5分钟', 'Source: Xinhua | Updated: 2020-05-30', '【发布日期：2023-01-10】【来源：本网】']],
    [qrCode, ['扫一扫在手机打开当前页', '微信扫码分享', '用微信扫描二维码分享至好友和朋友圈', '手机版', 'Scan the QR code to share']],
    [copyrightFooter, ['版权所有：示例县人民政府办公室 主办单位：示例县人民政府办公室', '网站标识码：4100000001 豫ICP备12345678号-1 豫公网安备41000002000001号', 'Copyright © 2023 Example County People\'s Government. All rights reserved.', '主办：示例县人民政府', '建议使用1920×1080分辨率浏览本网站']],
    [callToAction, ['上一篇：示例县2022年国民经济和社会发展统计公报', '下一篇：关于2022年预算执行情况的报告', '相关阅读', '领取福利', '点击查看原文', 'Related stories', 'Next: Report on the 2022 Budget']],
  ];
  for (const [rule, lines] of cases) {
    it(`${rule.name}: ${lines[0]}`, () => {
      for (const line of lines) expect({ line, rule: furnitureRuleFor(line)?.name }).toEqual({ line, rule: rule.name });
    });
  }
});

describe('a line of the report is never taken for furniture', () => {
  // Each mentions what a rule looks for, inside a real sentence or heading.
  const text = [
    '各位代表！',
    '各位代表：',
    '国务院总理 李克强',
    '县长 李明华',
    '——2023年1月6日在示例县第十七届人民代表大会第三次会议上',
    '建成共享农机服务站26个，推动农户分享产业链增值收益。',
    '县融媒体中心开设“◆民生直通车”专栏，全年受理群众诉求1.2万件，办结率98.6%。',
    '力争用3~5年时间，建成省级现代农业产业园2个。',
    '（五）推广扫码支付',
    '加快建设农村电网',
    '三、建设智慧城市网络',
    '加强知识产权保护，打击侵犯版权所有者权益的行为。',
    '完善信息来源：统计、税务、市场监管数据共享。',
    '2020',
    '一、2022年工作回顾',
    '（一）产业转型步伐加快。新增“专精特新”企业12家。',
    'Fellow Deputies,',
    'I. Review of Our Work in 2022',
    'We will share the benefits of growth with all.',
    'The county media centre opened a "◆ Livelihood Express" column, which took 12,000 requests.',
    '1. GRP growth of around 6 percent',
    'Next, we will strengthen the county economy.',
    'Source: National Bureau of Statistics',
  ];
  for (const line of text) {
    it(line, () => expect(furnitureRuleFor(line)?.name).toBeUndefined());
  }
});

describe('removing the furniture of a copied page', () => {
  const page = fixture('page-copy.zh.txt');

  it('accounts for every line of the input: kept and removed together are the input, by line', () => {
    const paragraphs = splitParagraphs(page);
    const { kept, removed } = removeFurniture(paragraphs);
    const lines = (ps: { line: number; endLine: number }[]) => ps.flatMap((p) => Array.from({ length: p.endLine - p.line + 1 }, (_, k) => p.line + k));
    expect([...lines(kept), ...lines(removed)].sort((a, b) => a - b)).toEqual(textLines(page));
    expect(new Set([...lines(kept), ...lines(removed)]).size).toBe(textLines(page).length);
  });

  it('keeps exactly the report and says why each other line went', () => {
    const { kept, removed } = removeFurniture(splitParagraphs(page));
    expect(kept.map((p) => p.text)).toEqual(fixture('report.zh.txt').trim().split('\n'));
    expect(removed.map((r) => [r.line, r.rule])).toEqual([
      [1, 'site banner'],
      [2, 'navigation'],
      [3, 'breadcrumb'],
      [5, 'byline'],
      [6, 'page tools'],
      [7, 'page tools'],
      [9, 'repeated page title'],
      [26, 'QR code'],
      [27, 'call to action'],
      [28, 'copyright footer'],
      [29, 'copyright footer'],
      [30, 'trailing counter'],
    ]);
    expect(removed.every((r) => r.why.length > 10)).toBe(true);
  });

  it('keeps every repeated salutation: a repeated line is content', () => {
    const { kept } = removeFurniture(splitParagraphs(page));
    expect(kept.filter((p) => p.text === '各位代表！')).toHaveLength(3);
  });

  it('takes a repeat of the title only where a page shows its title twice, before the text', () => {
    const twice = removeFurniture(splitParagraphs('某县政府工作报告\n来源：本网\n某县政府工作报告\n各位代表：\n正文。\n某县政府工作报告'));
    expect(twice.removed.map((r) => [r.line, r.rule])).toEqual([
      [2, 'byline'],
      [3, 'repeated page title'],
    ]);
    expect(twice.kept.map((p) => p.line)).toEqual([1, 4, 5, 6]);
  });

  it('takes a bare number only after the last paragraph', () => {
    const { kept, removed } = removeFurniture(splitParagraphs('一、总体要求\n2020\n正文。\n1532\n扫一扫在手机打开当前页'));
    expect(kept.map((p) => p.text)).toEqual(['一、总体要求', '2020', '正文。']);
    expect(removed.map((r) => r.rule)).toEqual(['trailing counter', 'QR code']);
  });

  it('keeps a line the rules would take when asked to (--keep, --keep-all-lines)', () => {
    const paragraphs = splitParagraphs(page);
    expect(removeFurniture(paragraphs, { keep: new Set([1, 30]) }).kept.map((p) => p.line)).toEqual(expect.arrayContaining([1, 30]));
    expect(removeFurniture(paragraphs, { keep: new Set([1]) }).removed.map((r) => r.line)).not.toContain(1);
    expect(removeFurniture(paragraphs, { keepAll: true }).removed).toEqual([]);
  });

  it("cleans an English page's furniture by the same rules", () => {
    const english = fixture('report.en.txt');
    const { removed } = removeFurniture(splitParagraphs(english, false, 'en'));
    expect(removed.map((r) => [r.text, r.rule])).toEqual([
      ['Print', 'page tools'],
      ['Share', 'page tools'],
      ['Source: Example County Daily | Updated: 2023-01-10 09:30', 'byline'],
      ["Copyright © 2023 Example County People's Government. All rights reserved.", 'copyright footer'],
    ]);
  });
});
