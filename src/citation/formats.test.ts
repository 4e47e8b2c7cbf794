import { describe, expect, it } from 'vitest';
import { translate, type UiLanguage } from '../i18n/resources.ts';
import { citations as fill, plainText, runs, type CitationFormat } from './formats.ts';
import type { CitationTarget } from './hash.ts';
import { CHINESE_ONLY as chineseOnly, WUZHI as wuzhi } from './fixtures.ts';
import { citableText, type CitationFacts } from './styles.ts';

/**
 * Worked examples, written out by hand from the manuals' rules (not from this code's output):
 * - Chicago 17th, notes and bibliography: romanized title in italics, then the characters (never
 *   italic), then the English in brackets, roman — sentence-style for a gloss, the published
 *   translation's own title otherwise; note elements separated by commas, bibliography by periods;
 *   "para." for an unpaginated work's paragraph; an access date before the URL.
 * - APA 7th: no characters in the reference list; the pinyin title in italics with the English in
 *   brackets, sentence case; a translation dated by itself with "(Original work published …)" and
 *   both years in the text citation; "para."/"paras.".
 * - MLA 9th: characters, then transliteration, then translation, in one bracket with semicolons;
 *   names romanized; the website in italics; the URL without its scheme; "par."/"pars.".
 * - GB/T 7714-2015: 主要责任者. 题名[R/OL]. (日期)[引用日期]. 获取和访问路径.
 * Italics are written *so* here.
 */

interface Input {
  text: CitationFacts;
  target: CitationTarget;
  url: string;
  accessed: string;
  quote?: { zh?: string; en?: string };
}
/** The build writes each form (styles.ts); the browser fills in the passage, address and day (formats.ts). */
const cite = (input: Input, lang: UiLanguage) => fill({ ...input, text: citableText(input.text) }, lang, (key, values) => translate(lang, key, values));
const citations = (input: Input, lang: UiLanguage) => {
  const all = cite(input, lang);
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.replace(/\uE000|\uE001/g, '*')])) as Record<CitationFormat, string>;
};

const accessed = '2026-11-30';
const p141 = citations({ text: wuzhi, target: { kind: 'paragraph', id: '1.4.1' }, url: 'https://reader.example/wuzhi-2020/#1.4.1', accessed }, 'en');
const only = citations({ text: chineseOnly, target: { kind: 'paragraph', id: '2.1.3' }, url: 'https://reader.example/example-2021/#2.1.3', accessed }, 'en');

describe('Chicago, notes and bibliography (17th edition)', () => {
  it('writes the note for Wuzhi ¶ 1.4.1: issuer and title in both scripts, speaker, the report’s date apart from the translation’s', () => {
    expect(p141.chicago).toBe(
      "Wuzhi County People's Government 武陟县人民政府, *2020 nian Wuzhi Xian zhengfu gongzuo baogao* 2020年武陟县政府工作报告 [2020 Government Work Report of Wuzhi County], delivered by Shen Lin 申琳 at the Fifth Session of the 14th People's Congress of Wuzhi County, April 29, 2020, trans. Policy Reader contributors, Policy Reader, 2026, para. 1.4.1, accessed November 30, 2026, https://reader.example/wuzhi-2020/#1.4.1.",
    );
  });

  it('writes the bibliography entry for the work, without the passage', () => {
    expect(p141.chicagoBib).toBe(
      "Wuzhi County People's Government 武陟县人民政府. *2020 nian Wuzhi Xian zhengfu gongzuo baogao* 2020年武陟县政府工作报告 [2020 Government Work Report of Wuzhi County]. Delivered by Shen Lin 申琳 at the Fifth Session of the 14th People's Congress of Wuzhi County, April 29, 2020. Translated by Policy Reader contributors. Policy Reader, 2026. Accessed November 30, 2026. https://reader.example/wuzhi-2020/.",
    );
  });

  it('glosses an untranslated title in sentence style and names no translator', () => {
    expect(only.chicago).toBe(
      "Example County People's Government 示例县人民政府, *Shili Xian Renmin Zhengfu guanyu jiaqiang nongcun gonglu yanghu de yijian* 示例县人民政府关于加强农村公路养护的意见 [Opinions of the Example County People's Government on strengthening the maintenance of rural roads], March 15, 2021, Policy Reader, para. 2.1.3, accessed November 30, 2026, https://reader.example/example-2021/#2.1.3.",
    );
    expect(only.chicagoBib).toBe(
      "Example County People's Government 示例县人民政府. *Shili Xian Renmin Zhengfu guanyu jiaqiang nongcun gonglu yanghu de yijian* 示例县人民政府关于加强农村公路养护的意见 [Opinions of the Example County People's Government on strengthening the maintenance of rural roads]. March 15, 2021. Policy Reader. Accessed November 30, 2026. https://reader.example/example-2021/.",
    );
  });
});

