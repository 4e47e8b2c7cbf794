import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../annotate/sentences.ts';
import { readAlignedText } from './aligned-text.ts';
import { alignParagraphs, type ParagraphGroup } from './paragraphs.ts';
import { seededRandom } from './synthetic.ts';

const wuzhi = readAlignedText(resolve(import.meta.dirname, '../../../texts/wuzhi-2020'));
const zh = wuzhi.map((p) => ({ text: p.markdown.zh }));
const en = wuzhi.map((p) => p.markdown.en);
const at = (id: string) => wuzhi.findIndex((p) => p.id === id);
const align = (lines: readonly string[]) => alignParagraphs(zh, lines.map((text) => ({ text })));
const show = (groups: readonly ParagraphGroup[]) => groups.map((g) => `${g.zh.join(',')}=${g.en.join(',')}`);
/** One to one, English shifted by `shift` from Chinese index `from` on. */
const oneToOne = (from: number, to: number, shift = 0) => Array.from({ length: to - from }, (_, k) => `${from + k}=${from + k + shift}`);

/** Every index once, in order; no group without Chinese. */
function expectCover(groups: readonly ParagraphGroup[], counts: { zh: number; en: number }) {
  for (const g of groups) expect(g.zh.length).toBeGreaterThan(0);
  expect(groups.flatMap((g) => g.zh)).toEqual(Array.from({ length: counts.zh }, (_, k) => k));
  expect(groups.flatMap((g) => g.en)).toEqual(Array.from({ length: counts.en }, (_, k) => k));
}

describe('aligning the paragraphs of the Wuzhi report', () => {
  it('pairs its one-to-one translation one to one, with nothing to check', () => {
    const groups = align(en);
    expect(show(groups)).toEqual(oneToOne(0, wuzhi.length));
    expect(groups.filter((g) => g.unsure)).toEqual([]);
  });

  it('finds a paragraph whose English sets each sentence on a line of its own', () => {
    const k = at('1.0.2');
    const lines = splitSentences(en[k]!, 'en').map((s) => s.trim());
    expect(lines.length).toBeGreaterThan(3);
    const groups = align([...en.slice(0, k), ...lines, ...en.slice(k + 1)]);
    const list = lines.map((_, n) => k + n).join(',');
    expect(show(groups)).toEqual([...oneToOne(0, k), `${k}=${list}`, ...oneToOne(k + 1, wuzhi.length, lines.length - 1)]);
  });

  it('finds two paragraphs the English merged into one line', () => {
    const k = at('1.0.3');
    const groups = align([...en.slice(0, k), `${en[k]} ${en[k + 1]}`, ...en.slice(k + 2)]);
    expect(show(groups)).toEqual([...oneToOne(0, k), `${k},${k + 1}=${k}`, ...oneToOne(k + 2, wuzhi.length, -1)]);
  });

  it('attaches an English line with no Chinese match to a neighbour, and says so', () => {
    const k = at('1.0.5');
    const groups = align([...en.slice(0, k + 1), '(The figures for 2019 are preliminary and may be revised.)', ...en.slice(k + 1)]);
    expectCover(groups, { zh: wuzhi.length, en: wuzhi.length + 1 });
    const holder = groups.find((g) => g.en.includes(k + 1))!;
    expect(holder.en.length).toBe(2);
    expect(holder.unsure).toMatch(/English line \d+ may have no Chinese match/);
    expect(show(groups.filter((g) => !g.zh.includes(k) && !g.zh.includes(k + 1)))).toEqual([...oneToOne(0, k), ...oneToOne(k + 2, wuzhi.length, 1)]);
  });

  it('leaves a paragraph whose English is missing in a group marked for checking', () => {
    for (const id of ['0.3', '1.0.8', '3.2.1']) {
      const k = at(id);
      const groups = align([...en.slice(0, k), ...en.slice(k + 1)]);
      expectCover(groups, { zh: wuzhi.length, en: wuzhi.length - 1 });
      expect(groups.find((g) => g.zh.includes(k))!.unsure, id).toBeDefined();
      // Away from the gap nothing moves.
      expect(show(groups.filter((g) => g.zh.every((i) => i < k - 1)))).toEqual(oneToOne(0, k - 1));
      expect(show(groups.filter((g) => g.zh.every((i) => i > k + 1)))).toEqual(oneToOne(k + 2, wuzhi.length, -1));
    }
  });
});

