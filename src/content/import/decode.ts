/**
 * The bytes of a source file as text. A report reaches us as UTF-8 (with or without a byte-order
 * mark), UTF-16 with a byte-order mark, or GB18030/GBK (what Chinese Windows and many government
 * sites save). Decoding is always strict: a byte that does not belong is a located error, never a
 * replacement character in the text.
 */
import { ContentError, decodeUtf8 } from '../errors.ts';

export interface DecodedSource {
  text: string;
  /** The encoding read, as TextDecoder names it: utf-8, utf-16le, gb18030, gbk… */
  encoding: string;
  /** How it was chosen, for the import report. */
  how: string;
}

export interface DecodeOptions {
  /** `--encoding`: the person names the encoding. */
  encoding?: string;
  /** The charset a web page declares (<meta charset>). */
  declared?: string;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** A TextDecoder for a label, or a ContentError naming the file when the label is unknown. */
function decoderFor(label: string, file: string, fatal: boolean, what: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    throw new ContentError(file, 1, `${what} "${label}" is not an encoding this import knows; name one such as utf-8, gb18030, gbk, big5 or utf-16le`);
  }
}

/** The 1-based line of the first byte the decoder cannot read (where its replacement character lands). */
function firstBadLine(bytes: Uint8Array, label: string): number {
  const text = new TextDecoder(label).decode(bytes);
  const at = text.indexOf('\uFFFD');
  return text.slice(0, Math.max(0, at)).split('\n').length;
}

function strict(bytes: Uint8Array, label: string, file: string, how: string, what: string): DecodedSource {
  const decoder = decoderFor(label, file, true, what);
  try {
    const text = decoder.decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: decoder.encoding, how };
  } catch {
    throw new ContentError(file, firstBadLine(bytes, label), `this line is not ${decoder.encoding} (${how}); check the encoding the file was saved in`);
  }
}

/**
 * Whether GB18030 bytes read as Chinese: nearly every two-byte character of a Chinese text is in
 * the GB2312 range (both bytes 0xA1 or above: the common characters and punctuation). Bytes of
 * another encoding that happen to decode (Latin-1 "Café": 0xE9 then "c") give pairs whose second
 * byte is ASCII, from the rare GBK extensions.
 */
function readsAsChinese(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x81) continue;
    const next = bytes[i + 1] ?? 0;
    if (next >= 0x30 && next <= 0x39) {
      // A four-byte GB18030 sequence: a rare character, neither common nor a sign of another encoding.
      i += 3;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && next >= 0xa1) common++;
    i++;
  }
  return pairs > 0 && common / pairs >= 0.9;
}

/**
 * Decodes a source: the byte-order mark when there is one; else the encoding named with
 * `--encoding`, else the page's declared charset; else strict UTF-8, then GB18030 when the bytes
 * decode without error and read as Chinese. Anything else is a ContentError at the first line that
 * cannot be read.
 */
export function decodeSource(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedSource {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (options.encoding) return strict(bytes, options.encoding, file, 'named with --encoding', '--encoding');
  if (bom) return strict(bytes, bom.encoding, file, 'its byte-order mark says so', 'byte-order mark');
  if (options.declared) return strict(bytes, options.declared, file, `the page declares charset=${options.declared}`, 'the page declares the charset');

  // No text file holds a NUL byte; UTF-16 holds one for every ASCII character.
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new ContentError(file, 1, 'the file looks like UTF-16 without a byte-order mark; name its encoding with --encoding utf-16le (or utf-16be)');
  }
  try {
    return { text: decodeUtf8(bytes, file), encoding: 'utf-8', how: 'the file is valid UTF-8' };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      if (readsAsChinese(bytes)) return { text, encoding: 'gb18030', how: 'detected: not UTF-8, and it reads as Chinese in GB18030' };
    } catch {
      // Neither UTF-8 nor GB18030: the UTF-8 error's line is the one to look at.
    }
    throw new ContentError(file, error.line, 'this line is neither UTF-8 nor GB18030 (GBK) text; save the file as UTF-8, or name its encoding with --encoding');
  }
}
