import { pinyin } from 'pinyin-pro';
import { escapeHtml } from '../content/load/markdown.ts';
import type { CitationFacts } from './styles.ts';

/**
 * Build time only (Node): what a reference manager reads about a text — the `citation_*` tags of
 * the reader page and its RIS and CSL-JSON records — and the parts of the citation data the
 * browser cannot compute (pinyin, sentence case). pinyin-pro must never reach the browser bundle.
 *
 * The records describe the document as it was issued: title and issuer in characters, language
 * Chinese, as a library catalogue records a Chinese book; the pinyin, the English title and the
 * translation (with its own date) follow as a note, and the translators as translators.
 */

/** Full-width punctuation of a Chinese title as a romanized title writes it. */
const LATIN_PUNCTUATION: Record<string, string> = { '，': ',', '、': ',', '：': ':', '；': ';', '（': '(', '）': ')', '《': '“', '》': '”', '“': '“', '”': '”', '——': '—', '！': '!', '？': '?', '·': '·' };

/**
 * The title's pinyin for a citation. An authored form (meta.yaml `title.pinyin`, words joined as
 * Hanyu Pinyin orthography writes them, proper names capitalized) is used as it is, without tone
 * marks; otherwise pinyin-pro's reading, one syllable per character as ALA-LC romanization
 * writes them, with the first letter capitalized (it cannot tell a place name from a noun).
 */
export function titlePinyin(zh: string, authored?: string): string {
  if (authored) return withoutTones(authored).trim().replace(/\s+/g, ' ');
  const latin = zh.replace(/——|[，、：；（）《》“”！？]/g, (c) => ` ${LATIN_PUNCTUATION[c]} `);
  const read = pinyin(latin, { toneType: 'none', nonZh: 'consecutive' }).replace(/\s+([,:;)!?”])/g, '$1').replace(/([(“])\s+/g, '$1');
  const spaced = read.replace(/\s+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Tone marks removed; ü keeps its diaeresis (lü is not lu). */
export function withoutTones(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u0304\u030c]/g, '').normalize('NFC');
}

/**
 * An English title in sentence case (APA 7; CMOS for a bracketed gloss): the first word, the first
 * word after a colon or dash, acronyms and words with digits keep their form; so do proper names,
 * known from the metadata: a run of two or more capitalized words found in one of `names` (the
 * issuer, the speaker, the place), or one word that is a whole name ("Henan"). Every other
 * capitalized word is lowercased.
 */
export function sentenceCase(title: string, names: string[]): string {
  const words = title.split(' ');
  const bare = (w: string) => w.replace(/[’']s$|[^\p{L}\p{N}’'-]/gu, '');
  const nameWords = names.map((n) => n.split(/[\s,]+/).map(bare).filter(Boolean));
  const whole = new Set(names.flatMap((n) => n.split(/,\s*/)).map((n) => n.trim()));
  const capital = (w: string) => /^\p{Lu}[\p{Ll}’'-]*$/u.test(bare(w));
  const keep = new Set<number>();
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end > start; end--) {
      const run = words.slice(start, end);
      if (!run.every(capital)) continue;
      const plain = run.map(bare);
      const inName =
        run.length === 1
          ? whole.has(plain[0]!)
          : nameWords.some((n) => n.some((_, k) => plain.every((w, j) => n[k + j] === w)));
      if (inName) for (let k = start; k < end; k++) keep.add(k);
    }
  }
  return words
    .map((w, n) => {
      const opensClause = n === 0 || /[:—]$/.test(words[n - 1]!);
      return opensClause || keep.has(n) || !capital(w) ? w : w.charAt(0).toLowerCase() + w.slice(1);
    })
    .join(' ');
}

const isoParts = (iso: string) => iso.split('-').map(Number);

/**
 * The text's absolute address, when the build is told the site's (RDR_SITE_URL, e.g.
 * https://reader.example): the static files cannot know their host otherwise. Without it the
 * records carry no address and Zotero takes the page's own.
 */
