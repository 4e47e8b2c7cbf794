import { searchChunkPath, searchShardPath, shardOf, SEARCH_INDEX_PATH, type SearchChunk, type SearchIndex, type SearchManifest, type SearchShard } from '../contract.ts';
import { search, type SearchResults } from './search.ts';
import { decodePostings, queryParts, shardKey } from './tokens.ts';

/** Reads one file of the index; a path like `/search/t/3.json`, relative to the site's base. */
export type IndexReader = (path: string) => Promise<unknown>;

/**
 * Search over the sharded index (src/contract.ts, SearchManifest): the manifest once, then for each
 * query only the shards of its tokens and the chunks of the paragraphs that hold them all, each
 * file fetched once. A query loads at most `maxChunks` chunks, in reading order; the candidates of
 * the rest are counted, unchecked, in `total`.
 */
export class ShardedSearch {
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(private readonly read: IndexReader, private readonly maxChunks = 5) {}

  private file<T>(path: string): Promise<T> {
    let file = this.files.get(path);
    if (!file) {
      file = this.read(path);
      this.files.set(path, file);
      // A failed fetch is tried again at the next query.
      file.catch(() => this.files.delete(path));
    }
    return file as Promise<T>;
  }

  /** `maxChunks` above the default loads more of the candidates (a "more results" action). */
  async search(query: string, limit = 60, maxChunks = this.maxChunks): Promise<SearchResults> {
    const manifest = await this.file<SearchManifest>(SEARCH_INDEX_PATH);
    const terms = search({ texts: [], terms: manifest.terms }, query).terms;
    const parts = queryParts(query);
    if (!parts.length) return { byText: [], terms, total: 0 };
    // The paragraphs that hold every part of the query.
    let candidates: Set<number> | undefined;
    for (const part of parts) {
      const shard = await this.file<SearchShard>(searchShardPath(shardOf(shardKey(part.token), manifest.shards)));
      const refs = new Set<number>();
      for (const [token, list] of Object.entries(shard)) {
        if (token === part.token || (part.prefix && token.startsWith(part.token))) for (const ref of decodePostings(list)) refs.add(ref);
      }
      candidates = candidates ? new Set([...candidates].filter((r) => refs.has(r))) : refs;
      if (!candidates.size) break;
    }
    // Each reference's chunk, in reading order (the references are numbered in library order).
    const starts: number[] = [];
    manifest.texts.reduce((n, t) => (starts.push(n), n + t.paragraphs), 0);
    const chunkOf = (ref: number) => {
      const paragraph = ref >> 1;
      let text = starts.length - 1;
      while (starts[text]! > paragraph) text--;
      return { text, chunk: Math.floor((paragraph - starts[text]!) / manifest.chunkSize) };
    };
    const wanted = new Map<string, { text: number; chunk: number; refs: number }>();
    for (const ref of [...(candidates ?? [])].sort((a, b) => a - b)) {
      const at = chunkOf(ref);
      const key = `${at.text}/${at.chunk}`;
      wanted.set(key, { ...at, refs: (wanted.get(key)?.refs ?? 0) + 1 });
    }
    const loaded = [...wanted.values()].slice(0, maxChunks);
    const unchecked = [...wanted.values()].slice(maxChunks).reduce((n, c) => n + c.refs, 0);
    const chunks = await Promise.all(loaded.map((c) => this.file<SearchChunk>(searchChunkPath(manifest.texts[c.text]!.slug, c.chunk))));
    const texts: SearchIndex['texts'] = [];
    for (const chunk of chunks) {
      const last = texts.at(-1);
      if (last?.slug === chunk.slug) {
        last.paragraphs.push(...chunk.paragraphs);
        Object.assign(last.sections!, chunk.sections);
      } else texts.push({ slug: chunk.slug, title: chunk.title, paragraphs: [...chunk.paragraphs], sections: { ...chunk.sections } });
    }
    const found = search({ texts, terms: [] }, query, limit);
    return { byText: found.byText, terms, total: found.total + unchecked, ...(unchecked ? { partial: true } : {}) };
  }
}