describe('APA (7th edition)', () => {
  it('dates the translation, keeps the original’s year apart, and gives both years in the text', () => {
    expect(p141.apa).toBe(
      "Wuzhi County People's Government. (2026). *2020 nian Wuzhi Xian zhengfu gongzuo baogao* [2020 government work report of Wuzhi County] (L. Shen, Speaker; Policy Reader contributors, Trans.). Policy Reader. https://reader.example/wuzhi-2020/ (Original work published 2020)",
    );
    expect(p141.apaText).toBe("(Wuzhi County People's Government, 2020/2026, para. 1.4.1)");
  });

  it('writes n.d. for a translation whose date the metadata does not give', () => {
    const undated = citations({ text: { ...wuzhi, translation: { by: 'Policy Reader contributors' } }, target: { kind: 'paragraph', id: '1.4.1' }, url: 'https://reader.example/wuzhi-2020/#1.4.1', accessed }, 'en');
    expect(undated.apa).toContain("Government. (n.d.). *2020 nian");
    expect(undated.apaText).toBe("(Wuzhi County People's Government, 2020/n.d., para. 1.4.1)");
    expect(undated.chicago).toContain('trans. Policy Reader contributors, Policy Reader, para. 1.4.1');
  });

  it('dates an untranslated report by its own day', () => {
    expect(only.apa).toBe(
      "Example County People's Government. (2021, March 15). *Shili Xian Renmin Zhengfu guanyu jiaqiang nongcun gonglu yanghu de yijian* [Opinions of the Example County People's Government on strengthening the maintenance of rural roads]. Policy Reader. https://reader.example/example-2021/",
    );
    expect(only.apaText).toBe("(Example County People's Government, 2021, para. 2.1.3)");
  });
});

describe('MLA (9th edition)', () => {
  it('gives characters, transliteration and translation, the delivery and the translation apart', () => {
    expect(p141.mla).toBe(
      "Wuzhi County People's Government. *2020年武陟县政府工作报告* [*2020 nian Wuzhi Xian zhengfu gongzuo baogao*; *2020 Government Work Report of Wuzhi County*]. Delivered by Shen Lin at the Fifth Session of the 14th People's Congress of Wuzhi County, 29 Apr. 2020. Translated by Policy Reader contributors, *Policy Reader*, 2026, reader.example/wuzhi-2020/. Accessed 30 Nov. 2026.",
    );
    expect(p141.mlaText).toBe("(Wuzhi County People's Government, par. 1.4.1)");
  });

  it('cites a Chinese-only text with no translator', () => {
    expect(only.mla).toBe(
      "Example County People's Government. *示例县人民政府关于加强农村公路养护的意见* [*Shili Xian Renmin Zhengfu guanyu jiaqiang nongcun gonglu yanghu de yijian*; *Opinions of the Example County People's Government on Strengthening the Maintenance of Rural Roads*]. 15 Mar. 2021. *Policy Reader*, reader.example/example-2021/. Accessed 30 Nov. 2026.",
    );
  });
});

describe('GB/T 7714-2015', () => {
  it('writes an online report with its date and the date cited', () => {
    expect(p141.gbt).toBe('武陟县人民政府. 2020年武陟县政府工作报告[R/OL]. (2020-04-29)[2026-11-30]. https://reader.example/wuzhi-2020/#1.4.1.');
    expect(only.gbt).toBe('示例县人民政府. 示例县人民政府关于加强农村公路养护的意见[R/OL]. (2021-03-15)[2026-11-30]. https://reader.example/example-2021/#2.1.3.');
  });
});

