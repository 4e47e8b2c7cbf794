import { describe, expect, it } from 'vitest';
import { FigureAnnotator } from './figures.ts';
import { readEnglishFigures } from './figure-reader.ts';

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
    const zh = figures.transform('t', 'zh', '1.0.2')('税收收入达11.5亿元，约合3.2亿美元。');
    const en = figures.transform('t', 'en', '1.0.2')('For the first time, tax revenue reached 1.15 billion yuan, about 320 million US dollars.');
    expect(zh).toBe('税收收入达<span class="fig" tabindex="0" data-fig="1.0.2/1">11.5亿元</span>，约合<span class="fig" tabindex="0" data-fig="1.0.2/2">3.2亿美元</span>。');
    expect(en).toBe('For the first time, tax revenue reached <span class="fig" tabindex="0" data-fig="1.0.2/1">1.15 billion</span> yuan, about <span class="fig" tabindex="0" data-fig="1.0.2/2">320 million</span> US dollars.');
  });

  it('leaves a figure that only restates itself (第1位, 7.9%, 59个, a bare year) as plain text, keeping the ids of the others', () => {
    const figures = new FigureAnnotator();
    const zh = figures.transform('t', 'zh', '1.0.2')('2019年总量跃居第1位，增长7.9%，税收收入达11.5亿元。');
    expect(zh).toBe('2019年总量跃居第1位，增长7.9%，税收收入达<span class="fig" tabindex="0" data-fig="1.0.2/4">11.5亿元</span>。');
    const en = figures.transform('t', 'en', '1.0.2')('In 2019 it ranked first, up 7.9 percent; tax revenue reached 1.15 billion yuan.');
    expect(en).toBe('In 2019 it ranked first, up 7.9 percent; tax revenue reached <span class="fig" tabindex="0" data-fig="1.0.2/4">1.15 billion</span> yuan.');
    expect(Object.keys(figures.cards('t'))).toEqual(['fig:1.0.2/4']);
    // A yuan figure with a dollar value explains more: with the text's exchange rate, 200元 is marked.
    expect(figures.transform('t', 'zh', '1.0.3', { cnyPerUsd: 6.8985, year: 2019, source: 'NBS' })('补贴200元。')).toContain('data-fig="1.0.3/1">200元</span>');
  });

  it('links a figure the English gives in another unit', () => {
    const figures = new FigureAnnotator();
    figures.transform('t', 'zh', '1.0.3')('2019年粮食产量1.37万亿斤。');
    const en = figures.transform('t', 'en', '1.0.3')('In 2019 grain output reached 685 million metric tons.');
    expect(en).toBe('In 2019 grain output reached <span class="fig" tabindex="0" data-fig="1.0.3/2">685 million</span> metric tons.');
    expect(figures.cards('t')['fig:1.0.3/2']).toContain('<p class="term-en">1.37 trillion jin</p><ul class="fig-details"><li>1,370,000,000,000 jin in full</li><li>≈ 685 million tonnes</li></ul>');
  });

  it('writes a card for every figure, with a dollar value only when the text gives a rate', () => {
    const figures = new FigureAnnotator();
    figures.transform('t', 'zh', '1.0.2')('突破463.3亿元');
    expect(figures.cards('t')['fig:1.0.2/1']).not.toContain('US$');
    expect(figures.cards('t', { cnyPerUsd: 6.8985, year: 2019, source: 'NBS' })['fig:1.0.2/1']).toContain('≈ US$6.72 billion');
  });
});