export function textUrl(slug: string, siteUrl = process.env.RDR_SITE_URL): string | undefined {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}/${slug}/` : undefined;
}

/** The `citation_*` tags (Highwire Press, read by Zotero and Google Scholar) for the reader page head. */
export function citationMetaTags(text: CitationFacts, url = textUrl(text.slug)): string {
  const tags: [string, string | undefined][] = [
    ['citation_title', text.title.zh],
    ['citation_author', text.issuer.zh],
    ['citation_publication_date', text.date.replace(/-/g, '/')],
    ['citation_language', 'zh'],
    // Makes Zotero's embedded-metadata translator save a report rather than a journal article.
    ['citation_technical_report_institution', text.issuer.zh],
    ['citation_public_url', url],
    ['citation_abstract_html_url', url],
  ];
  return tags
    .filter((tag): tag is [string, string] => !!tag[1])
    .map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`)
    .join('\n');
}

/** What the English citations know that the characters do not: for a record's note. */
function note(text: CitationFacts): string {
  const { title, issuer, speaker, occasion, translation, source } = text;
  return [
    `${issuer.en}, ${title.en} (${title.pinyin}).`,
    speaker || occasion ? `Delivered${speaker ? ` by ${speaker.name.zh} (${speaker.name.en}), ${speaker.role.en},` : ''}${occasion ? ` at the ${occasion.en}` : ''}.` : '',
    translation ? `English translation by ${translation.by}${translation.date ? `, ${translation.date}` : ''}.` : 'No English translation.',
    source?.url ? `Official original: ${source.url}` : '',
    source?.archived ? `Archived copy: ${source.archived}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The RIS record (RIS format specification: two-letter tag, two spaces, hyphen, space; ER ends the
 * record). TY RPRT is a report; A4 the translator, TT the translated title, as the specification and
 * Zotero's RIS translator read them. CRLF line ends, as the specification writes them.
 */
export function risRecord(text: CitationFacts, url?: string): string {
  const [y, m, d] = isoParts(text.date);
  const pad = (n = 0) => String(n).padStart(2, '0');
  const lines: [string, string | undefined][] = [
    ['TY', 'RPRT'],
    ['AU', text.issuer.zh],
    ['TI', text.title.zh],
    ['TT', text.title.en],
    ['A4', text.translation?.by],
    ['PY', String(y)],
    ['DA', `${y}/${pad(m)}/${pad(d)}/`],
    ['PB', text.issuer.zh],
    ['DP', text.site],
    ['LA', 'zh-CN'],
    ['UR', url],
    ['N1', note(text)],
    ['ER', ''],
  ];
  return lines
    .filter(([tag, value]) => tag === 'ER' || value)
    .map(([tag, value]) => `${tag}  - ${(value ?? '').replace(/\s*[\r\n]+\s*/g, ' ')}`)
    .join('\r\n')
    .concat('\r\n');
}

/** One CSL-JSON item (CSL 1.0.2 variables: `report`, a literal name for a body, date-parts). */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: { literal: string }[];
  translator?: { literal: string }[];
  issued: { 'date-parts': [number[]] };
  publisher: string;
  source: string;
  language: string;
  URL?: string;
  note: string;
}

export function cslItem(text: CitationFacts, url?: string): CslItem {
  return {
    id: text.slug,
    type: 'report',
    title: text.title.zh,
    author: [{ literal: text.issuer.zh }],
    ...(text.translation && { translator: [{ literal: text.translation.by }] }),
    issued: { 'date-parts': [isoParts(text.date)] },
    publisher: text.issuer.zh,
    source: text.site,
    language: 'zh-CN',
    ...(url && { URL: url }),
    note: note(text),
  };
}

/** The two download files of a text, beside its reader page: `/<slug>/citation.ris` and `.json`. */
export function citationFiles(text: CitationFacts, url = textUrl(text.slug)): { path: string; html: string }[] {
  return [
    { path: `${text.slug}/citation.ris`, html: risRecord(text, url) },
    { path: `${text.slug}/citation.json`, html: `${JSON.stringify([cslItem(text, url)], null, 2)}\n` },
  ];
}
