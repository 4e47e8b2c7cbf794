import { describe, expect, it } from 'vitest';
import { describeFigure, recognizeFigures } from './figure-recognizer.ts';

const one = (text: string) => {
  const figures = recognizeFigures(text);
  expect(figures, text).toHaveLength(1);
  return figures[0]!;
};
const rate = { cnyPerUsd: 6.8985, year: 2019, source: 'NBS' };

describe('recognizing the report’s figures', () => {
  it.each([
    ['全县地区生产总值突破463.3亿元', 'amount', '463.3亿元', [463.3e8], '46.33 billion yuan'],
    ['投入1600余万元', 'amount', '1600余万元', [16e6], 'more than 16 million yuan'],
    ['惠及6.68万户次市场主体', 'amount', '6.68万户次', [66800], '66,800 times (enterprise visits)'],
    ['由9.9:58.3:31.8调整为', 'ratio', '9.9:58.3:31.8', [9.9, 58.3, 31.8], 'in the ratio 9.9 : 58.3 : 31.8'],
    ['每亩净收益增加200-400元', 'range', '200-400元', [200, 400], '200–400 yuan'],
    ['居全省第26位', 'ordinal', '第26位', [26], 'ranked 26th'],
    ['居六县（市）第1位', 'ordinal', '第1位', [1], 'ranked first'],
    ['高于全市0.5个百分点', 'points', '0.5个百分点', [0.5], '0.5 percentage points'],
    ['增长7.9%', 'percent', '7.9%', [7.9], '7.9 percent'],
    ['——2020年4月29日在武陟县', 'date', '2020年4月29日', [2020, 4, 29], 'April 29, 2020'],
    ['建设高标准农田5.6万亩', 'amount', '5.6万亩', [56000], '56,000 mu'],
    ['补贴往返郑武车辆110万辆次', 'amount', '110万辆次', [1.1e6], '1.1 million vehicle trips'],
    ['境外资金1.1亿美元', 'amount', '1.1亿美元', [1.1e8], '110 million US dollars'],
  ])('%s', (text, kind, written, values, reading) => {
    const f = one(text);
    expect([f.kind, f.text, f.values]).toEqual([kind, written, values]);
    expect(describeFigure(f).reading).toBe(reading);
  });

  it('leaves numbers inside Latin tokens alone', () => {
    expect(recognizeFigures('全县PM10、PM2.5同比分别下降，5G网络，4A级景区').map((f) => f.text)).toEqual([]);
  });

  it('converts mu to hectares and acres, and yuan to dollars only with a rate', () => {
    const mu = describeFigure(one('5.6万亩'));
    expect(mu.details).toEqual(['≈ 37.33 million m²', '≈ 3,733 hectares', '≈ 9,225 acres']);
    expect(describeFigure(one('463.3亿元')).details.join(' ')).not.toContain('US$');
    expect(describeFigure(one('463.3亿元'), rate).details.at(-1)).toBe('≈ US$6.72 billion (approximate, at 6.8985 yuan per dollar, the 2019 average; NBS)');
  });

  it('finds every figure of a sentence in order', () => {
    expect(recognizeFigures('税收收入达11.5亿元，税比74%，居六县（市）第1位、全省第26位。').map((f) => f.text)).toEqual(['11.5亿元', '74%', '第1位', '第26位']);
  });
});
