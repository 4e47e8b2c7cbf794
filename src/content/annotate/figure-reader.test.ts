import { describe, expect, it } from 'vitest';
import { describeFigure, missingFigures, readChineseFigures, readEnglishFigures, sameFigure, western } from './figure-reader.ts';

const one = (text: string) => {
  const figures = readChineseFigures(text);
  expect(figures, text).toHaveLength(1);
  return figures[0]!;
};
const english = (text: string) => {
  const figures = readEnglishFigures(text);
  expect(figures, text).toHaveLength(1);
  return figures[0]!;
};
const rate = { cnyPerUsd: 6.8985, year: 2019, source: 'NBS' };

describe('reading the figures of the Wuzhi report', () => {
  it.each([
    ['全县地区生产总值突破463.3亿元', 'amount', '463.3亿元', [463.3e8], '46.33 billion yuan'],
    ['投入1600余万元', 'amount', '1600余万元', [16e6], 'more than 16 million yuan'],
    ['惠及6.68万户次市场主体', 'amount', '6.68万户次', [66800], '66,800 times (enterprise visits)'],
    ['由9.9:58.3:31.8调整为', 'ratio', '9.9:58.3:31.8', [9.9, 58.3, 31.8], 'in the ratio 9.9 : 58.3 : 31.8'],
    ['每亩净收益增加200-400元', 'range', '200-400元', [200, 400], '200–400 yuan'],
    ['居全省第26位', 'ordinal', '第26位', [26], 'ranked 26th'],
    ['居六县（市）第1位', 'ordinal', '第1位', [1], 'ranked first'],
    ['居六县（市）第一位', 'ordinal', '第一位', [1], 'ranked first'],
    ['募集慈善资金居全国县级第一。', 'ordinal', '第一', [1], 'ranked first'],
    ['高于全市0.5个百分点', 'points', '0.5个百分点', [0.5], '0.5 percentage points'],
    ['高于全市1个百分点', 'points', '1个百分点', [1], '1 percentage point'],
    ['增长7.9%', 'percent', '7.9%', [7.9], '7.9 percent'],
    ['——2020年4月29日在武陟县', 'date', '2020年4月29日', [2020, 4, 29], 'April 29, 2020'],
    ['建设高标准农田5.6万亩', 'amount', '5.6万亩', [56000], '56,000 mu'],
    ['补贴往返郑武车辆110万辆次', 'amount', '110万辆次', [1.1e6], '1.1 million vehicle trips'],
    ['境外资金1.1亿美元', 'amount', '1.1亿美元', [1.1e8], '110 million US dollars'],
    ['盘活低效闲置土地500余亩', 'amount', '500余亩', [500], 'more than 500 mu'],
    ['新中国成立70周年庆祝活动', 'ordinal', '70周年', [70], '70th anniversary'],
    ['一、2019年工作回顾', 'date', '2019年', [2019], '2019'],
    ['被评为全市2019年度先进单位', 'date', '2019年', [2019], '2019'],
  ])('%s', (text, kind, written, values, reading) => {
    const f = one(text);
    expect([f.kind, f.text, f.values]).toEqual([kind, written, values]);
    expect(describeFigure(f).reading).toBe(reading);
  });

  it('finds every figure of a sentence in order', () => {
    expect(readChineseFigures('税收收入达11.5亿元，税比74%，居六县（市）第1位、全省第26位。').map((f) => f.text)).toEqual(['11.5亿元', '74%', '第1位', '第26位']);
  });
});

