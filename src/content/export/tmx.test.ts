import { XMLParser, XMLValidator } from 'fast-xml-parser';
import tmx2js from 'tmexchange/tmx2js';
import { describe, expect, it } from 'vitest';
import type { TextDoc } from '../load/text.ts';
import type { Site } from '../model.ts';
import { segments } from './segments.ts';
import { fixtureSite, wuzhiSite } from './test-sites.ts';
import { tmx } from './tmx.ts';
import { xmlAttr, xmlText } from './xml.ts';

/**
 * The TMX read back by tmexchange (a TMX reader from the npm registry, the i18next project's) and,
 * for the order of the units, by fast-xml-parser: every sentence of every translated paragraph is
 * there once, in order, under a stable id, with its figures as written.
 */

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The units in document order: tuid, paragraph prop, and each language's segment. */
function unitsInOrder(xml: string) {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, htmlEntities: true, isArray: (name) => ['tu', 'tuv'].includes(name) });
  const body = parser.parse(xml).tmx.body as { tu?: { '@_tuid': string; prop: { '#text': string }; tuv: { '@_xml:lang': string; seg: string }[] }[] };
  return (body.tu ?? []).map((tu) => ({ tuid: tu['@_tuid'], paragraph: tu.prop['#text'], ...Object.fromEntries(tu.tuv.map((v) => [v['@_xml:lang'], String(v.seg)])) }) as { tuid: string; paragraph: string; 'zh-CN': string; en: string });
}

async function checkNothingLost({ site, doc }: { site: Site; doc: TextDoc }) {
  const xml = tmx(doc);
  expect(XMLValidator.validate(xml)).toBe(true);
  const read = await tmx2js(xml);
  expect([read.version, read.sourceLanguage, read.datatype, read.oTMF, read.creationTool, read.administrationLanguage]).toEqual(['1.4', 'zh-CN', 'plaintext', 'Policy Reader', 'Policy Reader', 'en']);
  const units = unitsInOrder(xml);
  const translated = doc.paragraphs.filter((p) => p.english.state === 'own');
  // Ids: <paragraph>.<group>, in reading order, each once.
  const expected = translated.flatMap((p) => (p.sentenceGroups ?? [null]).map((_, i) => `${p.id}.${i + 1}`));
  expect(units.map((u) => u.tuid)).toEqual(expected);
  expect(Object.keys(read.resources)).toEqual(expected);
  for (const p of translated) {
    const mine = units.filter((u) => u.paragraph === p.id);
    expect(mine.every((u) => u.tuid.slice(0, u.tuid.lastIndexOf('.')) === p.id)).toBe(true);
    for (const u of mine) expect(read.resources[u.tuid]).toEqual({ 'zh-CN': u['zh-CN'], en: u.en });
    // Every sentence once, in order: the units of a paragraph, joined, give back its text.
    expect(mine.map((u) => u['zh-CN']).join('').replace(/\s+/g, '')).toBe(p.zh.text.replace(/\s+/g, ''));
    expect(squeeze(mine.map((u) => u.en).join(' '))).toBe(squeeze(p.en.text));
    if (p.sentenceGroups) {
      // Each unit holds the Chinese sentences its group names.
      const sentences = p.zh.sentences!.map((s) => s.trim());
      expect(mine.map((u) => u['zh-CN'])).toEqual(p.sentenceGroups.map((g) => g.zh.map((n) => sentences[n - 1]).join('')));
    }
    for (const figure of (site.figures.figures.get(doc.slug) ?? []).filter((f) => f.paragraph === p.id)) {
      expect(mine.map((u) => u['zh-CN']).join('')).toContain(figure.text);
    }
  }
  return { read, units };
}

