import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../load/glossary.ts';
import { sourceLine } from './csv.ts';
import { markdownPlainText } from './plain-text.ts';
import { glossaryTbx } from './tbx.ts';
import { fixtureSite, wuzhiSite } from './test-sites.ts';

/** The TBX read back by fast-xml-parser: one termEntry per entry, both languages, nothing left out. */

interface Tig {
  term: string;
  termNote: { '#text': string; '@_type': string };
  note?: string;
}
interface LangSet {
  '@_xml:lang': string;
  descripGrp?: { descrip: { '#text': string; '@_type': string }; admin?: { '#text': string; '@_type': string }[] }[];
  tig: Tig[];
}
interface TermEntry {
  '@_id': string;
  note: string;
  ref?: { '#text': string; '@_target': string; '@_type': string }[];
  langSet: LangSet[];
}

function readBack(glossary: GlossaryEntry[]) {
  const xml = glossaryTbx(glossary);
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['termEntry', 'langSet', 'tig', 'descripGrp', 'admin', 'ref'].includes(name),
  });
  const martif = parser.parse(xml).martif as { '@_type': string; text: { body: { termEntry: TermEntry[] } } };
  expect(martif['@_type']).toBe('TBX-Basic');
  return martif.text.body.termEntry;
}

function expectEveryEntry(glossary: GlossaryEntry[]) {
  const entries = readBack(glossary);
  expect(entries.map((e) => e['@_id'])).toEqual(glossary.map((e) => `g-${e.id}`).sort());
  const ids = new Set(entries.map((e) => e['@_id']));
  for (const read of entries) {
    // An XML id: a letter first, unique.
    expect(read['@_id']).toMatch(/^[A-Za-z_][\w.-]*$/);
    const e = glossary.find((g) => `g-${g.id}` === read['@_id'])!;
    const [zh, en] = read.langSet;
    expect([zh!['@_xml:lang'], en!['@_xml:lang']]).toEqual(['zh-CN', 'en']);
    expect(zh!.tig.map((t) => [t.term, t.termNote['#text']])).toEqual([[e.zh, 'preferredTerm-admn-sts'], ...e.variants.map((v) => [v, 'admittedTerm-admn-sts'])]);
    expect(zh!.tig[0]!.note).toBe(`Pinyin: ${e.pinyin}`);
    expect(en!.tig.map((t) => [t.term, t.termNote['#text']])).toEqual([[e.en, 'preferredTerm-admn-sts'], ...e.enVariants.map((v) => [v, 'admittedTerm-admn-sts'])]);
    const definition = en!.descripGrp![0]!;
    expect(definition.descrip).toEqual({ '#text': markdownPlainText(e.definition), '@_type': 'definition' });
    expect((definition.admin ?? []).map((a) => a['#text'])).toEqual(e.sources.map(sourceLine));
    expect((read.ref ?? []).map((r) => r['@_target'])).toEqual(e.related.map((id) => `g-${id}`));
    for (const ref of read.ref ?? []) expect(ids.has(ref['@_target'])).toBe(true);
    expect(read.note).toContain(`Level: ${e.level}`);
    expect(read.note).toContain(`Confidence: ${e.confidence}`);
  }
  return entries;
}

describe('the glossary TBX', () => {
  it('has one termEntry per entry of the project glossary, with its Chinese and English terms and definition', () => {
    const { site } = wuzhiSite();
    expect(expectEveryEntry(site.glossary)).toHaveLength(site.glossary.length);
  });

  it('escapes & and < in a definition and quotation marks in a source, and says when a level is only likely', () => {
    const { site } = fixtureSite();
    const entries = expectEveryEntry(site.glossary);
    const liuWen = entries.find((e) => e['@_id'] === 'g-liu-wen')!;
    expect(liuWen.langSet[1]!.descripGrp![0]!.descrip['#text']).toContain('written over two lines & a < b.');
    expect(liuWen.langSet[1]!.descripGrp![0]!.admin![0]!['#text']).toBe('A "quoted", title — https://example.org/s?a=1&b=2');
    expect(liuWen.ref).toEqual([{ '#text': '六保', '@_target': 'g-liu-bao', '@_type': 'crossReference' }]);
    expect(entries.find((e) => e['@_id'] === 'g-liu-bao')!.note).toBe('Level: national (the likely reading: no source says who coined the term). Confidence: low.');
    expect(glossaryTbx(site.glossary)).toContain('two lines &amp; a &lt; b.');
  });
});