describe('reading the figures of national and provincial reports', () => {
  it.each([
    // 万亿 is 10^12: 114万亿元 is 114 trillion yuan, not "1.14 million" with 亿 left behind.
    ['国内生产总值超过114万亿元', 'amount', '超过114万亿元', [114e12], 'more than 114 trillion yuan'],
    ['国内生产总值达到99.1万亿元', 'amount', '99.1万亿元', [99.1e12], '99.1 trillion yuan'],
    ['赤字规模3.6万亿元', 'amount', '3.6万亿元', [3.6e12], '3.6 trillion yuan'],
    ['粮食产量1.37万亿斤', 'amount', '1.37万亿斤', [1.37e12], '1.37 trillion jin'],
    ['城镇新增就业1352万人', 'amount', '1352万人', [13.52e6], '13.52 million people'],
    ['调查失业率5.3%', 'percent', '5.3%', [5.3], '5.3 percent'],
    ['调查失业率在5.3%以下', 'percent', '5.3%以下', [5.3], '5.3 percent or less'],
    ['城镇调查失业率6%左右', 'percent', '6%左右', [6], 'about 6 percent'],
    ['回落0.5个百分点', 'points', '0.5个百分点', [0.5], '0.5 percentage points'],
    ['发电量2.5亿千瓦时', 'amount', '2.5亿千瓦时', [2.5e8], '250 million kilowatt-hours'],
    ['新增装机3000万千瓦', 'amount', '3000万千瓦', [3e7], '30 million kilowatts'],
    ['新增造林1.2万公顷', 'amount', '1.2万公顷', [12000], '12,000 hectares'],
    ['供水能力6.5亿立方米', 'amount', '6.5亿立方米', [6.5e8], '650 million cubic meters'],
    ['节能570万吨标准煤', 'amount', '570万吨标准煤', [5.7e6], '5.7 million tonnes of standard coal equivalent'],
    ['国土面积9.6万平方公里', 'amount', '9.6万平方公里', [96000], '96,000 km²'],
    ['接待游客1.5亿人次', 'amount', '1.5亿人次', [1.5e8], '150 million person-times'],
    ['帮扶5000余户', 'amount', '5000余户', [5000], 'more than 5,000 households'],
    ['惠及近1000万', 'amount', '近1000万', [1e7], 'nearly 10 million'],
    ['新增约3.2万', 'amount', '约3.2万', [32000], 'about 32,000'],
    ['调派4万多名医护人员', 'amount', '4万多名', [40000], 'more than 40,000 people'],
    ['城镇新增就业900万人以上', 'amount', '900万人以上', [9e6], '9 million people or more'],
    ['今年已过去近5个月', 'amount', '近5个月', [5], 'nearly 5 months'],
    ['新认定1家', 'amount', '1家', [1], '1 enterprise'],
    ['改造1户', 'amount', '1户', [1], '1 household'],
    ['将补贴标准提高1倍', 'amount', '1倍', [1], '1-fold'],
    ['用3~5年时间', 'range', '3~5年', [3, 5], '3–5 years'],
    ['用3—5年时间', 'range', '3—5年', [3, 5], '3–5 years'],
    ['降低10%-15%', 'range', '10%-15%', [10, 15], '10–15 percent'],
    ['奖励5万-10万元', 'range', '5万-10万元', [5e4, 1e5], '50,000–100,000 yuan'],
    ['奖励5-10万元', 'range', '5-10万元', [5e4, 1e5], '50,000–100,000 yuan'],
    ['2021—2025年规划', 'range', '2021—2025年', [2021, 2025], '2021–2025'],
    ['——2020年5月22日在第十三届全国人民代表大会', 'date', '2020年5月22日', [2020, 5, 22], 'May 22, 2020'],
    ['5月22日召开', 'date', '5月22日', [5, 22], 'May 22'],
    ['延长至明年3月底', 'date', '3月', [3], 'March'],
    ['1—4月份', 'range', '1—4月', [1, 4], 'January–April'],
    ['三次产业结构为7.1∶39.0∶53.9', 'ratio', '7.1∶39.0∶53.9', [7.1, 39, 53.9], 'in the ratio 7.1 : 39 : 53.9'],
    ['第3次全国经济普查', 'ordinal', '第3次', [3], '3rd'],
  ])('%s', (text, kind, written, values, reading) => {
    const f = one(text);
    expect([f.kind, f.text, f.values]).toEqual([kind, written, values]);
    expect(describeFigure(f).reading).toBe(reading);
  });

  it('reads 近5年来 and 最近3年 as the past years, not "nearly"', () => {
    expect([one('近5年来'), one('最近3年')].map((f) => [f.text, describeFigure(f).reading])).toEqual([['5年', '5 years'], ['3年', '3 years']]);
  });

  it.each([
    ['names with digits', '国道234焦郑黄河大桥、G234、1号文件'],
    ['numbers inside Latin tokens', '全县PM10、PM2.5同比分别下降，5G网络，4A级景区'],
    ['ordinals written in Chinese numerals that are names', '第十三届全国人民代表大会第三次会议，第一产业，第二个百年'],
    ['第一位 as "put first"', '坚持把人民生命安全和身体健康放在第一位'],
  ])('leaves %s unmarked', (_what, text) => {
    expect(readChineseFigures(text).map((f) => f.text)).toEqual([]);
  });
});

