import { describe, expect, it } from 'vitest';
import { fold, foldCompact } from './fold.ts';
import { search, type SearchIndex } from './search.ts';

const index: SearchIndex = {
  texts: [
    {
      slug: 'wuzhi-2020',
      title: { zh: '2020年武陟县政府工作报告', en: '2020 Government Work Report of Wuzhi County' },
      paragraphs: [
        { id: '1.3.1', zh: '把“四好农村路”作为改善农村基础设施的主要抓手。', en: 'We made the “Four Good Rural Roads” our main lever for improving rural infrastructure.' },
        { id: '3.1.2', zh: '推进绿宇化工对外重组合作。', en: 'We will advance restructuring by Lüyu Chemical.' },
      ],
    },
  ],
  terms: [{ id: 'si-hao-nong-cun-lu', zh: ['四好农村路'], pinyin: 'sì hǎo nóngcūn lù', en: 'Four Good Rural Roads' }],
};

describe('search folding', () => {
  it('keeps offsets while removing case, accents and tones', () => {
    expect(fold('Lüyu Sì HǍO')).toBe('luyu si hao');
    expect(foldCompact('lv')).toBe(foldCompact('lǜ'));
    expect(fold('Lüyu Sì HǍO')).toHaveLength('Lüyu Sì HǍO'.length);
    expect(foldCompact("sì hǎo nóngcūn lù")).toBe('sihaonongcunlu');
  });
});

describe('search', () => {
  it('finds Chinese by substring', () => {
    const r = search(index, '四好农村路');
    expect(r.byText[0]!.hits.map((h) => [h.id, h.lang, h.match])).toEqual([['1.3.1', 'zh', '四好农村路']]);
    expect(r.terms.map((t) => t.id)).toEqual(['si-hao-nong-cun-lu']);
  });

  it('finds English whatever the case, and keeps the original words for the link', () => {
    const hit = search(index, 'rural roads').byText[0]!.hits[0]!;
    expect([hit.id, hit.lang, hit.match]).toEqual(['1.3.1', 'en', 'Rural Roads']);
    expect(search(index, 'luyu chemical').byText[0]!.hits[0]!.match).toBe('Lüyu Chemical');
  });

  it('finds glossary terms by pinyin with or without tones and spaces', () => {
    for (const q of ['sihao', 'sì hǎo', 'SI HAO nongcun']) expect(search(index, q).terms.map((t) => t.id)).toEqual(['si-hao-nong-cun-lu']);
  });

  it('finds nothing for an empty query or a miss', () => {
    expect(search(index, '  ').total).toBe(0);
    expect(search(index, '三大改造').total).toBe(0);
  });
});
