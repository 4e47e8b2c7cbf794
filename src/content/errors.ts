/**
 * A problem in the content (texts/ or glossary/) that a person must fix.
 * Its message always starts with `file:line:` so editors and terminals can jump to it.
 */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'ContentError';
  }
}

/** Several content errors found in one pass: the build reports them all, not just the first. */
export class ContentErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentErrors';
  }
}

/** Collects errors so that one run reports every problem, then throws them together. */
export class ErrorList {
  readonly errors: ContentError[] = [];
  add(file: string, line: number, reason: string): void {
    this.errors.push(new ContentError(file, line, reason));
  }
  throwIfAny(): void {
    if (this.errors.length === 1) throw this.errors[0];
    if (this.errors.length > 1) throw new ContentErrors(this.errors);
  }
}

/**
 * A line ends with CR LF, LF or a lone CR (old Mac editors, some exports): every place that
 * counts lines uses this, so a message's line is the line an editor shows.
 */
const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of a text, whichever of the three line endings it uses. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The 1-based line on which byte `offset` of a file stands. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * Decodes UTF-8 strictly; a stray Latin-1 or GBK byte becomes a located error, not mojibake.
 * It checks nothing else: the import reads raw scraped files with it. Content files are read
 * through `readContentFile` (check/content-file.ts), which also checks size and characters.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const bad = firstInvalidUtf8Offset(bytes);
    throw new ContentError(
      file,
      lineAtByte(bytes, bad),
      `the file is not valid UTF-8 (byte ${bad}); save it as UTF-8 and try again`,
    );
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c >> 6 !== 2) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
