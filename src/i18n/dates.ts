/**
 * The one way dates are written in words, on the pages (build) and in citations (browser and
 * build): Intl.DateTimeFormat in UTC, so a date written YYYY-MM-DD never moves by a day with the
 * reader's time zone. Style rules that Intl cannot give (MLA's "Sept.", BibTeX's month macros) stay
 * with their style.
 */
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
/**
 * Each format is made when first used: a page's first Intl.DateTimeFormat costs tens of
 * milliseconds (the locale's data is loaded), which the reader's start should not pay for a
 * citation it may never make.
 */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};
const FULL = {
  en: once(() => new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })),
  zh: once(() => new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })),
};
const MONTH = once(() => new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }));

/** The parts of YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateParts(iso: string): [year: number, month: number | undefined, day: number | undefined] {
  const [y = 0, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

/** 2020-04-29 as "April 29, 2020" or "2020年4月29日". */
export function longDate(iso: string, lang: 'en' | 'zh' = 'en'): string {
  const [y, m, d] = dateParts(iso);
  return FULL[lang]().format(utc(y, m, d));
}

/** The English name of a month, 1 to 12. */
export function monthName(month: number): string {
  return MONTH().format(utc(2000, month));
}
