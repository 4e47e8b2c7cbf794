import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../errors.ts';
import { decodeSource } from './decode.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/county-2023', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const TEXT = '各位代表！\n一、2022年工作回顾\n';

describe('reading the encodings reports come in', () => {
  it('has a GB18030 decoder here (Node with full ICU)', () => {
    expect(new TextDecoder('gb18030').decode(new Uint8Array([0xce, 0xe4]))).toBe('武');
  });

  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeSource(utf8(TEXT), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-8' });
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(TEXT, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(TEXT, 'utf16le').swap16()]);
    expect(decodeSource(le, 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeSource(be, 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16be' });
  });

  it('detects GB18030 (a file made with iconv -t GB18030) and says so', () => {
    const decoded = decodeSource(bytes('page-copy.zh.gb18030.txt'), 'page.txt');
    expect(decoded.text).toBe(new TextDecoder().decode(bytes('page-copy.zh.txt')));
    expect(decoded).toMatchObject({ encoding: 'gb18030', how: expect.stringMatching(/not UTF-8.*GB18030/) });
  });

  it('reads the encoding named with --encoding, and the one a page declares', () => {
    expect(decodeSource(bytes('page-copy.zh.gb18030.txt'), 'page.txt', { encoding: 'gbk' }).text).toContain('各位代表！');
    expect(decodeSource(bytes('page-copy.zh.gb18030.txt'), 'page.txt', { declared: 'gb2312' })).toMatchObject({ encoding: 'gbk', how: 'the page declares charset=gb2312' });
  });

  it('refuses an unknown encoding with a plain sentence', () => {
    expect(() => decodeSource(utf8(TEXT), 'a.txt', { encoding: 'klingon' })).toThrowError(
      new ContentError('a.txt', 1, '--encoding "klingon" is not an encoding this import knows; name one such as utf-8, gb18030, gbk, big5 or utf-16le'),
    );
  });

  it('names the line that cannot be read, in the encoding named or detected', () => {
    const gbk = bytes('page-copy.zh.gb18030.txt');
    expect(() => decodeSource(gbk, 'page.txt', { encoding: 'utf-8' })).toThrowError(/^page\.txt:1: this line is not utf-8 \(named with --encoding\)/);
    // Line 3 holds a Latin-1 é (0xE9) before a space: neither UTF-8 nor GB18030.
    const latin1 = new Uint8Array([...utf8('一\nA\n'), 0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]);
    expect(() => decodeSource(latin1, 'menu.txt')).toThrowError(new ContentError('menu.txt', 3, 'this line is neither UTF-8 nor GB18030 (GBK) text; save the file as UTF-8, or name its encoding with --encoding'));
  });

  it('does not take Latin-1 bytes that happen to decode as GB18030 for Chinese', () => {
    // "Café crème" in Latin-1: é and è each take the next byte as a GB18030 pair, giving rare characters.
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, 0x63, ...utf8('r'), 0xe8, 0x6d, 0x65]);
    expect(() => decodeSource(latin1, 'menu.txt')).toThrowError(/neither UTF-8 nor GB18030/);
  });

  it('recognises UTF-16 without a byte-order mark instead of reading it as noise', () => {
    expect(() => decodeSource(new Uint8Array(Buffer.from(TEXT, 'utf16le')), 'a.txt')).toThrowError(/UTF-16 without a byte-order mark/);
  });
});
