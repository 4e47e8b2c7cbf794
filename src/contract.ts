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

/** `/search-index.json`: every paragraph's plain text in both languages, and the glossary. */
export interface SearchIndex {
  texts: { slug: string; title: { zh: string; en: string }; paragraphs: { id: string; zh: string; en: string }[] }[];
  terms: { id: string; zh: string[]; pinyin: string; en: string }[];
}

export const SEARCH_INDEX_PATH = '/search-index.json';

/**
 * `/<slug>/cards.json`: the card (HTML written at build time) of each term and figure of a text that
 * the popup may show, by key: a glossary entry id, or `fig:<paragraph>/<n>` for a figure.
 */
export type CardsFile = Record<string, string>;

/** The key of a figure's card in cards.json. */
export const figureCardKey = (figureId: string): string => `fig:${figureId}`;
