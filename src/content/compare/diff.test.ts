import { describe, expect, it } from 'vitest';
import { diffChinese } from './diff.ts';

describe('character diff of the Chinese', () => {
  it('marks insertions and deletions in words as well as with <ins> and <del>', () => {
    const d = diffChinese('全县地区生产总值增长6%左右。', '地区生产总值增长6.5%左右，就业优先。');
    expect(d.parts).toEqual([
      { op: 'delete', text: '全县' },
      { op: 'equal', text: '地区生产总值增长6' },
      { op: 'insert', text: '.5' },
      { op: 'equal', text: '%左右' },
      { op: 'insert', text: '，就业优先' },
      { op: 'equal', text: '。' },
    ]);
    expect(d.html).toContain('<ins><span class="visually-hidden"><span data-i18n="compare.inserted">inserted:</span> </span>.5</ins>');
    expect(d.html).toContain('<del><span class="visually-hidden"><span data-i18n="compare.deleted">deleted:</span> </span>全县</del>');
    expect([d.inserted, d.deleted]).toEqual([7, 2]);
  });

  it('folds a stray shared character between two edits into one replacement', () => {
    // A raw character diff keeps 的 in common and splits the rewrite in two.
    const d = diffChinese('加快城市的建设', '推进乡村的振兴');
    expect(d.parts).toEqual([
      { op: 'delete', text: '加快城市的建设' },
      { op: 'insert', text: '推进乡村的振兴' },
    ]);
  });

  it('keeps longer shared runs, and escapes what it shows', () => {
    const d = diffChinese('a<b 全面建成小康社会', 'a<c 全面建成小康社会');
    expect(d.parts.filter((p) => p.op === 'equal').map((p) => p.text)).toEqual(['a<', ' 全面建成小康社会']);
    expect(d.html.startsWith('a&lt;<del>')).toBe(true);
  });

  it('has nothing to mark for the same paragraph', () => {
    expect(diffChinese('各位代表：', '各位代表：')).toMatchObject({ inserted: 0, deleted: 0, html: '各位代表：' });
  });
});
