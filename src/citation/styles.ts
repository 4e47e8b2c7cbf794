import { dateParts, monthName } from '../i18n/dates.ts';
import { translate } from '../i18n/resources.ts';
import type { CitableText, ManualFormat, Slot } from './formats.ts';

/**
 * Build time only: each citation style's form of a text, written once per text with slots for
 * what only the reader's browser knows (the passage, its address, the day). The browser fills
 * the slots (formats.ts), so the manuals' rules cost the reader's JavaScript nothing.
 *
 * Chicago 17th (notes and bibliography), APA 7th and MLA 9th as they treat a Chinese-language
 * source in an English paper; GB/T 7714-2015 for a Chinese paper; BibTeX in ASCII. The rules each
 * form follows, with their sources, are in formats.test.ts and in the issue 13 report.
 */

/** What the citation styles need to know about a text. */
export interface CitationFacts {
  slug: string;
  /**
   * The title in characters, in pinyin as a citation writes it (words joined, proper names
   * capitalized, no tone marks), in English as the translation publishes it, and that English in
   * sentence case (APA; Chicago when the English is only a gloss of an untranslated text).
   */
  title: { zh: string; en: string; pinyin: string; sentence: string };
  issuer: { zh: string; en: string };
  /** The person who delivered the report; `name.en` is in Chinese order, surname first. */
  speaker?: { name: { zh: string; en: string }; role: { zh: string; en: string } };
  occasion?: { zh: string; en: string };
  /** The report's date, YYYY-MM-DD. */
  date: string;
  /**
   * Absent for a text with no translation: then no translator appears in any form. `date` is the
   * translation's own (YYYY, YYYY-MM or YYYY-MM-DD), kept apart from the report's; absent when the
   * metadata does not say.
   */
  translation?: { by: string; date?: string };
  /** The site's name: the publisher of this edition. */
  site: string;
  /** The official original and an archived copy, where the metadata gives them. */
  source?: { url?: string; archived?: string };
}

const slot = (name: Slot) => `\uE010${name}\uE011`;
/** Italic runs are marked with two private-use characters; formats.ts `runs()` reads them. */
const i = (s: string) => `\uE000${s}\uE001`;

// MLA abbreviates months its own way ("Sept.", but "June" and "July" in full), and
// BibTeX names them by its month macros: rules of those styles, which Intl does not know.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date of one, two or three parts (YYYY, YYYY-MM, YYYY-MM-DD) as each English style writes it. */
function dated(iso: string, style: 'chicago' | 'apa' | 'mla'): string {
  const [y, m, d] = dateParts(iso);
  if (!m) return String(y);
  if (style === 'mla') return `${d ? `${d} ` : ''}${MLA_MONTHS[m - 1]} ${y}`;
  return style === 'apa' ? `${y}, ${monthName(m)}${d ? ` ${d}` : ''}` : `${monthName(m)} ${d ? `${d}, ` : ''}${y}`;
}

const year = (iso: string) => iso.slice(0, 4);

/** Characters LaTeX must not see raw, and typography with an ASCII spelling. */
const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', '#': '\\#', _: '\\_', $: '\\$',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '‘': '`', '’': "'", '“': '``', '”': "''",
  '–': '--', '—': '---', '…': '\\ldots{}', '\u00a0': '~',
};
/** Combining marks (after NFD) and their LaTeX accent commands: é, ü, pinyin's ā á ǎ à. */
const ACCENT: Record<string, string> = { '\u0300': '`', '\u0301': "'", '\u0302': '^', '\u0303': '~', '\u0304': '=', '\u0306': 'u', '\u0308': '"', '\u030a': 'r', '\u030b': 'H', '\u030c': 'v', '\u0327': 'c' };

/**
 * A BibTeX field value in ASCII: specials escaped, accented Latin letters as accent commands.
 * Characters with no ASCII spelling (Han) are kept as UTF-8 rather than dropped; the fields built
 * here hold none (the title is given in pinyin).
 */
export function tex(text: string): string {
  let out = '';
  for (const [, base = '', marks = ''] of text.normalize('NFD').matchAll(/([\s\S])([\u0300-\u036f]*)/gu)) {
    let s = TEX[base] ?? base;
    for (const mark of marks) {
      const cmd = ACCENT[mark];
      if (cmd) s = /[a-z]/i.test(cmd) ? `{\\${cmd}{${s}}}` : `{\\${cmd}${s}}`;
    }
    out += s;
  }
  return out;
}

