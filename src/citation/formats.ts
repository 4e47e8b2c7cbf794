import { dateParts, monthName } from '../i18n/dates.ts';
import type { Translate, UiLanguage } from '../i18n/keys.ts';
import type { CitationTarget } from './hash.ts';
import type { CitationFacts } from './styles.ts';

/**
 * Chicago 17th edition, notes and bibliography (`chicago` is the note, with the passage;
 * `chicagoBib` the bibliography entry); APA 7th (`apa` the reference-list entry, `apaText` the
 * in-text citation with the passage); MLA 9th (likewise); GB/T 7714-2015; BibTeX; a plain form.
 */
export type CitationFormat = 'chicago' | 'chicagoBib' | 'apa' | 'apaText' | 'mla' | 'mlaText' | 'gbt' | 'bibtex' | 'plain';
export type ManualFormat = Exclude<CitationFormat, 'plain'>;

/**
 * What only the reader's browser knows: the permalink (`url`), the text's address (`work`, and
 * `bare` without its scheme, for MLA), the passage as each manual locates it (`para` for Chicago
 * and APA, `par` for MLA, `bib` for a BibTeX \cite, `where` and `quote` for the plain form), and
 * the day of access (`day` ISO, `long` Chicago, `mla`, `plainDay` in the interface language).
 */
export type Slot = 'url' | 'work' | 'bare' | 'para' | 'par' | 'bib' | 'where' | 'quote' | 'day' | 'long' | 'mla' | 'plainDay';

/** The citation data the build writes into the reader page as JSON (see styles.ts). */
export interface CitableText extends CitationFacts {
  /** Each manual's form of the text, with slots for the passage, its address and the day. */
  forms: Record<ManualFormat, string>;
  /** The plain form in each interface language, with the same slots. */
  plain: Record<UiLanguage, string>;
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

/** A citation as text and italic runs (marked by two private-use characters), for `<i>` and a rich clipboard. */
export function runs(citation: string): { text: string; italic: boolean }[] {
  return citation.split(/\uE000|\uE001/).map((text, n) => ({ text, italic: n % 2 === 1 })).filter((r) => r.text);
}

export const plainText = (citation: string) => citation.replace(/\uE000|\uE001/g, '');


/** "¶ 1.3.2", "¶¶ 1.3.2–1.3.4" (or 第…段), for the plain form and the passage bar. */
export function locator(target: CitationTarget, t: Translate): string {
  return target.kind === 'range' ? t('cite.range', { from: target.from, to: target.to }) : t('cite.paragraph', { id: target.id });
}

/** Every citation form for a paragraph, range or phrase; Plain follows the interface language (`t`). */
export function citations(input: CitationInput, lang: UiLanguage, t: Translate): Record<CitationFormat, string> {
  const { text, target, url, accessed } = input;
  const [y, m = 1, d] = dateParts(accessed);
  const month = monthName(m);
  const ids = target.kind === 'range' ? [target.from, target.to] : [target.id];
  // "para. 1.4.1", "paras. 1.0.2–1.0.5"; MLA writes "par." and a hyphen, BibTeX a tie and "--".
  const locate = (word: string, dash: string, space = ' ') => `${word}${ids.length > 1 ? 's' : ''}.${space}${ids.join(dash)}`;
  const work = url.replace(/#.*$/, '');
  const { zh, en } = input.quote ?? {};
  const long = `${month} ${d}, ${y}`;
  const values: Record<Slot, string> = {
    url,
    work,
    bare: work.replace(/^https?:\/\//, ''),
    para: locate('para', '–'),
    par: locate('par', '-'),
    bib: locate('para', '--', '~'),
    where: locator(target, t),
    quote: zh || en ? t('cite.quotePart', { quoteZh: zh ?? en ?? '', quoteEnPart: zh && en ? t('cite.quoteEnPart', { quoteEn: en }) : '' }) : '',
    day: accessed,
    long,
    // MLA abbreviates months of five letters or more: Jan., Sept.; May, June, July stay whole.
    mla: `${d} ${month.length < 5 ? month : `${month.slice(0, month[0] === 'S' ? 4 : 3)}.`} ${y}`,
    plainDay: lang === 'zh' ? `${y}年${m}月${d}日` : long,
  };
  const fill = (form: string) => form.replace(/\uE010(\w+)\uE011/g, (_, name: Slot) => values[name]);
  const forms = Object.fromEntries(Object.entries(text.forms).map(([format, form]) => [format, fill(form)])) as Record<ManualFormat, string>;
  return { ...forms, plain: fill(text.plain[lang]) };
}
