import { readFileSync } from 'node:fs';
import { ContentError, ErrorList, decodeUtf8, lineAtByte, splitLines } from '../errors.ts';

/**
 * What every content file (texts/<slug>/*, glossary/*) must be before it is parsed: small enough,
 * UTF-8, and free of invisible control and direction characters. Each problem is a
 * `file:line: sentence`, never a stack trace from deeper down.
 */

/** The most a content file may hold, with a name for it in messages. */
export interface FileLimit {
  bytes: number;
  what: string;
}

/*
 * The limits are far above any real report and far below what breaks the pipeline, so that a
 * wrong or hostile file ends with a located sentence instead of a stack overflow or a stalled
 * build. Measured (a script outside the project, on the 2020 national Government Work Report and
 * on texts/wuzhi-2020): the national report is 33 KB of Chinese (11,292 characters) and 63 KB of
 * English, its longest paragraph 430 Chinese or 2,397 English characters; Wuzhi's en.md is 53 KB
 * with a longest block of 4,716 characters; the largest YAML file (indicators.yaml) is 5.3 KB and
 * the largest glossary entry 2.4 KB. marked's lexer overflows the stack on a single paragraph of
 * between 8 and 10 million characters.
 */
export const LIMITS = {
  /** zh.md or en.md: 2 MB, about 30 times the English of the national report. */
  textFile: { bytes: 2 * 1024 * 1024, what: 'a language file' },
  /** meta.yaml, alignment.yaml, indicators.yaml: 256 KB, about 50 times the largest today. */
  yamlFile: { bytes: 256 * 1024, what: 'a YAML file' },
  /** One glossary entry, front matter and definition: 64 KB, about 25 times the largest today. */
  glossaryEntry: { bytes: 64 * 1024, what: 'a glossary entry' },
} as const satisfies Record<string, FileLimit>;

/**
 * Characters in one paragraph (the Markdown under one `@id`): 20,000, four times Wuzhi's longest
 * block and eight times the national report's. A longer block is almost always several paragraphs
 * that lost their markers.
 */
export const PARAGRAPH_LIMIT = 20_000;

/** A size as people read it: "2 MB", "256 KB", "9.5 MB". */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/**
 * Reads a content file: its size, its encoding and its characters are checked, and each problem is
 * added to `errors`. Returns the text, or undefined when the file has a problem (it is then not
 * parsed, so one bad file gives one clear message rather than many that follow from it).
 */
export function readContentFile(path: string, file: string, limit: FileLimit, errors: ErrorList): string | undefined {
  const bytes = readFileSync(path);
  if (bytes.length > limit.bytes) {
    errors.add(
      file,
      lineAtByte(bytes, limit.bytes),
      `the file is ${formatSize(bytes.length)}, more than the ${formatSize(limit.bytes)} allowed for ${limit.what} (a national report is about 0.1 MB); the limit is passed on this line`,
    );
    return undefined;
  }
  let text: string;
  try {
    text = decodeUtf8(bytes, file);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    errors.errors.push(error);
    return undefined;
  }
  return checkCharacters(text, file, errors) ? text : undefined;
}

/*
 * Refused characters, and why they are refused rather than shown.
 *
 * C0 controls other than tab, line feed and carriage return, DELETE and the C1 controls
 * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F–U+009F) are never text: they come from
 * a PDF or a web page pasted in, are invisible or break the page (NUL, ESCAPE), and only the HTML
 * checker noticed them, pointing at dist/ instead of the source.
 *
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make the order
 * a reader sees differ from the order that is stored ("Trojan Source", CVE-2021-42574): a passage
 * can appear to say what it does not, while search, citations and the translation checks use the
 * stored text. Neither Chinese nor English needs them. Showing them as visible marks was the
 * other choice; it would put characters into quotations and citations that the source does not
 * mean, so they are refused at the source and the person who pasted them deletes them.
 */
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'FILE SEPARATOR', 'GROUP SEPARATOR', 'RECORD SEPARATOR', 'UNIT SEPARATOR',
];

const BIDI_NAMES: Record<number, string> = {
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why one refused character must go, naming it: "U+202E RIGHT-TO-LEFT OVERRIDE, which …". */
export function refusedCharacter(code: number): string {
  const bidi = BIDI_NAMES[code];
  if (bidi) {
    return `${codePoint(code)} ${bidi}, which changes the order in which the text around it is shown, so a reader could see something other than what is written; delete it (Chinese and English need no direction marks)`;
  }
  const name = code < 0x20 ? ` ${C0_NAMES[code]}` : code === 0x7f ? ' DELETE' : ' (a C1 control character)';
  return `${codePoint(code)}${name}, an invisible control character; delete it (content files may hold tabs and line breaks, no other control characters)`;
}

/** The first refused character of `text`, if any, by its index in `text`. */
export function findRefusedCharacter(text: string): { index: number; code: number } | undefined {
  REFUSED.lastIndex = 0;
  const m = REFUSED.exec(text);
  return m ? { index: m.index, code: m[0].codePointAt(0)! } : undefined;
}

/** At most this many refused characters are listed per file; the rest are counted. */
const LISTED = 10;

/**
 * Adds an error for each refused character of a content file, at its line and column (counted in
 * characters, as a person counts them). Returns true when there is none.
 */
export function checkCharacters(text: string, file: string, errors: ErrorList, firstLine = 1): boolean {
  let found = 0;
  let lastLine = firstLine;
  splitLines(text).forEach((lineText, i) => {
    for (const m of lineText.matchAll(REFUSED)) {
      found++;
      lastLine = firstLine + i;
      if (found > LISTED) continue;
      const column = [...lineText.slice(0, m.index)].length + 1;
      errors.add(file, lastLine, `column ${column} holds ${refusedCharacter(m[0].codePointAt(0)!)}`);
    }
  });
  if (found > LISTED) {
    errors.add(file, lastLine, `${found - LISTED} more invisible control or direction characters are in this file, the last on this line; delete them all`);
  }
  return found === 0;
}
