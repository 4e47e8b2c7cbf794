import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_META, sampleProject } from '../fixtures/sample.ts';
import { buildPages, loadSite } from '../site.ts';
import { comparePairs } from './pairs.ts';

const ZH = '@title\n# 示例\n\n@1.0.1\n第一段。\n';
const EN = '@title\n# Example\n\n@1.0.1\nFirst paragraph.\n';

/** A project with texts/sample and the given other texts: slug -> [date, issuer in Chinese]. */
function project(others: Record<string, [string, string]>, compareYaml?: string): string {
  const root = sampleProject({ 'zh.md': ZH, 'en.md': EN });
  for (const [slug, [date, issuer]] of Object.entries(others)) {
    mkdirSync(join(root, 'texts', slug));
    const meta = SAMPLE_META.replace('date: 2021-01-08', `date: ${date}`).replace('zh: 示例县人民政府', `zh: ${issuer}`);
    for (const [name, content] of Object.entries({ 'meta.yaml': meta, 'zh.md': ZH.replace('第一段', '第一段，有改动'), 'en.md': EN })) writeFileSync(join(root, 'texts', slug, name), content);
  }
  if (compareYaml !== undefined) writeFileSync(join(root, 'compare.yaml'), compareYaml);
  return root;
}

const pairsOf = (root: string) => comparePairs(loadSite(root).docs, root).map((p) => `${p.older.slug}→${p.newer.slug} (${p.reason})`);

describe('which texts are compared', () => {
  it('each text with the next of the same issuer, by date whatever the slugs', () => {
    // sample is dated 2021-01-08.
    const root = project({ 'a-later': ['2022-01-08', '示例县人民政府'], 'z-earlier': ['2020-01-08', '示例县人民政府'], other: ['2021-06-01', '别的县人民政府'] });
    expect(pairsOf(root)).toEqual(['z-earlier→sample (issuer)', 'sample→a-later (issuer)']);
  });

  it('a single text, or texts of different issuers, give no comparison', () => {
    expect(pairsOf(project({}))).toEqual([]);
    expect(pairsOf(project({ other: ['2021-06-01', '别的县人民政府'] }))).toEqual([]);
  });

  it('adds the pairs of compare.yaml, once each', () => {
    const root = project({ other: ['2021-06-01', '别的县人民政府'], next: ['2022-01-08', '示例县人民政府'] }, 'pairs:\n  - [sample, other]\n  - [sample, next]\n');
    expect(pairsOf(root)).toEqual(['sample→next (issuer)', 'sample→other (config)']);
    const pages = buildPages(root, { head: '' }).map((p) => p.path);
    expect(pages).toContain('compare/sample/other/index.html');
    expect(pages.filter((p) => p === 'compare/sample/next/index.html')).toHaveLength(1);
  });

  it('refuses a listed pair that names no text, is the wrong way round or compares a text with itself, at its line', () => {
    const root = project({ other: ['2021-06-01', '别的县人民政府'] }, '# pairs\npairs:\n  - [sample, missing]\n  - [other, sample]\n  - [sample, sample]\n');
    // The site loader reports them with every other content error.
    expect(() => loadSite(root)).toThrowError(
      [
        'compare.yaml:3: pair 1 names "missing", which is not a text in texts/',
        'compare.yaml:4: pair 2 lists other (2021-06-01) before sample (2021-01-08); list the older text first',
        'compare.yaml:5: pair 3 compares sample with itself',
      ].join('\n'),
    );
  });

  it('refuses a malformed compare.yaml with the line of the problem', () => {
    const root = project({}, 'pairs:\n  - [sample]\n');
    expect(() => comparePairs(loadSite(root).docs, root)).toThrowError(/^compare\.yaml:2: pairs\.0/);
    const unknown = project({}, 'pears: []\n');
    expect(() => comparePairs(loadSite(unknown).docs, unknown)).toThrowError("compare.yaml:1: the file has unknown key(s): 'pears'");
  });
});
