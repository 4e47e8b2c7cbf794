import { phraseContext } from '../citation/hash.ts';
import { fold, foldCompact } from './fold.ts';

/** What the build writes to /search-index.json. */
export interface SearchIndex {
  texts: { slug: string; title: { zh: string; en: string }; paragraphs: { id: string; zh: string; en: string }[] }[];
  terms: { id: string; zh: string[]; pinyin: string; en: string }[];
}

export interface ParagraphHit {
  slug: string;
  id: string;
  lang: 'zh' | 'en';
  before: string;
  match: string;
  after: string;
  prefix: string;
  suffix: string;
}

export interface SearchResults {
  byText: { slug: string; title: { zh: string; en: string }; hits: ParagraphHit[] }[];
  terms: SearchIndex['terms'];
  total: number;
}

const CONTEXT = 30;

/**
 * Finds a query in both languages: Chinese by substring, English case- and accent-insensitively;
 * glossary terms by Chinese, pinyin with or without tones and spaces, or English.
 */
export function search(index: SearchIndex, query: string, limit = 60): SearchResults {
  const q = query.trim();
  if (q === '') return { byText: [], terms: [], total: 0 };
  const folded = fold(q);
  const compact = foldCompact(q);
  let total = 0;
  const byText = index.texts
    .map((text) => {
      const hits: ParagraphHit[] = [];
      for (const p of text.paragraphs) {
        for (const lang of ['zh', 'en'] as const) {
          const source = p[lang];
          const haystack = lang === 'zh' ? source : fold(source);
          const at = haystack.indexOf(lang === 'zh' ? q : folded);
          if (at < 0) continue;
          total++;
          if (hits.length >= limit) continue;
          const end = at + q.length;
          hits.push({
            slug: text.slug,
            id: p.id,
            lang,
            before: source.slice(Math.max(0, at - CONTEXT), at),
            match: source.slice(at, end),
            after: source.slice(end, end + CONTEXT),
            ...phraseContext(source, at, end, lang),
          });
        }
      }
      return { slug: text.slug, title: text.title, hits };
    })
    .filter((t) => t.hits.length > 0);
  const terms = index.terms.filter(
    (t) => t.zh.some((z) => z.includes(q)) || (compact.length > 1 && foldCompact(t.pinyin).includes(compact)) || fold(t.en).includes(folded),
  );
  return { byText, terms, total };
}
