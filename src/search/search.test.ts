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

  it('lists hits in reading order, each with the part or section it stands in', () => {
    const text = {
      slug: 'sample',
      title: { zh: '样本', en: 'Sample' },
      paragraphs: [
        { id: '0.1', zh: '各位代表：道路', en: 'Fellow deputies: roads' },
        { id: '1', zh: '一、回顾', en: 'I. Review' },
        { id: '1.0.1', zh: '道路通了。', en: 'Roads opened.' },
        { id: '1.1.1', zh: '（一）修好道路。全县道路更好。', en: '(1) Building roads: all roads are better.' },
        { id: '1.1.2', zh: '道路还要修。', en: 'More roads to build.' },
        { id: '1.0.2', zh: '道路之外。', en: 'Beyond roads.' },
      ],
    };
    const hits = search({ texts: [text], terms: [] }, '道路').byText[0]!.hits;
    expect(hits.map((h) => [h.id, h.section.id])).toEqual([
      ['0.1', '0'],
      ['1.0.1', '1'],
      ['1.1.1', '1.1'],
      ['1.1.2', '1.1'],
      ['1.0.2', '1'],
    ]);
    expect(hits[1]!.section).toEqual({ id: '1', zh: '一、回顾', en: 'I. Review' });
    expect(hits[2]!.section).toEqual({ id: '1.1', zh: '（一）修好道路', en: '(1) Building roads' });
    // Chinese and English of one paragraph come together, Chinese first.
    expect(search({ texts: [text], terms: [] }, 'roads').byText[0]!.hits.map((h) => h.id)).toEqual(['0.1', '1.0.1', '1.1.1', '1.1.2', '1.0.2']);
  });

  it('finds nothing for an empty query or a miss', () => {
    expect(search(index, '  ').total).toBe(0);
    expect(search(index, '三大改造').total).toBe(0);
  });
});
