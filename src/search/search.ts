import { phraseContext } from '../citation/hash.ts';
import { fold, foldCompact } from './fold.ts';

import type { SearchIndex } from '../contract.ts';

export type { SearchIndex };

/** A part or numbered section of a text, named by its heading (in both languages). */
export interface Section {
  id: string;
  zh: string;
  en: string;
}

export interface ParagraphHit {
  slug: string;
  id: string;
  /** The part or section the paragraph stands in; hits come in reading order, so a section's are together. */
  section: Section;
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
  /** Some candidate paragraphs were not loaded: `total` counts them as hits, unchecked. */
  partial?: boolean;
}

const CONTEXT = 30;

/** The opening sentence of a section's first paragraph, where its run-in heading stands. */
function lead(text = ''): string {
  const end = text.search(/[。：]|[.:](\s|$)/);
  const head = end < 0 ? text : text.slice(0, end);
  return head.length > 60 ? `${head.slice(0, 59)}…` : head;
}

/**
 * The section of a paragraph from its id (README "Paragraph ids"): `p.s.n` is in section s of
 * part p, named by the opening of `p.s.1`; `p.0.n` and the part heading `p` are in the part, named by
 * its heading; the title and front matter (`0.n`) are before any part.
 */
export function sectionOf(id: string, byId: Map<string, { zh: string; en: string }>): Section {
  const [, part = '0', s = '0'] = /^(\d+)(?:\.(\d+))?/.exec(id) ?? [];
  if (part === '0') return { id: '0', zh: '', en: '' };
  if (s === '0') return { id: part, zh: byId.get(part)?.zh ?? '', en: byId.get(part)?.en ?? '' };
  const first = byId.get(`${part}.${s}.1`);
  return { id: `${part}.${s}`, zh: lead(first?.zh), en: lead(first?.en) };
}

/**
 * Finds a query in both languages: Chinese by substring, English case- and accent-insensitively;
 * glossary terms by Chinese, pinyin with or without tones and spaces, or English. A text's hits
 * come in reading order (each paragraph's Chinese, then its English), each with its section.
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
      const byId = new Map(text.paragraphs.map((p) => [p.id, p]));
      // A chunk of a sharded index names the sections of its paragraphs, whose headings it may not hold.
      const section = (id: string): Section => {
        const known = sectionOf(id, byId);
        const named = text.sections?.[known.id];
        return named ? { id: known.id, ...named } : known;
      };
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
            section: section(p.id),
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
