import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { ErrorList } from '../errors.ts';
import { loadGlossary } from '../load/glossary.ts';

/**
 * Polyphones where pinyin-pro's reading is wrong for the term, checked by a person:
 * 基调 is jīdiào (tone, keynote), not jītiáo; 以人民为中心 reads 为 as wéi ("take as").
 * Terms with digits or symbols are spelled out by hand.
 */
const CHECKED_BY_HAND: Record<string, string> = {
  稳中求进工作总基调: 'wěnzhōngqiújìngōngzuòzǒngjīdiào',
  以人民为中心: 'yǐrénmínwéizhōngxīn',
  '99公益日': 'jiǔjiǔgōngyìrì',
  '管委会+公司': 'guǎnwěihuìjiāgōngsī',
};

const squash = (s: string) => s.toLowerCase().replace(/[\s,，、'’“”()\-–—]/g, '');

describe('glossary pinyin', () => {
  const root = join(import.meta.dirname, '../../..');
  const entries = loadGlossary(root, new ErrorList());

  it('agrees with pinyin-pro (without tone sandhi, as dictionaries write it) or with a checked reading', () => {
    const disagreements = entries
      .map((e) => {
        const expected = CHECKED_BY_HAND[e.zh] ?? squash(pinyin(e.zh.replace(/[“”、，（）]/g, ''), { toneType: 'symbol', toneSandhi: false }));
        return { file: e.file, zh: e.zh, written: e.pinyin, expected, ok: squash(e.pinyin) === expected };
      })
      .filter((d) => !d.ok);
    expect(disagreements).toEqual([]);
  });
});
