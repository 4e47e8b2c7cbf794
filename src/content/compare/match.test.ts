import { describe, expect, it } from 'vitest';
import { matchParagraphs, similarity, type MatchParagraph, type ParagraphLink } from './match.ts';

/** Paragraphs of invented report prose, long enough to look like a report's. */
const P = {
  open: '各位代表：现在，我代表县人民政府向大会报告工作，请予审议。',
  economy: '过去一年，全县地区生产总值达到120.5亿元，增长6.1%，一般公共预算收入增长5.2%，经济运行总体平稳。',
  industry: '产业发展迈出新步伐，新引进工业项目12个，规模以上工业企业达到86家，高新技术企业新增9家。',
  villages: '城乡面貌持续改善，新建村级小广场30个、小游园18个，农村人居环境整治三年行动圆满收官。',
  welfare: '民生保障不断加强，新增城镇就业3200人，城乡居民基本医疗保险参保率保持在98%以上。',
  ecology: '生态环境稳步向好，全年空气优良天数达到265天，县域河流断面水质全部达到考核要求。',
  reform: '持续深化放管服改革，企业开办时间压缩至2个工作日以内，政务服务事项全部实现网上可办。',
  close: '各位代表，让我们团结一心、真抓实干，奋力谱写示例县高质量发展新篇章！',
  digital: '大力发展数字经济，建成5G基站120个，推动二十家重点企业完成智能化改造，培育电商直播基地两个。',
};

let n = 0;
const text = (...bodies: string[]): MatchParagraph[] => bodies.map((body) => ({ id: `p${++n}`, text: body }));
const idsOf = (paragraphs: MatchParagraph[]) => Object.fromEntries(paragraphs.map((p) => [p.text, p.id]));

/** Each link as "kind older→newer", with "moved" when it is. */
function summary(links: ParagraphLink[]): string[] {
  return links.map((l) => `${l.kind}${l.moved ? ' moved' : ''} ${l.older.join('+') || '-'}→${l.newer.join('+') || '-'}`);
}

describe('similarity', () => {
  it('is 1 for the same Chinese, whatever the punctuation and spacing', () => {
    expect(similarity('新增城镇就业3200人，参保率98%。', '新增城镇就业 3200 人,参保率98%')).toBe(1);
  });

  it('drops when a figure changes, and is near 0 for unrelated paragraphs', () => {
    const changedFigure = similarity(P.economy, P.economy.replace('6.1%', '4.8%'));
    expect(changedFigure).toBeLessThan(1);
    expect(changedFigure).toBeGreaterThan(0.9);
    expect(similarity(P.economy, P.ecology)).toBeLessThan(0.15);
  });
});