describe('Western notation and conversions', () => {
  it('names trillions from 10^12 on', () => {
    expect([western(114e12), western(1.37e12), western(46.33e9), western(13.52e6), western(56000)]).toEqual(['114 trillion', '1.37 trillion', '46.33 billion', '13.52 million', '56,000']);
  });

  it.each([
    // 1 斤 = 0.5 kg: official English gives 1.37万亿斤 of grain as 685 million tonnes.
    ['1.37万亿斤', ['1,370,000,000,000 jin in full', '≈ 685 million tonnes']],
    ['50斤', ['≈ 25 kg']],
    // A conversion keeps the precision of the source: 9.2 km is about 5.7 miles, not 5.717.
    ['9.2公里', ['≈ 5.7 miles']],
    ['5.6万亩', ['≈ 37 million m²', '≈ 3,700 hectares', '≈ 9,200 acres']],
    ['1.2万公顷', ['≈ 180,000 mu', '≈ 30,000 acres']],
    ['9.6万平方公里', ['≈ 37,000 square miles']],
    // A hedged figure stays hedged in every conversion.
    ['500余亩', ['more than 330,000 m²', 'more than 33 hectares', 'more than 82 acres']],
    ['近2万平方米', ['nearly 220,000 square feet']],
  ])('%s', (text, details) => {
    expect(describeFigure(one(text)).details).toEqual(details);
  });

  it('gives a dollar value only with a rate, as precise as the source and at most three digits', () => {
    expect(describeFigure(one('463.3亿元')).details.join(' ')).not.toContain('US$');
    expect(describeFigure(one('463.3亿元'), rate).details.at(-1)).toBe('≈ US$6.72 billion (approximate, at 6.8985 yuan per dollar, the 2019 average; NBS)');
    expect(describeFigure(one('1600余万元'), rate).details.at(-1)).toBe('more than US$2.3 million (approximate, at 6.8985 yuan per dollar, the 2019 average; NBS)');
    expect(describeFigure(one('114万亿元'), rate).details).toEqual(['114,000,000,000,000 yuan in full', '≈ US$16.5 trillion (approximate, at 6.8985 yuan per dollar, the 2019 average; NBS)']);
  });
});