/** Every manual's form of a text, with slots for the passage, its address and the day. */
export function manualForms(facts: CitationFacts): Record<ManualFormat, string> {
  const { title, issuer, speaker, occasion, translation: tr, site } = facts;
  const y = year(facts.date);
  // A published translation's title keeps its own capitals; a gloss is capitalized as a sentence (CMOS).
  const gloss = tr ? title.en : title.sentence;
  const delivery = [speaker && `by ${speaker.name.en}`, occasion && `at the ${occasion.en}`].filter(Boolean).join(' ');
  // Chicago gives the speaker's name in characters too; MLA romanizes names.
  const deliveredZh = delivery && `delivered ${speaker ? delivery.replace(speaker.name.en, `${speaker.name.en} ${speaker.name.zh}`) : delivery}, `;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const [surname = '', ...given] = speaker?.name.en.split(' ') ?? [];
  const apaPeople = [speaker && `${given.map((g) => `${g[0]}.`).join(' ')} ${surname}, Speaker`, tr && `${tr.by}, Trans.`].filter(Boolean).join('; ');
  const edition = tr?.date ? `, ${year(tr.date)}` : '';
  const chicagoTitle = `${i(title.pinyin)} ${title.zh} [${gloss}]`;
  const author = `${issuer.en} ${issuer.zh}`;
  const [, m = 1] = facts.date.split('-').map(Number);
  const key = facts.slug.replace(/[^A-Za-z0-9_:-]/g, '-');
  // Capitalized pinyin words are proper names: braced, so a BibTeX style does not lowercase them.
  const pinyin = title.pinyin.split(' ').map((w) => (/^[A-Z]/.test(w) ? `{${tex(w)}}` : tex(w))).join(' ');
  return {
    chicago: `${author}, ${chicagoTitle}, ${deliveredZh}${dated(facts.date, 'chicago')}${tr ? `, trans. ${tr.by}` : ''}, ${site}${edition}, ${slot('para')}, accessed ${slot('long')}, ${slot('url')}.`,
    chicagoBib: `${author}. ${chicagoTitle}. ${cap(deliveredZh)}${dated(facts.date, 'chicago')}.${tr ? ` Translated by ${tr.by}.` : ''} ${site}${edition}. Accessed ${slot('long')}. ${slot('work')}.`,
    apa: `${issuer.en}. (${tr ? (tr.date ? dated(tr.date, 'apa') : 'n.d.') : dated(facts.date, 'apa')}). ${i(title.pinyin)} [${title.sentence}]${apaPeople ? ` (${apaPeople})` : ''}. ${site}. ${slot('work')}${tr ? ` (Original work published ${y})` : ''}`,
    apaText: `(${issuer.en}, ${tr ? `${y}/${tr.date ? year(tr.date) : 'n.d.'}` : y}, ${slot('para')})`,
    mla: `${issuer.en}. ${i(title.zh)} [${i(title.pinyin)}; ${i(title.en)}]. ${delivery && `Delivered ${delivery}, `}${dated(facts.date, 'mla')}. ${tr ? `Translated by ${tr.by}, ` : ''}${i(site)}, ${tr?.date ? `${dated(tr.date, 'mla')}, ` : ''}${slot('bare')}. Accessed ${slot('mla')}.`,
    mlaText: `(${issuer.en}, ${slot('par')})`,
    // GB/T 7714-2015 4.1 and 8.4.4: a report online, [R/OL], (date)[date cited], the address.
    gbt: `${issuer.zh}. ${title.zh}[R/OL]. (${facts.date})[${slot('day')}]. ${slot('url')}.`,
    bibtex: [
      `% \\cite[${slot('bib')}]{${key}}`,
      `@misc{${key},`,
      `  author = {{${tex(issuer.en)}}},`,
      `  title = {${pinyin} [{${tex(gloss)}}]},`,
      delivery && `  howpublished = {${tex(`Delivered ${delivery}`)}},`,
      `  date = {${facts.date}},`,
      `  year = {${y}},`,
      `  month = ${BIB_MONTHS[m - 1]},`,
      tr && `  translator = {{${tex(tr.by)}}},`,
      `  language = {${tr ? 'Chinese and English' : 'Chinese'}},`,
      tr?.date && `  note = {English translation ${tr.date}},`,
      `  publisher = {${tex(site)}},`,
      `  url = {${slot('work')}},`,
      `  urldate = {${slot('day')}}`,
      '}',
    ]
      .filter(Boolean)
      .join('\n'),
  };
}

/** The plain form in each interface language (cite.plain), with the same slots. */
export function plainForms(facts: CitationFacts): CitableText['plain'] {
  const [y, m, d] = facts.date.split('-').map(Number);
  const slots = { where: slot('where'), quotePart: slot('quote'), url: slot('url'), accessed: slot('plainDay'), title: facts.title.en, titleZh: facts.title.zh };
  return {
    en: translate('en', 'cite.plain', { ...slots, issuer: facts.issuer.en, date: dated(facts.date, 'chicago') }),
    zh: translate('zh', 'cite.plain', { ...slots, issuer: facts.issuer.zh, date: `${y}年${m}月${d}日` }),
  };
}

/** The citation data a reader page carries: the facts and every form. */
export function citableText(facts: CitationFacts): CitableText {
  return { ...facts, forms: manualForms(facts), plain: plainForms(facts) };
}