describe('the TMX of a text', () => {
  it('holds every sentence of the Wuzhi report once, in order, each group under <paragraph>.<group>', async () => {
    const { site, doc } = wuzhiSite();
    const { units } = await checkNothingLost({ site, doc });
    const groups = doc.paragraphs.reduce((n, p) => n + (p.sentenceGroups?.length ?? 0), 0);
    expect(units).toHaveLength(groups);
    expect(units.find((u) => u.tuid === '1.0.2.3')).toMatchObject({ paragraph: '1.0.2', 'zh-CN': expect.stringContaining('全县地区生产总值突破463.3亿元') });
    expect(tmx(doc)).toContain('segtype="sentence"');
  });

  it('keeps tabs, line breaks, quotation marks, & and < as written, and leaves out paragraphs without English of their own', async () => {
    const fixture = fixtureSite();
    const { read } = await checkNothingLost(fixture);
    expect(Object.keys(read.resources)).toEqual(['title.1', '1.1', '1.0.1.1', '1.0.1.2', '1.0.1.3', '1.0.3.1', '2.1', '2.0.1.1', '2.0.1.2']);
    // Chinese sentence 2 is translated by English sentences 2 and 3, joined by one space.
    expect(read.resources['1.0.1.2']).toEqual({
      'zh-CN': '“六稳”“六保”工作扎实推进，研发（R&D）投入占比低于<2%的企业减少。',
      en: 'Work on "stability on six fronts" and "security in six areas" advanced. Firms with R&D spending below <2% of revenue fell in number, "down" again.',
    });
    expect(read.resources['1.0.3.1']!.en).toBe('This paragraph\'s English has a\ttab, a "quoted, word" and a line break\nhere. It also translates the next paragraph.');
    expect(read.resources['2.0.1.2']).toEqual({ 'zh-CN': '路径写作C:\\temp\\new。', en: 'The path is written C:\\temp\\new.' });
    // The Chinese-only paragraph and the one translated with 1.0.3 have no unit.
    expect(Object.keys(read.resources).filter((id) => id.startsWith('1.0.2.') || id.startsWith('1.0.4.'))).toEqual([]);
  });

  it('gives one unit per paragraph, as <paragraph>.1, to a text without sentence alignment', async () => {
    const fixture = fixtureSite({ 'alignment.yaml': undefined });
    // Without alignment.yaml's "with", paragraph 1.0.4 is simply not translated yet.
    const { read } = await checkNothingLost(fixture);
    expect(Object.keys(read.resources)).toEqual(['title.1', '1.1', '1.0.1.1', '1.0.3.1', '2.1', '2.0.1.1']);
    expect(read.resources['1.0.1.1']!['zh-CN']).toBe(fixture.doc.paragraphs[2]!.zh.text);
    expect(tmx(fixture.doc)).toContain('segtype="paragraph"');
  });

  it('refuses a character XML 1.0 cannot hold, at its line, instead of dropping it', () => {
    const { doc } = fixtureSite({ 'zh.md': '@title\n# 示例\n\n@1\n## 一、“六稳”“六保”\uFFFF\n', 'en.md': '@title\n# Example\n\n@1\n## I. Part\n', 'alignment.yaml': '"title": "1=1"\n"1": "1=1"\n', 'indicators.yaml': '[]\n' });
    expect(() => tmx(doc)).toThrowError(/^texts\/sample\/zh\.md:4: U\+FFFF cannot be written in an XML download/);
  });
});

describe('XML escaping', () => {
  const at = { file: 'f', line: 1 };
  it('escapes what XML needs and keeps quotation marks readable in text', () => {
    expect(xmlText('R&D <2% ]]> "a" \'b\'\r', at)).toBe('R&amp;D &lt;2% ]]&gt; "a" \'b\'&#13;');
    expect(xmlAttr('a"b\tc\nd', at)).toBe('a&quot;b&#9;c&#10;d');
  });

  it('refuses controls and lone surrogates', () => {
    expect(() => xmlText('a\u0001b', at)).toThrowError('f:1: U+0001 cannot be written');
    expect(() => xmlText('a\uD800b', at)).toThrowError('f:1: U+D800 cannot be written');
    expect(xmlText('𠀀', at)).toBe('𠀀');
  });
});

describe('segments', () => {
  it('are none for a paragraph whose English is given with another', () => {
    const { doc } = fixtureSite();
    expect(doc.paragraphs.filter((p) => segments(doc, p).length === 0).map((p) => p.id)).toEqual(['1.0.2', '1.0.4']);
  });
});
