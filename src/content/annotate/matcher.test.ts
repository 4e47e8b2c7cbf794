import { describe, expect, it } from 'vitest';
import { Matcher } from './matcher.ts';

const terms = (...zh: string[]) => new Matcher(zh.map((t) => [t, t] as [string, string]));
const found = (m: Matcher<string>, text: string) => m.find(text).map((x) => text.slice(x.start, x.end));

describe('glossary matcher', () => {
  it('prefers the longest term at a position', () => {
    const m = terms('百城提质', '百城建设提质工程', '百城建设');
    expect(found(m, '被评为全省百城建设提质工程先进县')).toEqual(['百城建设提质工程']);
    expect(found(m, '迎接全省百城提质暨文明城市创建观摩')).toEqual(['百城提质']);
  });

  it('never matches inside a longer term it has already taken', () => {
    const m = terms('四好农村路', '农村', '好农');
    expect(found(m, '建设“四好农村路”618公里')).toEqual(['四好农村路']);
  });

  it('takes the leftmost of two overlapping terms', () => {
    const m = terms('郑焦一体化', '一体化首位节点城市');
    expect(found(m, '建设郑焦一体化首位节点城市')).toEqual(['郑焦一体化']);
  });

  it('finds terms inside quotation marks and adjacent terms', () => {
    const m = terms('六稳', '六保');
    expect(found(m, '扎实做好“六稳”工作，全面落实“六保”任务')).toEqual(['六稳', '六保']);
    expect(found(m, '六稳六保')).toEqual(['六稳', '六保']);
  });

  it('finds a term at the very start and the very end of a paragraph', () => {
    const m = terms('三大改造', '专精特新');
    expect(found(m, '三大改造')).toEqual(['三大改造']);
    expect(found(m, '三大改造助推转型，进入专精特新')).toEqual(['三大改造', '专精特新']);
  });

  it('returns UTF-16 offsets, also after characters outside the BMP', () => {
    const m = terms('四水同治');
    const text = '𠀀深入推进四水同治';
    const [hit] = m.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('四水同治');
  });

  it('folds case when asked, for English renderings', () => {
    const m = new Matcher([['stability on six fronts', 'liu-wen']], (c) => c.toLowerCase());
    const text = 'ensure "Stability on Six Fronts" and more';
    const [hit] = m.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('Stability on Six Fronts');
  });
});
