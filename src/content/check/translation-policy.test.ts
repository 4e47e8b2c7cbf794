import { describe, expect, it } from 'vitest';
import { SAMPLE_META, sampleProject } from '../fixtures/sample.ts';
import { buildPages, loadSite, siteSummary } from '../site.ts';

/**
 * A text's translation policy: made for this reader (strict), an existing translation taken as it
 * is (reported), or none yet (Chinese only). Fixtures of our own making.
 */

const ZH = '@title\n# 示例\n\n@1\n## 一、部分\n\n@1.0.1\n扎实做好“六稳”工作。\n\n@1.0.2\n第二段。\n';
const EN_ALL = '@title\n# Example\n\n@1\n## I. Part\n\n@1.0.1\nWe will work to ensure stability in six areas.\n\n@1.0.2\nSecond paragraph.\n';
const META_EXISTING = SAMPLE_META.replace('translation:\n', 'translation:\n  kind: existing\n');
const META_NONE = SAMPLE_META.replace(/translation:\n(  .*\n)+/, '');
const LIU_WEN = '---\nzh: 六稳\npinyin: liù wěn\nen: stability on six fronts\nlevel: national\nconfidence: low\n---\nA definition.\n';

const site = (files: Record<string, string>, glossary: Record<string, string> = { 'liu-wen.md': LIU_WEN }) => () => loadSite(sampleProject(files, glossary));

describe('a Chinese-only text', () => {
  it('builds with every paragraph marked as not yet translated, in words', () => {
    const root = sampleProject({ 'meta.yaml': META_NONE, 'zh.md': ZH }, { 'liu-wen.md': LIU_WEN });
    const loaded = loadSite(root);
    expect(loaded.docs[0]!.paragraphs.map((p) => p.english.state)).toEqual(['missing', 'missing', 'missing', 'missing']);
    const pages = buildPages(root, { head: '' });
    const reader = pages.find((p) => p.path === 'sample/index.html')!.html;
    expect(reader.match(/class="cell en cell-untranslated"/g)).toHaveLength(4);
    expect(reader).toContain('Translation not yet available.');
    expect(reader).toContain('No English translation yet.');
    // The Chinese keeps its terms.
    expect(reader).toContain('data-term="liu-wen">六稳</a>');
    expect(pages.find((p) => p.path === 'index.html')!.html).toContain('Chinese only: no English translation yet');
    expect(siteSummary(loaded)).toEqual([expect.stringContaining('texts/sample: Chinese only (no translation yet)')]);
  });

  it('is refused when meta.yaml declares a translation that is not there', () => {
    expect(site({ 'zh.md': ZH })).toThrowError(/^texts\/sample\/en\.md:1: the English text is missing: meta\.yaml declares a translation/m);
  });

  it('is refused when en.md exists but meta.yaml names no translator', () => {
    expect(site({ 'meta.yaml': META_NONE, 'zh.md': ZH, 'en.md': EN_ALL })).toThrowError(/^texts\/sample\/meta\.yaml:1: translation is missing: en\.md exists/m);
  });
});

describe('an existing translation', () => {
  it('keeps its own rendering of a term and reports the difference instead of failing', () => {
    const loaded = site({ 'meta.yaml': META_EXISTING, 'zh.md': ZH, 'en.md': EN_ALL })();
    expect(loaded.termDifferences.map((d) => [d.file, d.line, d.paragraph, d.entry.id])).toEqual([['texts/sample/en.md', 7, '1.0.1', 'liu-wen']]);
    expect(loaded.docs[0]!.paragraphs[2]!.en.text).toBe('We will work to ensure stability in six areas.');
  });

  it('finds the term when the glossary lists the official wording as a variant', () => {
    const withVariant = LIU_WEN.replace('en: stability on six fronts\n', 'en: stability on six fronts\nenVariants: ["stability in six areas"]\n');
    const loaded = site({ 'meta.yaml': META_EXISTING, 'zh.md': ZH, 'en.md': EN_ALL }, { 'liu-wen.md': withVariant })();
    expect(loaded.termDifferences).toEqual([]);
    expect(loaded.docs[0]!.paragraphs[2]!.en.html).toContain('data-term="liu-wen">stability in six areas</a>');
  });

  it('may leave paragraphs untranslated; each says so, and the home page counts them', () => {
    const root = sampleProject({ 'meta.yaml': META_EXISTING, 'zh.md': ZH, 'en.md': EN_ALL.replace('\n@1.0.2\nSecond paragraph.\n', '') }, { 'liu-wen.md': LIU_WEN });
    const loaded = loadSite(root);
    expect(loaded.docs[0]!.notices).toEqual([{ file: 'texts/sample/zh.md', line: 10, text: expect.stringContaining('paragraph 1.0.2 has no English yet') }]);
    const pages = buildPages(root, { head: '' });
    expect(pages.find((p) => p.path === 'sample/index.html')!.html).toMatch(/<p class="cell en cell-untranslated" data-para="1\.0\.2" data-english="missing">.*Translation not yet available\./);
    expect(pages.find((p) => p.path === 'index.html')!.html).toContain('3 of 4 paragraphs translated');
  });

  it('can give one English paragraph for two Chinese ones ("with" in alignment.yaml)', () => {
    const en = EN_ALL.replace('\n@1.0.2\nSecond paragraph.\n', '').replace('six areas.', 'six areas. Second paragraph.');
    const alignment = '"title": "1=1"\n"1": "1=1"\n"1.0.1": "1=1+2"\n"1.0.2": "with 1.0.1"\n';
    const root = sampleProject({ 'meta.yaml': META_EXISTING, 'zh.md': ZH, 'en.md': en, 'alignment.yaml': alignment }, { 'liu-wen.md': LIU_WEN });
    const doc = loadSite(root).docs[0]!;
    expect(doc.paragraphs[3]!.english).toEqual({ state: 'with', id: '1.0.1' });
    expect(doc.notices).toEqual([]);
    const reader = buildPages(root, { head: '' }).find((p) => p.path === 'sample/index.html')!.html;
    expect(reader).toContain('<a href="#1.0.1"><span data-i18n="reader.translatedWith" data-i18n-values="{&quot;id&quot;:&quot;1.0.1&quot;}">Translated together with paragraph 1.0.1 above.</span></a>');
  });

  it('refuses "with" on a paragraph that has English of its own', () => {
    const alignment = '"title": "1=1"\n"1": "1=1"\n"1.0.1": "1=1"\n"1.0.2": "with 1.0.1"\n';
    expect(site({ 'meta.yaml': META_EXISTING, 'zh.md': ZH, 'en.md': EN_ALL, 'alignment.yaml': alignment })).toThrowError(
      /^texts\/sample\/alignment\.yaml:4: paragraph 1\.0\.2 is marked "with 1\.0\.1", but it has an English block of its own/m,
    );
  });
});

describe('a translation made for this reader', () => {
  it('must use the glossary rendering', () => {
    expect(site({ 'zh.md': ZH, 'en.md': EN_ALL })).toThrowError(/^texts\/sample\/en\.md:7: paragraph 1\.0\.1 has 六稳 \(glossary\/liu-wen\.md\) in the Chinese but not its rendering "stability on six fronts"/m);
  });

  it('must translate every paragraph', () => {
    expect(site({ 'zh.md': ZH, 'en.md': EN_ALL.replace('\n@1.0.2\nSecond paragraph.\n', '') })).toThrowError(/^texts\/sample\/zh\.md:10: paragraph 1\.0\.2 has no English translation in texts\/sample\/en\.md/m);
  });
});
