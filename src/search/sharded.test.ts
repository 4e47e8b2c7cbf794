import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../content/site.ts';
import { searchIndexFiles } from '../content/render/search-index.ts';
import { search } from './search.ts';
import { ShardedSearch } from './sharded.ts';
import { decodePostings, encodePostings, queryParts, textTokens } from './tokens.ts';

const site = loadSite(resolve(import.meta.dirname, '../..'));
const files = new Map(searchIndexFiles(site).map((f) => [`/${f.path}`, f.data]));
/** The whole library in one index, as the unsharded search read it: the reference result. */
const whole = { texts: site.docs.map((d) => ({ slug: d.slug, title: d.meta.title, paragraphs: d.paragraphs.map((p) => ({ id: p.id, zh: p.zh.text, en: p.en.text })) })), terms: [] };

function reader() {
  const fetched: string[] = [];
  const read = async (path: string) => {
    fetched.push(path);
    if (!files.has(path)) throw new Error(`no ${path}`);
    return files.get(path);
  };
  return { read, fetched };
}

describe('search tokens', () => {
  it('pairs Han characters and keeps words and figures whole', () => {
    expect([...textTokens('四好农村路 Rural Roads 463.3亿元')]).toEqual(['四好', '好农', '农村', '村路', 'rural', 'roads', '463.3', '亿元']);
    expect(queryParts('rural ro')).toEqual([{ token: 'rural', prefix: true }, { token: 'ro', prefix: false }]);
  });

  it('writes posting lists that read back', () => {
    expect(decodePostings(encodePostings([3, 40, 41, 1000]))).toEqual([3, 40, 41, 1000]);
  });
});

describe('sharded search', () => {
  it.each(['四好农村路', 'rural roads', '463.3亿元', '农村'])('finds what the whole index finds for %s', async (query) => {
    const sharded = await new ShardedSearch(reader().read, 100).search(query);
    const expected = search(whole, query);
    expect(sharded.total).toBe(expected.total);
    expect(sharded.total).toBeGreaterThan(0);
    expect(sharded.byText.flatMap((t) => t.hits)).toEqual(expected.byText.flatMap((t) => t.hits));
  });

  it('fetches only the shards of the query and the chunks of its hits', async () => {
    const { read, fetched } = reader();
    const result = await new ShardedSearch(read).search('四好农村路');
    expect(fetched[0]).toBe('/search/index.json');
    expect(fetched.filter((p) => p.startsWith('/search/t/')).length).toBeLessThanOrEqual(4);
    const chunks = new Set(result.byText.flatMap((t) => t.hits.map((h) => h.id)));
    expect(fetched.filter((p) => p.startsWith('/search/p/')).length).toBeLessThanOrEqual(chunks.size);
    expect(result.terms.map((t) => t.id)).toContain('si-hao-nong-cun-lu');
  });

  it('counts the candidates it did not load, and says so', async () => {
    const result = await new ShardedSearch(reader().read, 1).search('发展');
    expect(result.partial).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(search(whole, '发展').total);
  });

  it('finds nothing for a word in no text', async () => {
    expect((await new ShardedSearch(reader().read).search('zebra')).total).toBe(0);
  });
});