describe('reading the figures of the English', () => {
  it.each([
    ['surpassed 46.33 billion yuan', 'number', '46.33 billion', [46.33e9], 'yuan'],
    ['reached 1.15 billion', 'number', '1.15 billion', [1.15e9], undefined],
    ['GDP reached 114 trillion yuan', 'number', '114 trillion', [114e12], 'yuan'],
    ['over 10,000 businesses per day', 'number', '10,000', [1e4], undefined],
    ['up 7.9 percent', 'percent', '7.9 percent', [7.9], undefined],
    ['up 7.9%', 'percent', '7.9%', [7.9], undefined],
    ['up 2.2 percentage points', 'points', '2.2 percentage points', [2.2], undefined],
    ['Grain output reached 685 million metric tons.', 'number', '685 million', [685e6], 'tonnes'],
    ['increased by 5.33 million hectares', 'number', '5.33 million', [5.33e6], 'hectares'],
    ['on April 29, 2020', 'date', 'April 29, 2020', [2020, 4, 29], undefined],
    ['the end of March next year', 'date', 'March', [3], undefined],
    ['the work of 2019', 'date', '2019', [2019], undefined],
    ['26th in the province', 'ordinal', '26th', [26], undefined],
    ['the 70th anniversary', 'ordinal', '70th', [70], undefined],
    ['and ranked first among', 'ordinal', 'first', [1], undefined],
    ['Eight enterprises entered', 'number', 'Eight', [8], undefined],
    ['grew by one million', 'number', 'one million', [1e6], undefined],
    ['a 100,000-tonne paper project', 'number', '100,000', [1e5], 'tonnes'],
    ['from 9.9:58.3:31.8', 'ratio', '9.9:58.3:31.8', [9.9, 58.3, 31.8], undefined],
    ['rose by 200-400 yuan', 'range', '200-400', [200, 400], 'yuan'],
    ['cut by 10-15 percent', 'range', '10-15 percent', [10, 15], '%'],
  ])('%s', (text, kind, written, values, unit) => {
    const f = english(text);
    expect([f.kind, f.text, f.values, f.unit]).toEqual([kind, written, values, unit]);
  });

  it('does not read "for the first time", "may", covid-19 or PM2.5 as figures', () => {
    expect(readEnglishFigures('for the first time, they may act against covid-19 and PM2.5 with 5G')).toEqual([]);
  });
});

describe('a Chinese figure and its English', () => {
  it.each([
    ['114万亿元', 'GDP exceeded 114 trillion yuan'],
    ['99.1万亿元', 'reached 99.1 trillion yuan'],
    ['1.37万亿斤', 'Grain output reached 685 million metric tons'],
    ['1.37万亿斤', 'grain output of 685 million tonnes'],
    ['8000万亩', 'will be increased by 5.33 million hectares'],
    ['1万亿元', 'an increase of one trillion yuan'],
    ['100万人', 'enrollment grew by one million'],
    ['1352万人', 'around 13.52 million new urban jobs'],
    ['2019年', 'a review of our work in 2019'],
    ['2020年5月22日', 'on May 22, 2020'],
    ['3月底', 'till the end of March next year'],
    ['70周年', 'the 70th anniversary of the founding'],
    ['第一位', 'ranking first among the six counties'],
    ['7.9%', 'up 7.9%'],
    ['7.9%', 'up 7.9 percent'],
    ['0.5个百分点', '0.5 percentage points above'],
    ['3~5年', 'in 3-5 years'],
    ['近5个月', 'Almost five months have passed'],
    ['2050个', '2050 new school places'],
    ['1—4月', 'from January to April'],
  ])('%s is said by "%s"', (zh, en) => {
    expect(missingFigures(zh, en)).toEqual([]);
  });

  it.each([
    // The official English gives the year's actual output, not the floor the Chinese states.
    ['1.3万亿斤以上', 'Grain output reached 665 million metric tons'],
    ['463.3亿元', 'surpassed 4.633 billion yuan'],
    ['2.2个百分点', 'up 2.2 percent'],
    ['2019年', 'serving 2,019 households'],
    ['5月', 'they may meet'],
    ['第1位', 'for the first time'],
  ])('%s is not said by "%s"', (zh, en) => {
    expect(missingFigures(zh, en).map((f) => f.text)).toEqual([zh]);
  });

  it('compares kinds: a percentage is not percentage points, a rank is not a count', () => {
    const [points] = readChineseFigures('提高2.2个百分点');
    const [rank] = readChineseFigures('居全省第1位');
    expect(sameFigure(points!, english('up 2.2 percent'))).toBe(false);
    expect(sameFigure(rank!, english('1 project'))).toBe(false);
    expect(sameFigure(rank!, english('1st in the province'))).toBe(true);
  });
});
