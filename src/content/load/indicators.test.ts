import { describe, expect, it } from 'vitest';
import { SAMPLE_META as META, sampleProject } from '../fixtures/sample.ts';
import { loadSite } from '../site.ts';

const ZH = '@title\n# 示例\n\n@1.0.1\n全县地区生产总值突破463.3亿元，增长7.9%。建设高标准农田5.6万亩。\n';
const EN = '@title\n# Example\n\n@1.0.1\nThe county’s GRP surpassed 46.33 billion yuan, up 7.9 percent. We built 56,000 mu of high-standard farmland.\n';

function site(indicators: string, meta = META) {
  const root = sampleProject({ 'meta.yaml': meta, 'zh.md': ZH, 'en.md': EN, 'indicators.yaml': indicators });
  return () => loadSite(root);
}

const GOOD = `- id: grp
  name: { zh: 地区生产总值, en: Gross regional product }
  period: "2019"
  value: 463.3亿元
  change: "+7.9%"
  paragraph: "1.0.1"
`;

describe('indicators', () => {
  it('load with their figures read in Western notation', () => {
    const [grp] = site(GOOD)().indicators.get('sample')!;
    expect([grp!.valueEn, grp!.changeEn]).toEqual(['46.33 billion yuan', '+7.9 percent']);
  });

  it.each([
    ['a value that is not in its paragraph', GOOD.replace('463.3亿元', '463.2亿元'), 'texts/sample/indicators.yaml:4: indicator grp: 463.2亿元 does not appear in paragraph 1.0.1'],
    ['an unknown unit', GOOD.replace('463.3亿元', '5.6万匹'), 'texts/sample/indicators.yaml:4: indicator grp: the unit "匹" of 5.6万匹 is not one the reader knows'],
    ['a change without a sign', GOOD.replace('"+7.9%"', '"7.9%"'), 'texts/sample/indicators.yaml:5: 0.change must start with + (up) or - (down)'],
    ['a paragraph that does not exist', GOOD.replace('"1.0.1"', '"9.9.9"'), 'texts/sample/indicators.yaml:6: indicator grp cites paragraph 9.9.9, which is not in the text'],
    ['a target for nothing', `${GOOD}  target: gdp\n`, 'texts/sample/indicators.yaml:7: indicator grp is a target for "gdp", which is not an indicator'],
  ])('%s fails the build with file:line', (_name, yaml, message) => {
    const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(site(yaml)).toThrowError(new RegExp(`^${escaped}`, 'm'));
  });

  it('refuse an exchange rate without a source', () => {
    const meta = `${META}exchangeRate:\n  cnyPerUsd: 6.8985\n  year: 2019\n`;
    expect(site(GOOD, meta)).toThrowError(/^texts\/sample\/meta\.yaml:14: exchangeRate\.source is missing/m);
  });
});
