import { ContentError } from '../errors.ts';

/** Where a piece of text comes from, so that a character XML cannot carry is reported at its line. */
export interface Place {
  file: string;
  line: number;
}

/**
 * Characters XML 1.0 cannot hold at all, not even as a character reference: C0 controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. The content checks
 * already refuse the controls (check/content-file.ts); this is the last guard before a file that
 * a CAT tool would reject, or a word that would silently go missing.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function checked(text: string, place: Place): string {
  const bad = NOT_XML.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new ContentError(place.file, place.line, `U+${code} cannot be written in an XML download (TMX, TBX); delete it`);
  }
  return text;
}

/**
 * Element content: & and < must be escaped, and so is > (XML forbids "]]>" in text). Quotation
 * marks and apostrophes stay as written, so the English reads as it is. A carriage return is
 * written as a reference, because an XML parser turns a literal one into a line feed.
 */
export function xmlText(text: string, place: Place): string {
  return checked(text, place).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value: its quotation marks too, and tabs and line feeds, which a parser would read as spaces. */
export function xmlAttr(text: string, place: Place): string {
  return xmlText(text, place).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
