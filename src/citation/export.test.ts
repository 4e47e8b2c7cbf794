import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SAMPLE_META, sampleProject } from '../content/fixtures/sample.ts';
import { buildPages } from '../content/site.ts';
import { layout } from '../content/render/layout.ts';
import { TextMetaSchema } from '../content/check/schema.ts';
import { citationFiles, citationMetaTags, cslItem, risRecord, sentenceCase, textUrl, titlePinyin, withoutTones } from './export.ts';
import { WUZHI as wuzhi } from './fixtures.ts';

const url = 'https://reader.example/wuzhi-2020/';

describe('the title in pinyin', () => {
  it('is the authored form without tone marks, ü kept', () => {
    expect(titlePinyin('2020年武陟县政府工作报告', '2020 nián Wǔzhì Xiàn zhèngfǔ gōngzuò bàogào')).toBe('2020 nian Wuzhi Xian zhengfu gongzuo baogao');
    expect(withoutTones('lǜsè fāzhǎn')).toBe('lüse fazhan');
  });

  it('is read syllable by syllable where none is authored, digits and punctuation kept', () => {
    expect(titlePinyin('2020年武陟县政府工作报告')).toBe('2020 nian wu zhi xian zheng fu gong zuo bao gao');
    expect(titlePinyin('关于《绿色发展规划》的说明：第一次')).toBe('Guan yu “lü se fa zhan gui hua” de shuo ming: di yi ci');
  });

  it('agrees, tones included, in texts/wuzhi-2020/meta.yaml with the characters read one by one', () => {
    const meta = TextMetaSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../texts/wuzhi-2020/meta.yaml'), 'utf8')));
    const syllables = (s: string) => s.toLowerCase().replace(/\s+/g, '');
    expect(syllables(meta.title.pinyin!)).toBe(syllables(pinyin(meta.title.zh, { nonZh: 'consecutive' })));
  });
});

describe('sentence case', () => {
  it('lowercases common words and keeps names the metadata knows', () => {
    expect(sentenceCase('2020 Government Work Report of Wuzhi County', ["Wuzhi County People's Government", 'Shen Lin', 'Wuzhi County, Jiaozuo, Henan'])).toBe('2020 government work report of Wuzhi County');
    expect(sentenceCase("Opinions of the Example County People's Government on Strengthening Rural Roads", ["Example County People's Government"])).toBe(
      "Opinions of the Example County People's Government on strengthening rural roads",
    );
  });

  it('keeps the first word after a colon, acronyms, words with digits and a one-word place', () => {
    expect(sentenceCase('Report on the Work of the Government: Henan’s Plan for COVID-19 and PM2.5', ['Henan'])).toBe('Report on the work of the government: Henan’s plan for COVID-19 and PM2.5');
  });
});

