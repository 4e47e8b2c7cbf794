import { describe, expect, it } from 'vitest';
import type { TextDoc } from '../load/text.ts';
import { bilaraJson, combinedJson, type CombinedText } from './json.ts';
import { chineseOnlySite, fixtureSite, wuzhiSite } from './test-sites.ts';

/** The JSON read back with JSON.parse: keys in reading order, every paragraph's text, its sentences and groups. */
function expectEveryParagraph(doc: TextDoc) {
  const ids = doc.paragraphs.map((p) => `${doc.slug}:${p.id}`);
  const zh = JSON.parse(bilaraJson(doc, 'zh')) as Record<string, string>;
  expect(Object.keys(zh)).toEqual(ids);
  expect(Object.values(zh)).toEqual(doc.paragraphs.map((p) => p.zh.text));

  const translated = doc.paragraphs.filter((p) => p.english.state === 'own');
  const en = JSON.parse(bilaraJson(doc, 'en')) as Record<string, string>;
  expect(en).toEqual(Object.fromEntries(translated.map((p) => [`${doc.slug}:${p.id}`, p.en.text])));

  const combined = JSON.parse(combinedJson(doc)) as CombinedText;
  expect(Object.keys(combined.segments)).toEqual(ids);
  doc.paragraphs.forEach((p) => {
    const segment = combined.segments[`${doc.slug}:${p.id}`]!;
    expect([segment.kind, segment.depth, segment.zh, segment.en]).toEqual([p.kind, p.depth, p.zh.text, p.en.text]);
    expect(segment.groups).toEqual(p.sentenceGroups);
    if (p.sentenceGroups) {
      // Every sentence once, in order: joined, the sentences give back the paragraph.
      expect(segment.sentences!.zh.join('').replace(/\s+/g, '')).toBe(p.zh.text.replace(/\s+/g, ''));
      expect(segment.sentences!.en.join(' ').replace(/\s+/g, ' ')).toBe(p.en.text.replace(/\s+/g, ' ').trim());
      const counted = p.sentenceGroups.flatMap((g) => [...g.zh]);
      expect(counted).toEqual(segment.sentences!.zh.map((_, i) => i + 1));
    }
  });
  return { zh, en, combined };
}

describe('the JSON of a text, shaped like bilara-data', () => {
  it('keys every paragraph of the Wuzhi report by <slug>:<paragraph id>, in reading order', () => {
    const { doc } = wuzhiSite();
    const { zh, combined } = expectEveryParagraph(doc);
    expect(zh['wuzhi-2020:1.0.2']).toContain('463.3亿元');
    expect(combined.text).toMatchObject({ id: 'wuzhi-2020', date: '2020-04-29', title: { zh: '2020年武陟县政府工作报告' }, excerpt: { endsAfter: '3.2.2' } });
  });

  it('keeps a heading id like "1" in its place, and leaves paragraphs without English out of the English file', () => {
    const { doc } = fixtureSite();
    const { zh, en, combined } = expectEveryParagraph(doc);
    expect(Object.keys(zh).slice(0, 3)).toEqual(['sample:title', 'sample:1', 'sample:1.0.1']);
    expect(Object.keys(en)).toEqual(['sample:title', 'sample:1', 'sample:1.0.1', 'sample:1.0.3', 'sample:2', 'sample:2.0.1']);
    expect(en['sample:1.0.3']).toBe('This paragraph\'s English has a\ttab, a "quoted, word" and a line break\nhere. It also translates the next paragraph.');
    expect(combined.segments['sample:1.0.2']).toEqual({ kind: 'paragraph', depth: 0, zh: '这一段只有中文，尚未翻译。', en: '', english: 'missing' });
    expect(combined.segments['sample:1.0.4']!.english).toBe('with 1.0.3');
    expect(combined.segments['sample:1.0.1']!.sentences!.en).toHaveLength(4);
    expect(combined.segments['sample:1.0.1']!.groups![1]).toEqual({ zh: [2], en: [2, 3] });
  });

  it('has an empty English file for a Chinese-only text', () => {
    const { doc } = chineseOnlySite();
    const { en, combined } = expectEveryParagraph(doc);
    expect(en).toEqual({});
    expect(combined.text.translation).toBeNull();
  });
});
