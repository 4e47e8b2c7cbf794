/**
 * The contract between the build (src/content, in Node) and the browser (src/components,
 * src/search, src/citation): what a paragraph id is, and the shapes of the data files the build
 * writes and the browser fetches. Both sides import this module, so a change here is checked on
 * both by the type checker.
 */

/**
 * Paragraph ids: a lowercase word (`title`), or the report's structure `part[.section[.paragraph]]`,
 * optionally with one letter for a paragraph split after publication (`1.0.4a`). The build validates
 * the files with it; the browser reads links with it.
 */
export const PARAGRAPH_ID = /^(?:[0-9]+(?:\.[0-9]+)*[a-z]?|[a-z][a-z0-9-]*)$/;

/** A glossary entry as search finds it: by its Chinese forms, pinyin or English. */
export interface SearchTerm {
  id: string;
  zh: string[];
  pinyin: string;
  en: string;
}

/** A paragraph's plain text in both languages, as search reads it. */
export interface SearchParagraph {
  id: string;
  zh: string;
  en: string;
}

/**
 * The search index is sharded so that the first search downloads a bounded amount whatever the
 * library's size: `/search/index.json` (this manifest: the glossary and each text's slug and
 * paragraph count), then only the token shards the query's tokens fall in, then only the
 * paragraph chunks their postings point to.
 */
export interface SearchManifest {
  /** How many token shards there are; a token's shard is `shardOf(token, shards)`. */
  shards: number;
  /** Paragraphs per chunk file. */
  chunkSize: number;
  /** In library order; a paragraph's global number is the sum of the counts before its text plus its index. */
  texts: { slug: string; paragraphs: number }[];
  terms: SearchTerm[];
}

/**
 * `/search/t/<n>.json`: token → posting list, the references `2 × paragraph number + (1 for the
 * English)` in increasing order, written as base-36 differences joined by commas.
 */
export type SearchShard = Record<string, string>;

/** `/search/p/<slug>/<n>.json`: paragraphs `n × chunkSize …` of a text, and the headings of their sections. */
export interface SearchChunk {
  slug: string;
  title: { zh: string; en: string };
  first: number;
  paragraphs: SearchParagraph[];
  /** The part or section each paragraph stands in (`1`, `1.3`), named in both languages. */
  sections: Record<string, { zh: string; en: string }>;
}

/** All of the library at once, as the search function reads it once the chunks it needs are loaded. */
export interface SearchIndex {
  texts: { slug: string; title: { zh: string; en: string }; paragraphs: SearchParagraph[]; sections?: Record<string, { zh: string; en: string }> }[];
  terms: SearchTerm[];
}

export const SEARCH_DIR = '/search/';
export const SEARCH_INDEX_PATH = `${SEARCH_DIR}index.json`;
export const searchShardPath = (n: number): string => `${SEARCH_DIR}t/${n}.json`;
export const searchChunkPath = (slug: string, n: number): string => `${SEARCH_DIR}p/${slug}/${n}.json`;

/** The shard of a token: FNV-1a over its UTF-16 units, shared by the build and the browser. */
export function shardOf(token: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

/**
 * `/<slug>/cards.json`: the card (HTML written at build time) of each term and figure of a text that
 * the popup may show, by key: a glossary entry id, or `fig:<paragraph>/<n>` for a figure.
 */
export type CardsFile = Record<string, string>;

/** The key of a figure's card in cards.json. */
export const figureCardKey = (figureId: string): string => `fig:${figureId}`;