describe('paragraph matching', () => {
  it('marks every paragraph of an identical text the same, in order', () => {
    const a = text(P.open, P.economy, P.industry);
    const b = text(P.open, P.economy, P.industry);
    expect(summary(matchParagraphs(a, b))).toEqual([`same ${a[0]!.id}→${b[0]!.id}`, `same ${a[1]!.id}→${b[1]!.id}`, `same ${a[2]!.id}→${b[2]!.id}`]);
    expect(matchParagraphs(a, b).every((l) => l.similarity === 1)).toBe(true);
  });

  it('finds an added paragraph where it stands in the newer text', () => {
    const a = text(P.open, P.economy, P.close);
    const b = text(P.open, P.economy, P.digital, P.close);
    expect(summary(matchParagraphs(a, b))).toEqual([`same ${a[0]!.id}→${b[0]!.id}`, `same ${a[1]!.id}→${b[1]!.id}`, `added -→${b[2]!.id}`, `same ${a[2]!.id}→${b[3]!.id}`]);
  });

  it('finds a removed paragraph and lists it where it stood, before what was added there', () => {
    const a = text(P.open, P.villages, P.welfare);
    const b = text(P.open, P.digital, P.welfare);
    expect(summary(matchParagraphs(a, b))).toEqual([`same ${a[0]!.id}→${b[0]!.id}`, `removed ${a[1]!.id}→-`, `added -→${b[1]!.id}`, `same ${a[2]!.id}→${b[2]!.id}`]);
  });

  it('pairs a reworded paragraph as changed, with its similarity', () => {
    const reworded = P.economy.replace('增长6.1%', '增长4.8%').replace('经济运行总体平稳', '经济运行稳中有进');
    const a = text(P.open, P.economy, P.close);
    const b = text(P.open, reworded, P.close);
    const links = matchParagraphs(a, b);
    expect(summary(links)).toEqual([`same ${a[0]!.id}→${b[0]!.id}`, `changed ${a[1]!.id}→${b[1]!.id}`, `same ${a[2]!.id}→${b[2]!.id}`]);
    expect(links[1]!.similarity).toBeGreaterThan(0.7);
    expect(links[1]!.similarity).toBeLessThan(1);
  });

  it('counts a punctuation-only edit as changed, not same', () => {
    const a = text(P.welfare);
    const b = text(P.welfare.replace('，', '；'));
    expect(matchParagraphs(a, b)[0]!.kind).toBe('changed');
  });

  it('finds a moved paragraph and keeps the rest in order', () => {
    const a = text(P.open, P.economy, P.industry, P.welfare, P.ecology, P.close);
    const b = text(P.open, P.economy, P.ecology, P.industry, P.welfare, P.close);
    const id = { a: idsOf(a), b: idsOf(b) };
    expect(summary(matchParagraphs(a, b))).toEqual([
      `same ${id.a[P.open]}→${id.b[P.open]}`,
      `same ${id.a[P.economy]}→${id.b[P.economy]}`,
      `same moved ${id.a[P.ecology]}→${id.b[P.ecology]}`,
      `same ${id.a[P.industry]}→${id.b[P.industry]}`,
      `same ${id.a[P.welfare]}→${id.b[P.welfare]}`,
      `same ${id.a[P.close]}→${id.b[P.close]}`,
    ]);
  });

  it('finds a paragraph that was moved and reworded', () => {
    const a = text(P.economy, P.industry, P.welfare, P.reform);
    const b = text(P.reform.replace('2个工作日', '1个工作日'), P.economy, P.industry, P.welfare);
    const links = matchParagraphs(a, b);
    expect(summary(links)[0]).toBe(`changed moved ${a[3]!.id}→${b[0]!.id}`);
    expect(links.filter((l) => l.kind === 'same')).toHaveLength(3);
  });

  it('recognises one paragraph split in two', () => {
    const whole = P.industry + P.welfare;
    const a = text(P.open, whole, P.close);
    const b = text(P.open, P.industry, P.welfare, P.close);
    expect(summary(matchParagraphs(a, b))).toEqual([`same ${a[0]!.id}→${b[0]!.id}`, `changed ${a[1]!.id}→${b[1]!.id}+${b[2]!.id}`, `same ${a[2]!.id}→${b[3]!.id}`]);
  });

  it('recognises a split whose two halves are each too unlike the whole to be paired alone', () => {
    // Three parts of similar length: neither half alone reaches the in-order threshold.
    const whole = P.industry + P.welfare + P.ecology + P.reform;
    const a = text(P.open, whole, P.close);
    const b = text(P.open, P.industry + P.welfare, P.ecology + P.reform, P.close);
    const links = matchParagraphs(a, b, { inOrder: 0.7 });
    expect(summary(links)).toEqual([`same ${a[0]!.id}→${b[0]!.id}`, `changed ${a[1]!.id}→${b[1]!.id}+${b[2]!.id}`, `same ${a[2]!.id}→${b[3]!.id}`]);
  });

  it('recognises two paragraphs merged into one', () => {
    const a = text(P.open, P.industry, P.welfare, P.close);
    const b = text(P.open, P.industry + P.welfare, P.close);
    expect(summary(matchParagraphs(a, b))).toEqual([`same ${a[0]!.id}→${b[0]!.id}`, `changed ${a[1]!.id}+${a[2]!.id}→${b[1]!.id}`, `same ${a[3]!.id}→${b[2]!.id}`]);
  });

  it('does not take a new paragraph next to a reworded one for a split', () => {
    const a = text(P.economy, P.close);
    const b = text(P.economy.replace('6.1%', '4.8%'), P.digital, P.close);
    expect(summary(matchParagraphs(a, b))).toEqual([`changed ${a[0]!.id}→${b[0]!.id}`, `added -→${b[1]!.id}`, `same ${a[1]!.id}→${b[2]!.id}`]);
  });

  it('never pairs a heading with a paragraph', () => {
    const a: MatchParagraph[] = [{ id: '1', text: '一、2020年工作回顾', kind: 'heading' }];
    const b: MatchParagraph[] = [{ id: '1.0.1', text: '一、2020年工作回顾', kind: 'paragraph' }];
    expect(summary(matchParagraphs(a, b))).toEqual(['removed 1→-', 'added -→1.0.1']);
  });

  it('handles all the differences at once, and empty texts', () => {
    const a = text(P.open, P.economy, P.industry, P.villages, P.welfare, P.ecology, P.reform, P.close);
    const b = text(P.open, P.economy, P.ecology, P.industry, P.welfare, P.reform.replace('全部实现网上可办', '九成以上实现“一网通办”'), P.digital, P.close);
    const kinds = matchParagraphs(a, b).map((l) => l.kind + (l.moved ? '*' : ''));
    expect(kinds).toEqual(['same', 'same', 'same*', 'same', 'removed', 'same', 'changed', 'added', 'same']);
    expect(matchParagraphs([], b).map((l) => l.kind)).toEqual(Array(b.length).fill('added'));
    expect(matchParagraphs(a, []).map((l) => l.kind)).toEqual(Array(a.length).fill('removed'));
  });
});
