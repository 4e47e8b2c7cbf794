import { describe, expect, it } from 'vitest';
import { translate, type UiLanguage } from '../i18n/resources.ts';
import { citations as cite, type CitableText, type CitationInput } from './formats.ts';

const citations = (input: CitationInput, lang: UiLanguage) => cite(input, lang, (key, values) => translate(lang, key, values));

const text: CitableText = {
  slug: 'wuzhi-2020',
  title: { zh: '2020年武陟县政府工作报告', en: '2020 Government Work Report of Wuzhi County' },
  issuer: { zh: '武陟县人民政府', en: "Wuzhi County People's Government" },
  speaker: { zh: '县长 申琳', en: 'Shen Lin, County Governor' },
  date: '2020-04-29',
  translator: 'Policy Reader contributors',
  site: 'Policy Reader',
};
const url = 'https://reader.example/wuzhi-2020/#1.3.2';

describe('citations', () => {
  const paragraph = citations({ text, target: { kind: 'paragraph', id: '1.3.2' }, url, accessed: '2026-11-30' }, 'en');

  it('give the issuer, title in both languages, date, paragraph, translator, permalink and access date', () => {
    expect(paragraph.chicago).toBe(
      "Wuzhi County People's Government, “2020 Government Work Report of Wuzhi County” [2020年武陟县政府工作报告], delivered by Shen Lin, County Governor, April 29, 2020, ¶ 1.3.2, trans. Policy Reader contributors, accessed November 30, 2026, https://reader.example/wuzhi-2020/#1.3.2.",
    );
    expect(paragraph.apa).toBe(
      "Wuzhi County People's Government. (2020, April 29). 2020 Government Work Report of Wuzhi County [2020年武陟县政府工作报告] (Policy Reader contributors, Trans.; ¶ 1.3.2). Retrieved November 30, 2026, from https://reader.example/wuzhi-2020/#1.3.2",
    );
    expect(paragraph.mla).toBe(
      "Wuzhi County People's Government. 2020 Government Work Report of Wuzhi County [2020年武陟县政府工作报告]. Translated by Policy Reader contributors, 29 Apr. 2020, ¶ 1.3.2. Policy Reader, https://reader.example/wuzhi-2020/#1.3.2. Accessed 30 Nov. 2026.",
    );
    expect(paragraph.plain).toBe("Wuzhi County People's Government, 2020 Government Work Report of Wuzhi County, ¶ 1.3.2. https://reader.example/wuzhi-2020/#1.3.2 (accessed November 30, 2026)");
  });

  it('write BibTeX with escaped fields', () => {
    expect(paragraph.bibtex).toBe(
      [
        '@misc{wuzhi-2020-1_3_2,',
        "  author = {{Wuzhi County People's Government}},",
        '  title = {{2020 Government Work Report of Wuzhi County} [2020年武陟县政府工作报告]},',
        '  year = {2020},',
        '  month = apr,',
        '  note = {¶ 1.3.2. English translation: Policy Reader contributors},',
        '  url = {https://reader.example/wuzhi-2020/#1.3.2},',
        '  urldate = {2026-11-30}',
        '}',
      ].join('\n'),
    );
  });

  it('cite a range with both ends', () => {
    const range = citations({ text, target: { kind: 'range', from: '1.3.2', to: '1.3.4' }, url, accessed: '2026-11-30' }, 'en');
    for (const c of Object.values(range)) expect(c).toContain('¶¶ 1.3.2–1.3.4');
  });

  it('quote a phrase in Chinese and English', () => {
    const phrase = citations(
      { text, target: { kind: 'phrase', id: '1.3.1', lang: 'zh', quote: '四好农村路', prefix: '', suffix: '' }, url, accessed: '2026-11-30', quote: { zh: '四好农村路', en: 'Four Good Rural Roads' } },
      'en',
    );
    for (const c of Object.values(phrase)) {
      expect(c).toContain('四好农村路');
      expect(c).toContain('Four Good Rural Roads');
      expect(c).toContain('1.3.1');
    }
  });

  it('follow the interface language', () => {
    const zh = citations({ text, target: { kind: 'paragraph', id: '1.3.2' }, url, accessed: '2026-11-30' }, 'zh');
    expect(zh.plain).toBe('武陟县人民政府：《2020年武陟县政府工作报告》，第 1.3.2 段。https://reader.example/wuzhi-2020/#1.3.2（访问于 2026年11月30日）');
    expect(zh.chicago).toContain('访问日期：2026年11月30日');
  });
});
