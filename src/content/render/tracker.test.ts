import { describe, expect, it } from 'vitest';
import { SAMPLE_META, sampleProject } from '../fixtures/sample.ts';
import { loadSite } from '../site.ts';
import { renderTracker, termsPanel } from './tracker.ts';
import { locatePhrase, parseHash } from '../../citation/hash.ts';

const LIU_WEN = '---\nzh: 六稳\npinyin: liù wěn\nen: stability on six fronts\nenVariants: ["six stabilities"]\nlevel: national\nconfidence: low\n---\nA definition.\n';
const ZH = '@title\n# 示例\n\n@1.0.1\n扎实做好“六稳”工作。\n\n@1.0.2\n“六稳”是基础，六稳要落实。\n\n@1.0.3\n继续做好六稳。\n';

function tracker(en: string, kind: 'project' | 'existing') {
  const root = sampleProject({ 'meta.yaml': SAMPLE_META.replace('translation:\n', `translation:\n  kind: ${kind}\n`), 'zh.md': ZH, 'en.md': en }, { 'liu-wen.md': LIU_WEN });
  const site = loadSite(root);
  return { site, html: renderTracker(site.glossary[0]!, site, { head: '' }).html };
}

describe('the tracker of one term', () => {
  it('names the rendering each use has, with the English around it', () => {
    const en = '@title\n# Example\n\n@1.0.1\nWe will ensure “stability on six fronts”.\n\n@1.0.2\nThe six stabilities are the basis, and Stability on six fronts must be delivered.\n\n@1.0.3\nKeep up the stability on six fronts.\n';
    const { html } = tracker(en, 'project');
    expect(html).toContain('data-text="sample" data-count="4"');
    expect(html).toMatch(/English rendering<\/span>: <span lang="en">stability on six fronts<\/span> \(3\), <span lang="en">six stabilities<\/span> \(1\)/);
    // The second use in ¶ 1.0.2 is shown with the second rendering in its English.
    expect(html).toContain('<mark>Stability on six fronts</mark> must be delivered.');
    expect(html).toContain('The <mark>six stabilities</mark> are the basis');
    // Each use links to the term itself in its paragraph: a phrase link the reader can resolve to that use.
    const links = [...html.matchAll(/<a class="tracker-where" href="\/sample\/#([^"]+)">/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links).toHaveLength(4);
    const order = new Map(['1.0.1', '1.0.2', '1.0.3'].map((id, k) => [id, k]));
    const targets = links.map((hash) => parseHash(hash, order));
    expect(targets.map((r) => r?.ok && r.target.kind === 'phrase' && [r.target.id, r.target.quote])).toEqual([['1.0.1', '六稳'], ['1.0.2', '六稳'], ['1.0.2', '六稳'], ['1.0.3', '六稳']]);
    // The two uses in ¶ 1.0.2 are told apart by what is around them.
    const second = links.slice(1, 3).map((hash) => parseHash(hash, order)).map((r) => (r?.ok && r.target.kind === 'phrase' ? locatePhrase('“六稳”是基础，六稳要落实。', r.target.quote, r.target.prefix, r.target.suffix)?.start : undefined));
    expect(second).toEqual([1, 8]);
    // One text: no chart, the table alone.
    expect(html).not.toContain('<svg');
    expect(html).toContain('<caption id="liu-wen-table">');
  });

  it('says "another rendering" where an existing translation words it otherwise, and when a paragraph has no English', () => {
    const en = '@title\n# Example\n\n@1.0.1\nWe will ensure stability on the six fronts.\n\n@1.0.2\nThe six stabilities are the basis.\n';
    const { html } = tracker(en, 'existing');
    expect(html).toContain('data-count="4"');
    expect(html).toContain('<details class="tracker-other"><summary><span data-i18n="tracker.otherRendering">another rendering</span></summary><p lang="en">We will ensure stability on the six fronts.</p></details>');
    expect(html).toContain('<span data-i18n="reader.untranslated">Translation not yet available.</span>');
    // Two uses in ¶ 1.0.2 and one rendering in its English: both are counted with that rendering.
    expect(html).toContain('<span lang="en">six stabilities</span> (2), <span data-i18n="tracker.otherRendering">another rendering</span> (1), <span data-i18n="tracker.noEnglish">not translated</span> (1)');
  });
});

describe('the terms panel of a reader page', () => {
  it('lists the text’s terms by count, each linked to its tracker', () => {
    const { site } = tracker('@title\n# Example\n\n@1.0.1\nstability on six fronts\n\n@1.0.2\nstability on six fronts\n\n@1.0.3\nstability on six fronts\n', 'project');
    const panel = termsPanel(site.docs[0]!, site);
    expect(panel).toMatch(/^<details class="terms-panel">/);
    expect(panel).toContain('<a href="/glossary/liu-wen/"><span lang="zh-Hans" class="terms-zh">六稳</span> <span lang="en">stability on six fronts</span></a> <span class="terms-count"><span data-i18n="tracker.useCount" data-i18n-values="{&quot;count&quot;:4}">4 uses</span></span>');
  });
});
