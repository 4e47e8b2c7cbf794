import { describe, expect, it } from 'vitest';
import { chineseFigures, englishFigures, missingFigures } from './figures.ts';
import type { TextDoc } from './load-text.ts';
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
    expect(chineseFigures(zh)).toEqual(values);
    expect(missingFigures(zh, en)).toEqual([]);
  });

  it('notices a figure that changed or went missing', () => {
    expect(missingFigures('全县地区生产总值突破463.3亿元，增长7.9%', 'surpassed 4.633 billion yuan, up 7.9 percent')).toEqual([463.3e8]);
    expect(missingFigures('增长7.9%', 'grew')).toEqual([7.9]);
    expect(englishFigures('one new national-level and 3 new provincial-level')).toEqual(expect.arrayContaining([1, 3]));
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

  it('flags percentage points rendered as percent', () => {
    const [r] = checkTranslation(doc('常住人口城镇化率46.7%，同比提高2.2个百分点，增速居全省第1位。', 'The urbanization rate of the resident population reached 46.7 percent, up 2.2 percent year on year, and its rate of increase ranked first in the whole province.'), none);
    expect(r!.problems).toEqual(['the Chinese says 个百分点 1 time(s) but the English says "percentage point" 0 time(s)']);
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
