import type { Translate, UiLanguage } from '../i18n/keys.ts';
import type { CitationTarget } from './hash.ts';

/** What a citation needs to know about a text; the build writes it into the page as JSON. */
export interface CitableText {
  slug: string;
  title: { zh: string; en: string };
  issuer: { zh: string; en: string };
  speaker?: { zh: string; en: string };
  /** YYYY-MM-DD */
  date: string;
  /** Absent for a text that has no translation yet. */
  translator?: string;
  site: string;
}

export interface CitationInput {
  text: CitableText;
  target: CitationTarget;
  /** The full permalink, e.g. https://example.org/wuzhi-2020/#1.3.2 */
  url: string;
  /** The day the reader accessed it (YYYY-MM-DD). */
  accessed: string;
  /** A quoted phrase in both languages where known; the English may be missing. */
  quote?: { zh?: string; en?: string };
}

export type CitationFormat = 'chicago' | 'apa' | 'mla' | 'bibtex' | 'plain';
export const FORMATS: readonly CitationFormat[] = ['chicago', 'apa', 'mla', 'bibtex', 'plain'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(iso: string): [number, number, number] {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return [y, m, d];
}

function dates(iso: string, lang: UiLanguage) {
  const [y, m, d] = parts(iso);
  if (lang === 'zh') {
    const zh = `${y}年${m}月${d}日`;
    return { long: zh, apa: zh, mla: zh };
  }
  return { long: `${MONTHS[m - 1]} ${d}, ${y}`, apa: `${y}, ${MONTHS[m - 1]} ${d}`, mla: `${d} ${MLA_MONTHS[m - 1]} ${y}` };
}

/** "¶ 1.3.2", "¶¶ 1.3.2–1.3.4" (or 第…段), for the citation's locator. */
export function locator(target: CitationTarget, t: Translate): string {
  return target.kind === 'range' ? t('cite.range', { from: target.from, to: target.to }) : t('cite.paragraph', { id: target.id });
}

function bibEscape(text: string): string {
  return text.replace(/([{}%&#_$\\])/g, '\\$1');
}

/** Every citation format for a paragraph, range or phrase, in the interface language (`t`). */
export function citations(input: CitationInput, lang: UiLanguage, t: Translate): Record<CitationFormat, string> {
  const { text, target, url } = input;
  const published = dates(text.date, lang);
  const accessed = dates(input.accessed, lang);
  const where = locator(target, t);
  const quoteZh = input.quote?.zh;
  const quoteEn = input.quote?.en;
  const quotePart = quoteZh || quoteEn
    ? t('cite.quotePart', {
        quoteZh: quoteZh ?? quoteEn ?? '',
        quoteEnPart: quoteZh && quoteEn ? t('cite.quoteEnPart', { quoteEn }) : '',
      })
    : '';
  // One template per format; the translator's part is left out where there is no translation.
  const translatorPart = (key: 'cite.chicagoTranslator' | 'cite.apaTranslator' | 'cite.mlaTranslator' | 'cite.bibTranslator') =>
    text.translator ? t(key, { translator: text.translator }) : '';
  const values = {
    issuer: lang === 'zh' ? text.issuer.zh : text.issuer.en,
    title: text.title.en,
    titleZh: text.title.zh,
    speakerPart: text.speaker ? t('cite.chicagoSpeaker', { speaker: lang === 'zh' ? text.speaker.zh : text.speaker.en }) : '',
    date: published.long,
    dateApa: published.apa,
    dateMla: published.mla,
    where,
    quotePart,
    accessed: accessed.long,
    accessedMla: accessed.mla,
    site: text.site,
    url,
  };
  const [y, m] = parts(text.date);
  const key = `${text.slug}-${target.kind === 'range' ? `${target.from}-${target.to}` : target.id}`.replace(/[^A-Za-z0-9-]/g, '_');
  const bibQuote = quoteZh || quoteEn ? `, quote: ${[quoteZh, quoteEn].filter(Boolean).map((q) => `“${q}”`).join(' / ')}` : '';
  const bibtex = [
    `@misc{${key},`,
    `  author = {{${bibEscape(text.issuer.en)}}},`,
    `  title = {{${bibEscape(text.title.en)}} [${bibEscape(text.title.zh)}]},`,
    `  year = {${y}},`,
    `  month = ${BIB_MONTHS[m - 1]},`,
    `  note = {${bibEscape(t('cite.bibNote', { where, translatorPart: translatorPart('cite.bibTranslator') }) + bibQuote)}},`,
    `  url = {${url}},`,
    `  urldate = {${input.accessed}}`,
    '}',
  ].join('\n');
  return {
    chicago: t('cite.chicago', { ...values, translatorPart: translatorPart('cite.chicagoTranslator') }),
    apa: t('cite.apa', { ...values, translatorPart: translatorPart('cite.apaTranslator') }),
    mla: t('cite.mla', { ...values, translatorPart: translatorPart('cite.mlaTranslator') }),
    bibtex,
    plain: t('cite.plain', values),
  };
}
