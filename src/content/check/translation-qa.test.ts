import { describe, expect, it } from 'vitest';
import { missingFigures, readChineseFigures, readEnglishFigures } from '../annotate/figure-reader.ts';
import type { TextDoc } from '../load/text.ts';
import { checkTranslation } from './translation-qa.ts';

describe('figures of the report', () => {
  it.each([
    ['全县地区生产总值突破463.3亿元', [463.3e8], 'surpassed 46.33 billion yuan'],
    ['投入1600余万元', [16e6], 'more than 16 million yuan'],
    ['惠及6.68万户次市场主体', [66800], 'benefiting market entities 66,800 times'],
    ['由9.9:58.3:31.8调整为8.4:56:35.6', [9.9, 58.3, 31.8, 8.4, 56, 35.6], 'from 9.9:58.3:31.8 to 8.4:56:35.6'],
    ['每亩净收益增加200-400元', [200, 400], 'rose by 200-400 yuan per mu'],
    ['居六县（市）第1位、全省第26位', [1, 26], 'ranking first among the six counties and 26th in the province'],
    ['高于全市0.5个百分点', [0.5], '0.5 percentage points above the city-wide rate'],
    ['补贴往返郑武车辆110万辆次', [1.1e6], '1.1 million vehicle trips'],
    ['2020年4月29日', [2020, 4, 29], 'April 29, 2020'],
    ['建设高标准农田5.6万亩', [56000], '56,000 mu of high-standard farmland'],
    ['实际利用省外资金74.9亿元', [74.9e8], '7.49 billion yuan'],
  ])('%s', (zh, values, en) => {
    expect(readChineseFigures(zh).flatMap((f) => f.values)).toEqual(values);
    expect(missingFigures(zh, en)).toEqual([]);
  });

  it('notices a figure that changed or went missing', () => {
    expect(missingFigures('全县地区生产总值突破463.3亿元，增长7.9%', 'surpassed 4.633 billion yuan, up 7.9 percent').map((f) => f.values)).toEqual([[463.3e8]]);
    expect(missingFigures('增长7.9%', 'grew').map((f) => f.values)).toEqual([[7.9]]);
    expect(readEnglishFigures('one new national-level and 3 new provincial-level').flatMap((f) => f.values)).toEqual(expect.arrayContaining([1, 3]));
  });
});

function doc(zh: string, en: string): TextDoc {
  return {
    slug: 't',
    dir: 'texts/t',
    meta: {} as TextDoc['meta'],
    paragraphs: [{ id: '1.0.1', kind: 'paragraph', depth: 0, zh: { kind: 'paragraph', depth: 0, html: '', text: zh }, en: { kind: 'paragraph', depth: 0, html: '', text: en }, english: { state: 'own' }, lines: { zh: 4, en: 4 } }],
    notices: [],
  };
}
const none = { zh: new Map(), en: new Map() };

describe('translation QA', () => {
  it('passes a faithful pair', () => {
    const [r] = checkTranslation(doc('常住人口城镇化率46.7%，同比提高2.2个百分点，增速居全省第1位。', 'The urbanization rate of the resident population reached 46.7 percent, up 2.2 percentage points year on year, and its rate of increase ranked first in the province.'), none);
    expect(r!.problems).toEqual([]);
  });

  it('finds a year, a trillion and a converted weight in a faithful English', () => {
    const [r] = checkTranslation(doc('2019年国内生产总值99.1万亿元，粮食产量1.37万亿斤，增长6.1%。', 'In 2019, GDP reached 99.1 trillion yuan and grain output 685 million metric tons, up 6.1 percent.'), none);
    expect([r!.figures, r!.problems]).toEqual([4, []]);
  });

  it('reports a figure the English leaves out, with its reading', () => {
    const [r] = checkTranslation(doc('2019年国内生产总值99.1万亿元，增长6.1%。', 'In 2019, the gross domestic product of the country reached 99.1 billion yuan, up 6.1 percent.'), none);
    expect(r!.problems).toEqual(['figure 99.1万亿元 (99.1 trillion yuan) of the Chinese is not in the English']);
  });

  it('checks only what the reader counts as figures: 国道234 is a name, 2019年 a year', () => {
    const [r] = checkTranslation(doc('国道234于2019年建成。', 'National Highway G234 opened in 2019.'), none);
    expect([r!.figures, r!.problems]).toEqual([1, []]);
    const [wrongYear] = checkTranslation(doc('2019年建成。', 'It opened and serves 2,019 households.'), none);
    expect(wrongYear!.problems).toEqual(['figure 2019年 (2019) of the Chinese is not in the English']);
  });

  it('flags percentage points rendered as percent', () => {
    const [r] = checkTranslation(doc('常住人口城镇化率46.7%，同比提高2.2个百分点，增速居全省第1位。', 'The urbanization rate of the resident population reached 46.7 percent, up 2.2 percent year on year, and its rate of increase ranked first in the whole province.'), none);
    // The figure reader compares kinds, so 2.2个百分点 is not found as "2.2 percent" either.
    expect(r!.problems).toEqual(['figure 2.2个百分点 (2.2 percentage points) of the Chinese is not in the English', 'the Chinese says 个百分点 1 time(s) but the English says "percentage point" 0 time(s)']);
  });

  it('flags an English that is too short, or has lost sentences', () => {
    const [short] = checkTranslation(doc('传统产业加快转型。以“三大改造”助推转型。投资143.6亿元实施“三大改造”项目59个。', 'Industry changed. 14.36 billion yuan, 59 projects.'), none);
    expect(short!.problems.join('\n')).toMatch(/implausibly short/);
    const [lost] = checkTranslation(
      doc('第一句。第二句。第三句。第四句。第五句。', 'This is one long English sentence that stands in for five short Chinese sentences, and then there is nothing more at all to read here.'),
      none,
    );
    expect(lost!.problems.join('\n')).toMatch(/the English has 1 sentences, the Chinese 5/);
  });

  it('flags a glossary term whose rendering is missing', () => {
    const [r] = checkTranslation(doc('扎实做好“六稳”工作。', 'We will do solid work to ensure stability.'), { zh: new Map([['t#1.0.1', new Set(['liu-wen'])]]), en: new Map() });
    expect(r!.problems).toEqual(['glossary term liu-wen has no rendering in the English']);
  });
});
