import type { Site } from '../model.ts';
import type { SearchIndex } from '../../contract.ts';

/** `/search-index.json`: what the browser's search reads. */

/** The search index: every paragraph's plain text in both languages, and the glossary. */
export function searchIndex(site: Site): SearchIndex {
  return {
    texts: site.docs.map((d) => ({ slug: d.slug, title: d.meta.title, paragraphs: d.paragraphs.map((p) => ({ id: p.id, zh: p.zh.text, en: p.en.text })) })),
    terms: site.glossary.map((e) => ({ id: e.id, zh: [e.zh, ...e.variants], pinyin: e.pinyin, en: e.en })),
  };
}
