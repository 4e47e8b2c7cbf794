import type { Site } from '../model.ts';
import type { TextDoc } from '../load/text.ts';
import { searchChunkPath, searchShardPath, shardOf, SEARCH_INDEX_PATH, type SearchChunk, type SearchManifest, type SearchShard } from '../../contract.ts';
import { sectionOf } from '../../search/search.ts';
import { encodePostings, shardKey, textTokens } from '../../search/tokens.ts';

/**
 * The sharded search index (src/contract.ts, SearchManifest): a manifest, token shards and
 * paragraph chunks, so that a first search downloads a bounded amount whatever the library size.
 */

/** Paragraphs per chunk: one, as a long paragraph (a national report has some of ~2,400 characters) is alone several KB. */
export const CHUNK_SIZE = 1;
/** About this many bytes of postings per shard before gzip (a few KB after). */
const SHARD_TARGET = 6_000;

/** What one text adds to the index, made from that text alone: its chunks, and each paragraph's tokens. */
export interface TextSearchPart {
  chunks: { path: string; data: SearchChunk }[];
  /** The tokens of paragraph k's Chinese at 2k, of its English at 2k + 1. */
  tokens: string[][];
}

export function textSearchPart(doc: TextDoc): TextSearchPart {
  const byId = new Map(doc.paragraphs.map((p) => [p.id, { zh: p.zh.text, en: p.en.text }]));
  const tokens = doc.paragraphs.flatMap((p) => [[...textTokens(p.zh.text)], [...textTokens(p.en.text)]]);
  const chunks: TextSearchPart['chunks'] = [];
  for (let first = 0; first < doc.paragraphs.length; first += CHUNK_SIZE) {
    const paragraphs = doc.paragraphs.slice(first, first + CHUNK_SIZE).map((p) => ({ id: p.id, zh: p.zh.text, en: p.en.text }));
    const sections: SearchChunk['sections'] = {};
    for (const p of paragraphs) {
      const s = sectionOf(p.id, byId);
      sections[s.id] = { zh: s.zh, en: s.en };
    }
    chunks.push({ path: searchChunkPath(doc.slug, first / CHUNK_SIZE).slice(1), data: { slug: doc.slug, title: doc.meta.title, first, paragraphs, sections } });
  }
  return { chunks, tokens };
}

/** Every file of the index, by path (without the leading slash), as JSON values. */
export function searchIndexFiles(site: Pick<Site, 'docs' | 'glossary'>, partOf: (doc: TextDoc) => TextSearchPart = textSearchPart): { path: string; data: unknown }[] {
  const postings = new Map<string, number[]>();
  const files: { path: string; data: unknown }[] = [];
  let number = 0;
  for (const doc of site.docs) {
    const part = partOf(doc);
    // Paragraph k of the library's n-th paragraph overall: 2n for its Chinese, 2n + 1 for its English.
    part.tokens.forEach((list, k) => {
      const ref = 2 * number + k;
      for (const token of list) {
        const refs = postings.get(token);
        if (refs) refs.push(ref);
        else postings.set(token, [ref]);
      }
    });
    files.push(...part.chunks);
    number += doc.paragraphs.length;
  }
  const encoded = [...postings].map(([token, refs]) => [token, encodePostings(refs)] as const);
  const bytes = encoded.reduce((n, [t, l]) => n + t.length * 3 + l.length + 6, 0);
  const shards = Math.max(1, Math.ceil(bytes / SHARD_TARGET));
  const byShard: SearchShard[] = Array.from({ length: shards }, () => ({}));
  for (const [token, list] of encoded) byShard[shardOf(shardKey(token), shards)]![token] = list;
  byShard.forEach((shard, n) => files.push({ path: searchShardPath(n).slice(1), data: shard }));
  const manifest: SearchManifest = {
    shards,
    chunkSize: CHUNK_SIZE,
    texts: site.docs.map((d) => ({ slug: d.slug, paragraphs: d.paragraphs.length })),
    terms: site.glossary.map((e) => ({ id: e.id, zh: [e.zh, ...e.variants], pinyin: e.pinyin, en: e.en })),
  };
  files.push({ path: SEARCH_INDEX_PATH.slice(1), data: manifest });
  return files;
}