describe('citation_* tags', () => {
  it('describe the report as issued, for Zotero and Google Scholar', () => {
    expect(citationMetaTags(wuzhi, url)).toBe(
      [
        '<meta name="citation_title" content="2020年武陟县政府工作报告">',
        '<meta name="citation_author" content="武陟县人民政府">',
        '<meta name="citation_publication_date" content="2020/04/29">',
        '<meta name="citation_language" content="zh">',
        '<meta name="citation_technical_report_institution" content="武陟县人民政府">',
        '<meta name="citation_public_url" content="https://reader.example/wuzhi-2020/">',
        '<meta name="citation_abstract_html_url" content="https://reader.example/wuzhi-2020/">',
      ].join('\n'),
    );
  });

  it('leave the address out when the build does not know the site’s, and escape what they carry', () => {
    const tags = citationMetaTags({ ...wuzhi, title: { ...wuzhi.title, zh: '"><script>alert(1)</script>' } }, undefined);
    expect(tags).not.toContain('_url');
    expect(tags).toContain('content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(textUrl('wuzhi-2020', undefined)).toBeUndefined();
    expect(textUrl('wuzhi-2020', 'https://reader.example/')).toBe(url);
  });

  it('go into the page head, where layout() is given them', () => {
    const page = layout({ title: 't', description: 'd', body: '', assets: { head: '<script type="module" src="/x.js"></script>' }, head: citationMetaTags(wuzhi, url) });
    const head = page.slice(page.indexOf('<head>'), page.indexOf('</head>'));
    expect(head).toContain('<meta name="citation_title" content="2020年武陟县政府工作报告">\n<meta name="citation_author"');
    expect(head.indexOf('citation_abstract_html_url')).toBeLessThan(head.indexOf('/x.js'));
  });
});

/** A minimal RIS reader: every line TAG␣␣-␣value, TY first, ER last. */
function readRis(ris: string): [string, string][] {
  expect(ris.endsWith('\r\n')).toBe(true);
  const lines = ris.slice(0, -2).split('\r\n');
  for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  const fields = lines.map((l) => [l.slice(0, 2), l.slice(6)] as [string, string]);
  expect(fields[0]![0]).toBe('TY');
  expect(fields.at(-1)).toEqual(['ER', '']);
  return fields;
}

describe('the RIS record', () => {
  it('is a report by the issuer, with the translator, the translated title and the dates', () => {
    expect(readRis(risRecord({ ...wuzhi, source: { url: 'https://gov.example/report.html' } }, url))).toEqual([
      ['TY', 'RPRT'],
      ['AU', '武陟县人民政府'],
      ['TI', '2020年武陟县政府工作报告'],
      ['TT', '2020 Government Work Report of Wuzhi County'],
      ['A4', 'Policy Reader contributors'],
      ['PY', '2020'],
      ['DA', '2020/04/29/'],
      ['PB', '武陟县人民政府'],
      ['DP', 'Policy Reader'],
      ['LA', 'zh-CN'],
      ['UR', 'https://reader.example/wuzhi-2020/'],
      [
        'N1',
        "Wuzhi County People's Government, 2020 Government Work Report of Wuzhi County (2020 nian Wuzhi Xian zhengfu gongzuo baogao). Delivered by 申琳 (Shen Lin), County Governor, at the Fifth Session of the 14th People's Congress of Wuzhi County. English translation by Policy Reader contributors, 2026. Official original: https://gov.example/report.html",
      ],
      ['ER', ''],
    ]);
  });

  it('has no translator and no address where there are none', () => {
    const fields = readRis(risRecord({ ...wuzhi, translation: undefined, speaker: undefined, occasion: undefined }, undefined));
    expect(fields.map(([tag]) => tag)).toEqual(['TY', 'AU', 'TI', 'TT', 'PY', 'DA', 'PB', 'DP', 'LA', 'N1', 'ER']);
    expect(Object.fromEntries(fields).N1).toBe("Wuzhi County People's Government, 2020 Government Work Report of Wuzhi County (2020 nian Wuzhi Xian zhengfu gongzuo baogao). No English translation.");
  });
});

/** The CSL-JSON item shape (CSL 1.0.2 schema, the variables used here). */
const Name = z.object({ literal: z.string().min(1) }).strict();
const CslItemShape = z
  .object({
    id: z.string().min(1),
    type: z.literal('report'),
    title: z.string().min(1),
    author: z.array(Name).min(1),
    translator: z.array(Name).optional(),
    issued: z.object({ 'date-parts': z.tuple([z.array(z.number().int()).min(1).max(3)]) }).strict(),
    publisher: z.string(),
    source: z.string(),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
    URL: z.string().url().optional(),
    note: z.string(),
  })
  .strict();

describe('the CSL-JSON record', () => {
  it('is one valid report item with the translator', () => {
    const [item, ...rest] = JSON.parse(citationFiles(wuzhi, url)[1]!.html) as unknown[];
    expect(rest).toEqual([]);
    const parsed = CslItemShape.parse(item);
    expect(parsed).toMatchObject({ id: 'wuzhi-2020', title: '2020年武陟县政府工作报告', author: [{ literal: '武陟县人民政府' }], translator: [{ literal: 'Policy Reader contributors' }], issued: { 'date-parts': [[2020, 4, 29]] }, URL: url });
  });

  it('has no translator for a text without a translation', () => {
    expect(CslItemShape.parse(cslItem({ ...wuzhi, translation: undefined }))).not.toHaveProperty('translator');
  });
});

describe('the build', () => {
  const META_ZH_ONLY = SAMPLE_META.replace(/translation:\n(  .*\n)+/, '').replace(
    'source:\n  description: A test fixture.\n',
    'source:\n  description: A test fixture.\n  url: https://gov.example/sample.html\n  archived: https://web.archive.example/2021/https://gov.example/sample.html\n',
  );
  const root = sampleProject({ 'meta.yaml': META_ZH_ONLY, 'zh.md': '@title\n# 示例\n\n@1.0.1\n第一段。\n' });
  const pages = buildPages(root, { head: '' });

  it('writes /<slug>/citation.ris and citation.json beside the reader page', () => {
    const ris = readRis(pages.find((p) => p.path === 'sample/citation.ris')!.html);
    expect(ris.find(([tag]) => tag === 'A4')).toBeUndefined();
    const [item] = JSON.parse(pages.find((p) => p.path === 'sample/citation.json')!.html) as unknown[];
    expect(CslItemShape.parse(item)).toMatchObject({ title: '示例', author: [{ literal: '示例县人民政府' }] });
    expect(item).not.toHaveProperty('translator');
  });

  it('writes the citation data of a Chinese-only text: pinyin read from the characters, the links, no translation', () => {
    const reader = pages.find((p) => p.path === 'sample/index.html')!.html;
    const json = /<script type="application\/json" id="rdr-text">(.*?)<\/script>/s.exec(reader)![1]!;
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data.translation).toBeUndefined();
    expect(JSON.stringify(data.forms)).not.toMatch(/trans|Trans\.|translat/i);
    expect(data).toMatchObject({
      slug: 'sample',
      title: { zh: '示例', en: 'Example', pinyin: 'Shi li', sentence: 'Example' },
      issuer: { zh: '示例县人民政府', en: "Example County People's Government" },
      date: '2021-01-08',
      site: 'Policy Reader',
      source: { url: 'https://gov.example/sample.html', archived: 'https://web.archive.example/2021/https://gov.example/sample.html' },
    });
  });
});

describe('the metadata', () => {
  const meta = (extra: (m: Record<string, Record<string, string>>) => void) => {
    const m = parse(SAMPLE_META) as Record<string, Record<string, string>>;
    extra(m);
    return TextMetaSchema.safeParse(m);
  };

  it('takes a title in pinyin and an archived copy of the source', () => {
    const ok = meta((m) => {
      m.title!.pinyin = 'Shìlì';
      m.source!.archived = 'https://web.archive.example/2021/https://gov.example/x.html';
    });
    expect(ok.success).toBe(true);
  });

  it('refuses characters as pinyin, an archived copy that is not a web address, and unknown title fields', () => {
    const issues = (r: ReturnType<typeof meta>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    expect(issues(meta((m) => (m.title!.pinyin = '示例')))).toEqual(['title.pinyin: must be in pinyin (Latin letters), not characters']);
    expect(issues(meta((m) => (m.source!.archived = 'javascript:alert(1)')))).toEqual(['source.archived: must be an http or https URL']);
    expect(issues(meta((m) => (m.title!.fr = 'Exemple')))).toEqual([expect.stringMatching(/^title: Unrecognized key/)]);
  });
});
