import { describe, expect, it } from 'vitest';
import { formatHash, locatePhrase, parseHash } from './hash.ts';

const order = new Map(['title', '0.1', '1', '1.0.1', '1.0.2', '1.3.1', '2.0.3'].map((id, i) => [id, i]));
const aliases = { '1.3.2': '1.3.1' };

describe('reading a hash', () => {
  it('finds a paragraph, a range and an alias', () => {
    expect(parseHash('#1.0.2', order)).toEqual({ ok: true, target: { kind: 'paragraph', id: '1.0.2' } });
    expect(parseHash('#1.0.1-1.3.1', order)).toEqual({ ok: true, target: { kind: 'range', from: '1.0.1', to: '1.3.1' } });
    expect(parseHash('#1.3.2', order, aliases)).toEqual({ ok: true, target: { kind: 'paragraph', id: '1.3.1' } });
    expect(parseHash('#1.0.1-1.3.2', order, aliases)).toEqual({ ok: true, target: { kind: 'range', from: '1.0.1', to: '1.3.1' } });
    expect(parseHash('#title', order)).toEqual({ ok: true, target: { kind: 'paragraph', id: 'title' } });
    expect(parseHash('', order)).toBeUndefined();
  });

  it('round-trips a Chinese phrase with its context', () => {
    const target = { kind: 'phrase', id: '1.3.1', lang: 'zh', quote: '四好农村路', prefix: '把“', suffix: '”作为 改善' } as const;
    const hash = formatHash(target);
    expect(hash).not.toMatch(/[\s“”]/);
    expect(parseHash(hash, order)).toEqual({ ok: true, target });
  });

  it.each([
    ['#nope', 'unknown'],
    ['#9.9.9', 'unknown'],
    ['#<img src=x onerror=alert(1)>', 'malformed'],
    ['#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'malformed'],
    ['#%E0%A4%A', 'malformed'],
    ['#1.3.1-1.0.1', 'reversed'],
    ['#1.0.1-', 'malformed'],
    ['#-1.0.1', 'malformed'],
    ['#1.0.1-9.9', 'unknown'],
    ['#1.3.1?lang=fr&q=x', 'malformed'],
    ['#1.3.1?lang=zh', 'malformed'],
  ])('%s is %s', (hash, reason) => {
    const result = parseHash(hash, order, aliases);
    expect(result).toMatchObject({ ok: false, reason });
  });
});

describe('finding a phrase again', () => {
  const text = '建设“四好农村路”618公里，“四好农村路”创建获得全市一等奖';
  it('tells two occurrences apart by their context', () => {
    expect(locatePhrase(text, '四好农村路', '', '”创建')).toEqual({ start: 16, end: 21 });
    expect(locatePhrase(text, '四好农村路', '建设“', '')).toEqual({ start: 3, end: 8 });
  });
  it('says when the phrase is not there', () => {
    expect(locatePhrase(text, '三大改造', '', '')).toBeUndefined();
  });
});