describe('the anchors of a report', () => {
  // An invented report in the style of a county's: a salutation, numbered parts and sections,
  // figures, and targets that the English sets as a list.
  const report = [
    '2031年某县政府工作报告',
    '各位代表：',
    '一、过去一年的工作',
    '全县生产总值达到215.6亿元，增长6.8%。一般公共预算收入12.3亿元，增长7.1%。',
    '今年的主要预期目标是：生产总值增长6%左右；城镇新增就业5200人；居民人均可支配收入增长6.5%；单位生产总值能耗下降3%。',
    '二、今年的主要任务',
    '（一）稳住工业基本盘。新建标准化厂房40万平方米，引进项目28个。',
    '（二）办好民生实事。新建幼儿园6所，改造农村公路85公里。',
    '各位代表！',
    '让我们团结一心，奋力完成全年目标任务！',
  ].map((text) => ({ text }));
  const translation = [
    'Report on the Work of the Government of the County, 2031',
    'Fellow deputies,',
    'I. Our Work in the Past Year',
    "The county's GDP reached 21.56 billion yuan, up 6.8 percent. General public budget revenue came to 1.23 billion yuan, up 7.1 percent.",
    'The main targets for this year are:',
    'GDP growth of around 6 percent',
    '5,200 new urban jobs',
    'Growth of 6.5 percent in per capita disposable income',
    'A 3 percent drop in energy consumption per unit of GDP',
    'II. Main Tasks for This Year',
    '(1) Keeping industry stable. We will build 400,000 square meters of standard factory buildings and bring in 28 projects.',
    "(2) Delivering on people's wellbeing. We will build 6 kindergartens and upgrade 85 kilometers of rural roads.",
    'Fellow deputies,',
    "Let us unite as one and strive to fulfil this year's targets and tasks!",
  ];
  const run = (lines: readonly string[]) => alignParagraphs(report, lines.map((text) => ({ text })));

  it('pairs headings, salutations and a list of targets, with nothing to check', () => {
    const groups = run(translation);
    expect(show(groups)).toEqual(['0=0', '1=1', '2=2', '3=3', '4=4,5,6,7,8', '5=9', '6=10', '7=11', '8=12', '9=13']);
    expect(groups.filter((g) => g.unsure)).toEqual([]);
  });

  it('does not pair a part heading with a line that lacks its number', () => {
    const groups = run(translation.filter((_, k) => k !== 9));
    expect(show(groups)).toEqual(['0=0', '1=1', '2=2', '3=3', '4=4,5,6,7,8', '5=', '6=9', '7=10', '8=11', '9=12']);
    expect(groups[5]!.unsure).toBe('no English line fits this paragraph');
  });

  it('does not give a numbered section the next section’s English', () => {
    const groups = run(translation.filter((_, k) => k !== 10));
    expect(show(groups).slice(5, 8)).toEqual(['5=9', '6=', '7=10']);
  });

  it('keeps a salutation to a salutation', () => {
    const groups = run(translation.filter((_, k) => k !== 12));
    expect(show(groups).slice(8)).toEqual(['8=', '9=12']);
  });

  it('lets a figure choose the paragraph of an English line whose length fits either', () => {
    const zhPair = ['新建农村公路，改造危桥，通达每个行政村，全年完成公路120公里。', '新增城市绿地，建成口袋公园，市民休闲更加方便。'].map((text) => ({ text }));
    const enLines = [
      'We built rural roads and rebuilt unsafe bridges, so that a road now reaches every single administrative village in the county.',
      'In all, 120 kilometers were completed this year.',
      'The city gained green space and pocket parks, giving residents more places to relax.',
    ].map((text) => ({ text }));
    expect(show(alignParagraphs(zhPair, enLines, { figureWeight: 0 }))).toEqual(['0=0', '1=1,2']);
    const groups = alignParagraphs(zhPair, enLines);
    expect(show(groups)).toEqual(['0=0,1', '1=2']);
    expect(groups.filter((g) => g.unsure)).toEqual([]);
  });
});

describe('covering every paragraph once, in order', () => {
  it('holds for random splits, merges, extra and missing lines of the Wuzhi English', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const random = seededRandom(seed);
      let lines = [...en];
      for (let edit = 0; edit < 4; edit++) {
        const k = Math.floor(random() * lines.length);
        const kind = Math.floor(random() * 4);
        if (kind === 0) lines.splice(k, 1, ...splitSentences(lines[k]!, 'en').map((s) => s.trim()));
        else if (kind === 1 && k + 1 < lines.length) lines.splice(k, 2, `${lines[k]} ${lines[k + 1]}`);
        else if (kind === 2) lines.splice(k, 0, 'A line the translator added.');
        else if (lines.length > 1) lines.splice(k, 1);
      }
      lines = lines.filter((l) => l.trim() !== '');
      expectCover(align(lines), { zh: wuzhi.length, en: lines.length });
    }
  });

  it('holds for far more English lines than Chinese paragraphs, and for none', () => {
    const many = Array.from({ length: 60 }, (_, k) => `Item ${k + 1} of a long list`);
    expectCover(alignParagraphs([{ text: '主要任务如下。' }, { text: '完。' }], many.map((text) => ({ text }))), { zh: 2, en: 60 });
    expect(alignParagraphs([{ text: '一段。' }], [])).toEqual([{ zh: [0], en: [], unsure: 'no English line fits this paragraph' }]);
  });

  it('refuses English with no Chinese to pair it with', () => {
    expect(() => alignParagraphs([], [{ text: 'A line.' }])).toThrow(/no Chinese paragraph/);
  });

  it('aligns a report of a thousand paragraphs in well under a few seconds', () => {
    const long = Array.from({ length: 10 }, () => wuzhi).flat();
    const started = performance.now();
    const groups = alignParagraphs(long.map((p) => ({ text: p.markdown.zh })), long.map((p) => ({ text: p.markdown.en })));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(groups.filter((g) => g.zh.length !== 1 || g.en.length !== 1 || g.zh[0] !== g.en[0])).toEqual([]);
  });
});
