import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentCache } from './cache.ts';
import { loadSite, renderSite } from './site.ts';
import { setBase } from './base.ts';

/** Two versions of one invented report, with a glossary, trackers and a comparison page. */
const FIXTURE = join(import.meta.dirname, '../../e2e/fixtures/compare');
const assets = { head: '<!--assets-->' };

function copyOfFixture(): { project: string; content: string } {
  const content = mkdtempSync(join(tmpdir(), 'rdr-cache-content-'));
  cpSync(FIXTURE, content, { recursive: true });
  return { project: mkdtempSync(join(tmpdir(), 'rdr-cache-project-')), content };
}

/** Every page, by path: with the cache of `project`, or built from nothing. */
function build(content: string, project?: string): { pages: Map<string, string>; cache?: ContentCache } {
  const cache = project ? ContentCache.open(join(project, '.cache/content'), content) : undefined;
  const site = loadSite(content, { cache });
  const pages = new Map(renderSite(site, assets, { cache }).map((p) => [p.path, p.html]));
  cache?.prune();
  return { pages, cache };
}

function expectSamePages(a: Map<string, string>, b: Map<string, string>) {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [path, html] of a) expect(b.get(path), path).toBe(html);
}

afterEach(() => {
  setBase('/');
  delete process.env.RDR_CACHE;
});

describe('the content cache', () => {
  it('gives the pages a build from nothing gives, and reuses every unchanged text', () => {
    const { project, content } = copyOfFixture();
    const cold = build(content);
    const first = build(content, project);
    expect(first.cache!.reused.size).toBe(0);
    expectSamePages(cold.pages, first.pages);
    const second = build(content, project);
    expect([...second.cache!.reused].sort()).toEqual(['example-2021-adopted', 'example-2021-draft']);
    expectSamePages(cold.pages, second.pages);
  });

  it('builds again the text that changed, and the pages that gather texts show the change', () => {
    const { project, content } = copyOfFixture();
    const before = build(content, project).pages;
    const en = join(content, 'texts/example-2021-draft/en.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace('County', 'Prefecture'));
    // One use of a term both texts use goes: the other text's cards count one use fewer in the library.
    const zh = join(content, 'texts/example-2021-draft/zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace('加快示范三园提质增效', '加快园区提质增效'));
    const warm = build(content, project);
    expect([...warm.cache!.reused]).toEqual(['example-2021-adopted']);
    const cold = build(content);
    expectSamePages(cold.pages, warm.pages);
    expect(warm.pages.get('example-2021-draft/index.html')).toContain('Prefecture');
    for (const page of ['example-2021-adopted/cards.json', 'glossary/shi-fan-san-yuan/index.html', 'compare/example-2021-draft/example-2021-adopted/index.html']) {
      expect(warm.pages.get(page), page).not.toBe(before.get(page));
    }
  });

  it('builds every text again when the glossary or the base path changes', () => {
    const { project, content } = copyOfFixture();
    build(content, project);
    const entry = join(content, 'glossary', readdirSync(join(content, 'glossary'))[0]!);
    appendFileSync(entry, '\nOne more sentence of definition.\n');
    expect(build(content, project).cache!.reused.size).toBe(0);
    setBase('/policy-reader/');
    const under = build(content, project);
    expect(under.cache!.reused.size).toBe(0);
    // Each base has its own records: the build at the root is reused after the one under the sub-path.
    setBase('/');
    expect(build(content, project).cache!.reused.size).toBe(2);
    expect(under.pages.get('example-2021-draft/index.html')).toContain('href="/policy-reader/glossary/');
  });

  it('makes a record again that cannot be read, and removes the records a build did not use', () => {
    const { project, content } = copyOfFixture();
    build(content, project);
    const dir = join(project, '.cache/content', readdirSync(join(project, '.cache/content'))[0]!);
    const recordsIn = (folder: string) => readdirSync(folder).filter((name) => name !== 'files');
    const records = recordsIn(dir);
    for (const name of records) writeFileSync(join(dir, name), 'not a record');
    const cold = build(content);
    const torn = build(content, project);
    expect(torn.cache!.reused.size).toBe(0);
    expectSamePages(cold.pages, torn.pages);
    const en = join(content, 'texts/example-2021-draft/en.md');
    appendFileSync(en, '\n');
    build(content, project);
    expect(recordsIn(dir)).toHaveLength(records.length);
    expect(recordsIn(dir).filter((name) => records.includes(name)).length).toBeLessThan(records.length);
  });

  it('writes the site\'s files as links to one copy of their bytes, and writes a copy again that was changed in place', () => {
    const { project, content } = copyOfFixture();
    const out = mkdtempSync(join(tmpdir(), 'rdr-cache-out-'));
    const write = () => {
      const { pages, cache } = build(content, project);
      for (const [path, html] of pages) {
        mkdirSync(dirname(join(out, path)), { recursive: true });
        cache!.place(join(out, path), Buffer.from(html));
      }
      cache!.prune();
      return pages;
    };
    const pages = write();
    const reader = join(out, 'example-2021-draft/index.html');
    expect(statSync(reader).nlink).toBe(2);
    // Someone writes into a file of the site; the next build must not take the cache's copy for the page.
    appendFileSync(reader, '<p>changed by hand</p>');
    write();
    expect(readFileSync(reader, 'utf8')).toBe(pages.get('example-2021-draft/index.html'));
    for (const [path, html] of pages) expect(readFileSync(join(out, path), 'utf8'), path).toBe(html);
  });

  it('is off with RDR_CACHE=off', () => {
    process.env.RDR_CACHE = 'off';
    expect(ContentCache.open(mkdtempSync(join(tmpdir(), 'rdr-')), FIXTURE)).toBeUndefined();
  });

  it('does not keep a text with content errors: it is read, and reported, every time', () => {
    const { project, content } = copyOfFixture();
    const zh = join(content, 'texts/example-2021-draft/zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace(/@1\.0\.1/, '@1.0.99'));
    expect(() => build(content, project)).toThrow(/example-2021-draft\/zh\.md:\d+: paragraph 1\.0\.99/);
    expect(() => build(content, project)).toThrow(/example-2021-draft\/zh\.md:\d+: paragraph 1\.0\.99/);
    // One record: the text without errors.
    const dir = join(project, '.cache/content', readdirSync(join(project, '.cache/content'))[0]!);
    expect(readdirSync(dir).filter((name) => name !== 'files')).toHaveLength(1);
  });
});