describe('BibTeX', () => {
  it('writes ASCII fields with language, translator, the delivery and the two dates', () => {
    expect(p141.bibtex).toBe(
      [
        '% \\cite[para.~1.4.1]{wuzhi-2020}',
        '@misc{wuzhi-2020,',
        "  author = {{Wuzhi County People's Government}},",
        '  title = {2020 nian {Wuzhi} {Xian} zhengfu gongzuo baogao [{2020 Government Work Report of Wuzhi County}]},',
        "  howpublished = {Delivered by Shen Lin at the Fifth Session of the 14th People's Congress of Wuzhi County},",
        '  date = {2020-04-29},',
        '  year = {2020},',
        '  month = apr,',
        '  translator = {{Policy Reader contributors}},',
        '  language = {Chinese and English},',
        '  note = {English translation 2026},',
        '  publisher = {Policy Reader},',
        '  url = {https://reader.example/wuzhi-2020/},',
        '  urldate = {2026-11-30}',
        '}',
      ].join('\n'),
    );
    expect(p141.bibtex).toMatch(/^[\x20-\x7e\n]+$/);
  });

  it('leaves out the translator and the translation note for a Chinese-only text', () => {
    expect(only.bibtex).toBe(
      [
        '% \\cite[para.~2.1.3]{example-2021}',
        '@misc{example-2021,',
        "  author = {{Example County People's Government}},",
        "  title = {{Shili} {Xian} {Renmin} {Zhengfu} guanyu jiaqiang nongcun gonglu yanghu de yijian [{Opinions of the Example County People's Government on strengthening the maintenance of rural roads}]},",
        '  date = {2021-03-15},',
        '  year = {2021},',
        '  month = mar,',
        '  language = {Chinese},',
        '  publisher = {Policy Reader},',
        '  url = {https://reader.example/example-2021/},',
        '  urldate = {2026-11-30}',
        '}',
      ].join('\n'),
    );
  });

  it('escapes LaTeX specials and spells accented letters and ü in ASCII', () => {
    const text: CitationFacts = {
      ...chineseOnly,
      issuer: { zh: '示例', en: 'R&D Office_2 {100%} #1 $5 ~ ^ \\' },
      title: { ...chineseOnly.title, pinyin: 'Lüse fazhan', sentence: 'Zoë’s “green” plan – naïve' },
    };
    const bib = citations({ text, target: { kind: 'range', from: '1.0.2', to: '1.0.5' }, url: 'https://reader.example/x/#1.0.2-1.0.5', accessed }, 'en').bibtex;
    expect(bib).toContain('  author = {{R\\&D Office\\_2 \\{100\\%\\} \\#1 \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}}},');
    expect(bib).toContain("  title = {{L{\\\"u}se} fazhan [{Zo{\\\"e}'s ``green'' plan -- na{\\\"i}ve}]},");
    expect(bib.split('\n')[0]).toBe('% \\cite[paras.~1.0.2--1.0.5]{example-2021}');
    expect(bib).toMatch(/^[\x20-\x7e\n]+$/);
  });
});

