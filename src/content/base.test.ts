import { afterEach, describe, expect, it } from 'vitest';
import { setBase, sitePath } from './base.ts';
import { sampleProject } from './fixtures/sample.ts';
import { buildPages } from './site.ts';

describe('the path the site is served under', () => {
  afterEach(() => setBase('/'));

  it('starts every path on the site, whatever slashes Vite gives', () => {
    expect(sitePath('glossary/')).toBe('/glossary/');
    for (const base of ['/policy-reader/', '/policy-reader', 'policy-reader/']) {
      setBase(base);
      expect(sitePath('glossary/#liu-wen')).toBe('/policy-reader/glossary/#liu-wen');
      expect(sitePath()).toBe('/policy-reader/');
    }
  });

  it('starts every internal link of every page', () => {
    setBase('/policy-reader/');
    const root = sampleProject({ 'zh.md': '@title\n# 示例\n\n@1.0.1\n第一段。\n', 'en.md': '@title\n# Example\n\n@1.0.1\nThe first paragraph.\n' });
    for (const page of buildPages(root, { head: '' }).filter((p) => p.path.endsWith('.html'))) {
      const links = [...page.html.matchAll(/\b(?:href|cards)="(\/[^"]*)"/g)].map((m) => m[1]!);
      expect(links.length, page.path).toBeGreaterThan(0);
      expect(links.filter((l) => !l.startsWith('/policy-reader/')), page.path).toEqual([]);
    }
  });
});
