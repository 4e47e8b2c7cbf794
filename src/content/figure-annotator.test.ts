import { describe, expect, it } from 'vitest';
import { FigureAnnotator } from './figure-annotator.ts';
import { readEnglishFigures } from './figures/reader.ts';

describe('linking English figures to the Chinese', () => {
  it('reads English figures with their kinds and values', () => {
    const text = 'surpassed 46.33 billion yuan, up 7.9 percent, 2.2 percentage points, from 9.9:58.3:31.8, 200-400 yuan, on April 29, 2020, ranked first and 26th';
    expect(readEnglishFigures(text).map((f) => [f.kind, f.values])).toEqual([
      ['number', [46.33e9]],
      ['percent', [7.9]],
      ['points', [2.2]],
      ['ratio', [9.9, 58.3, 31.8]],
      ['range', [200, 400]],
      ['date', [2020, 4, 29]],
      ['ordinal', [1]],
      ['ordinal', [26]],
    ]);
  });

  it('links each Chinese figure to the same figure in the English, not to "for the first time"', () => {
    const figures = new FigureAnnotator();
    const zh = figures.transform('t', 'zh', '1.0.2')('总量首次跃居六县（市）第1位。税收收入达11.5亿元，居全省第26位。');
    const en = figures.transform('t', 'en', '1.0.2')('Its total ranked first for the first time. Tax revenue reached 1.15 billion yuan, 26th in the province.');
    expect(zh).toBe('总量首次跃居六县（市）<span class="fig" tabindex="0" data-fig="1.0.2/1">第1位</span>。税收收入达<span class="fig" tabindex="0" data-fig="1.0.2/2">11.5亿元</span>，居全省<span class="fig" tabindex="0" data-fig="1.0.2/3">第26位</span>。');
    expect(en).toBe('Its total ranked <span class="fig" tabindex="0" data-fig="1.0.2/1">first</span> for the first time. Tax revenue reached <span class="fig" tabindex="0" data-fig="1.0.2/2">1.15 billion</span> yuan, <span class="fig" tabindex="0" data-fig="1.0.2/3">26th</span> in the province.');
  });

  it('links a figure the English gives in another unit, and a year', () => {
    const figures = new FigureAnnotator();
    figures.transform('t', 'zh', '1.0.3')('2019年粮食产量1.37万亿斤。');
    const en = figures.transform('t', 'en', '1.0.3')('In 2019 grain output reached 685 million metric tons.');
    expect(en).toBe('In <span class="fig" tabindex="0" data-fig="1.0.3/1">2019</span> grain output reached <span class="fig" tabindex="0" data-fig="1.0.3/2">685 million</span> metric tons.');
    expect(figures.cards('t')['fig:1.0.3/2']).toContain('<p class="term-en">1.37 trillion jin</p><ul class="fig-details"><li>1,370,000,000,000 jin in full</li><li>≈ 685 million tonnes</li></ul>');
  });

  it('writes a card for every figure, with a dollar value only when the text gives a rate', () => {
    const figures = new FigureAnnotator();
    figures.transform('t', 'zh', '1.0.2')('突破463.3亿元');
    expect(figures.cards('t')['fig:1.0.2/1']).not.toContain('US$');
    expect(figures.cards('t', { cnyPerUsd: 6.8985, year: 2019, source: 'NBS' })['fig:1.0.2/1']).toContain('≈ US$6.72 billion');
  });
});