describe('the plain form', () => {
  it('gives the date and follows the interface language', () => {
    expect(p141.plain).toBe("Wuzhi County People's Government, 2020 Government Work Report of Wuzhi County, April 29, 2020, ¶ 1.4.1. https://reader.example/wuzhi-2020/#1.4.1 (accessed November 30, 2026)");
    const zh = citations({ text: wuzhi, target: { kind: 'paragraph', id: '1.4.1' }, url: 'https://reader.example/wuzhi-2020/#1.4.1', accessed }, 'zh');
    expect(zh.plain).toBe('武陟县人民政府：《2020年武陟县政府工作报告》，2020年4月29日，第 1.4.1 段。https://reader.example/wuzhi-2020/#1.4.1（访问于2026年11月30日）');
  });

  it('quotes a phrase in Chinese and English', () => {
    const input: Input = {
      text: wuzhi,
      target: { kind: 'phrase', id: '1.3.1', lang: 'zh', quote: '四好农村路', prefix: '', suffix: '' },
      url: 'https://reader.example/wuzhi-2020/#1.3.1?lang=zh&q=x',
      accessed,
      quote: { zh: '四好农村路', en: 'Four Good Rural Roads' },
    };
    expect(citations(input, 'en').plain).toBe(
      "Wuzhi County People's Government, 2020 Government Work Report of Wuzhi County, April 29, 2020, ¶ 1.3.1: “四好农村路” (“Four Good Rural Roads”). https://reader.example/wuzhi-2020/#1.3.1?lang=zh&q=x (accessed November 30, 2026)",
    );
    expect(citations(input, 'zh').plain).toBe(
      '武陟县人民政府：《2020年武陟县政府工作报告》，2020年4月29日，第 1.3.1 段：“四好农村路”（英译：“Four Good Rural Roads”）。https://reader.example/wuzhi-2020/#1.3.1?lang=zh&q=x（访问于2026年11月30日）',
    );
  });
});

describe('every form', () => {
  const range = citations({ text: wuzhi, target: { kind: 'range', from: '1.0.2', to: '1.0.5' }, url: 'https://reader.example/wuzhi-2020/#1.0.2-1.0.5', accessed }, 'en');

  it('cites a range with both ends, in each manual’s words', () => {
    expect(range.chicago).toContain(', paras. 1.0.2–1.0.5, ');
    expect(range.apaText).toBe("(Wuzhi County People's Government, 2020/2026, paras. 1.0.2–1.0.5)");
    expect(range.mlaText).toBe("(Wuzhi County People's Government, pars. 1.0.2-1.0.5)");
    expect(range.plain).toContain('¶¶ 1.0.2–1.0.5');
    expect(range.gbt).toContain('#1.0.2-1.0.5.');
  });

  it('names no translator for a Chinese-only text', () => {
    for (const form of Object.values(only)) expect(form).not.toMatch(/trans|Trans\.|translat|译/i);
  });

  it('are the same in the Chinese interface, except the plain form', () => {
    const zh = citations({ text: wuzhi, target: { kind: 'paragraph', id: '1.4.1' }, url: 'https://reader.example/wuzhi-2020/#1.4.1', accessed }, 'zh');
    for (const format of ['chicago', 'chicagoBib', 'apa', 'apaText', 'mla', 'mlaText', 'gbt', 'bibtex'] as const) expect(zh[format], format).toBe(p141[format]);
  });

  it('do not mix half- and full-width punctuation in the forms of the Chinese interface', () => {
    const zh = citations({ text: wuzhi, target: { kind: 'range', from: '1.0.2', to: '1.0.5' }, url: 'https://reader.example/wuzhi-2020/#1.0.2-1.0.5', accessed }, 'zh');
    // The address and the paragraph ids are not punctuation; the titles and names are the text's own.
    const marks = (form: string) => form.replace(/https?:\/\/\S+?(?=[（。]|\.$|$)/g, '').replace(/\d+(\.\d+)+/g, '').replace(/[\p{L}\p{N}\s]/gu, '');
    expect(marks(zh.plain)).toMatch(/^[：《》，～。（）]+$/u);
    expect(marks(zh.gbt)).toMatch(/^[.[\]/()-]+$/);
    for (const format of ['chicago', 'chicagoBib', 'apa', 'apaText', 'mla', 'mlaText'] as const) expect(marks(zh[format]), format).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/u);
  });
});

describe('italic runs', () => {
  it('split a citation into roman and italic text, and plain text drops the marks', () => {
    const raw = cite({ text: wuzhi, target: { kind: 'paragraph', id: '1.4.1' }, url: 'https://reader.example/wuzhi-2020/#1.4.1', accessed }, 'en').mla;
    expect(runs(raw).filter((r) => r.italic).map((r) => r.text)).toEqual(['2020年武陟县政府工作报告', '2020 nian Wuzhi Xian zhengfu gongzuo baogao', '2020 Government Work Report of Wuzhi County', 'Policy Reader']);
    expect(plainText(raw)).toBe(p141.mla.replace(/\*/g, ''));
  });
});
