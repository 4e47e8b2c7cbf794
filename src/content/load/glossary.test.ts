import { describe, expect, it } from 'vitest';
import { ErrorList } from '../errors.ts';
import { sampleProject } from '../fixtures/sample.ts';
import { loadGlossary } from './glossary.ts';
import { loadSite } from '../site.ts';

const ZH = '@title\n# 示例\n\n@1.0.1\n扎实做好“六稳”工作，建设四好农村路。\n';
const EN = '@title\n# Example\n\n@1.0.1\nWe will ensure "stability on six fronts" and build Four Good Rural Roads.\n';

const entry = (fields: Record<string, string>, body = 'A definition.') =>
  `---\n${Object.entries({
    zh: '六稳',
    pinyin: 'liù wěn',
    en: 'stability on six fronts',
    level: 'national',
    confidence: 'low',
    ...fields,
  })
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}\n`;

function site(glossary: Record<string, string>, texts = { zh: ZH, en: EN }) {
  const root = sampleProject({ 'zh.md': texts.zh, 'en.md': texts.en }, glossary);
  return () => loadSite(root);
}

const ROAD = entry({ zh: '四好农村路', pinyin: 'sì hǎo nóngcūn lù', en: 'Four Good Rural Roads' });

describe('glossary annotation', () => {
  it('marks a term in the Chinese and its rendering in the English with the same entry', () => {
    const { docs, occurrences } = site({ 'liu-wen.md': entry({}), 'si-hao-nong-cun-lu.md': ROAD })();
    const p = docs[0]!.paragraphs[1]!;
    expect(p.zh.html).toBe('扎实做好“<a class="term" href="/glossary/#liu-wen" data-term="liu-wen">六稳</a>”工作，建设<a class="term" href="/glossary/#si-hao-nong-cun-lu" data-term="si-hao-nong-cun-lu">四好农村路</a>。');
    expect(p.en.html).toContain('&quot;<a class="term" href="/glossary/#liu-wen" data-term="liu-wen">stability on six fronts</a>&quot;');
    expect(p.en.html).toContain('<a class="term" href="/glossary/#si-hao-nong-cun-lu" data-term="si-hao-nong-cun-lu">Four Good Rural Roads</a>');
    expect(occurrences.map((o) => [o.entry, o.paragraph, o.before, o.match, o.after])).toEqual([
      ['liu-wen', '1.0.1', '扎实做好“', '六稳', '”工作，建设四好农村路。'],
      ['si-hao-nong-cun-lu', '1.0.1', '扎实做好“六稳”工作，建设', '四好农村路', '。'],
    ]);
  });

  it('matches a term whose quotation marks differ from the entry', () => {
    const { docs } = site(
      { 'san-qi-lai.md': entry({ zh: '县域治理“三起来”', pinyin: 'xiànyù zhìlǐ sān qǐlái', en: 'Three Togethers of county governance' }) },
      { zh: '@title\n# 示例\n\n@1.0.1\n争当县域治理三起来示范县。\n', en: '@title\n# Example\n\n@1.0.1\nWe will become a model of the “Three Togethers” of county governance.\n' },
    )();
    expect(docs[0]!.paragraphs[1]!.zh.html).toContain('data-term="san-qi-lai">县域治理三起来</a>');
    expect(docs[0]!.paragraphs[1]!.en.html).toContain('data-term="san-qi-lai">Three Togethers” of county governance</a>');
  });
});

describe('terms in the titles of other documents', () => {
  it('are not marked: a term inside 《…》 is part of a name', () => {
    const { docs, occurrences } = site(
      { 'liu-wen.md': entry({}) },
      {
        zh: '@title\n# 示例\n\n@1.0.1\n按照《关于做好六稳工作的意见》，扎实做好六稳工作。\n',
        en: '@title\n# Example\n\n@1.0.1\nFollowing the Opinions on Six Fronts, we will ensure stability on six fronts.\n',
      },
    )();
    expect(docs[0]!.paragraphs[1]!.zh.html).toBe('按照《关于做好六稳工作的意见》，扎实做好<a class="term" href="/glossary/#liu-wen" data-term="liu-wen">六稳</a>工作。');
    expect(occurrences.map((o) => o.before.slice(-4) + o.match)).toEqual(['扎实做好六稳']);
  });

  it('need no rendering in the English, also in a title nested in a title', () => {
    const run = site(
      { 'liu-wen.md': entry({}) },
      {
        zh: '@title\n# 示例\n\n@1.0.1\n扎实做好六稳工作。\n\n@1.0.2\n学习《关于印发〈六稳工作方案〉的通知》《六稳》。\n',
        en: '@title\n# Example\n\n@1.0.1\nWe will ensure stability on six fronts.\n\n@1.0.2\nWe studied the Notice on the Work Plan and the Six.\n',
      },
    );
    expect(run().docs[0]!.paragraphs[2]!.zh.html).not.toContain('class="term"');
  });
});

describe('glossary messages point at the real mistake and its line', () => {
  function glossaryErrors(files: Record<string, string>): string[] {
    const errors = new ErrorList();
    loadGlossary(sampleProject({}, files), errors);
    return errors.errors.map((e) => e.message);
  }

  it('an invalid entry is reported once, not again by each entry that relates to it', () => {
    const related = '[liu-bao]';
    expect(
      glossaryErrors({
        'liu-wen.md': entry({ related }),
        'si-hao-nong-cun-lu.md': entry({ zh: '四好农村路', pinyin: 'sì hǎo nóngcūn lù', en: 'Four Good Rural Roads', related }),
        'liu-bao.md': entry({ zh: '六保', pinyin: 'liù bǎo', en: 'security in six areas', level: '' }),
      }),
    ).toEqual(['glossary/liu-bao.md:2: level is missing']);
  });

  it('an unknown related entry in a list is reported at its item', () => {
    expect(glossaryErrors({ 'liu-wen.md': entry({ related: '\n  - liu-wen\n  - liu-bao' }) })).toEqual(['glossary/liu-wen.md:9: related entry "liu-bao" does not exist in glossary/']);
  });

  it('a duplicate Chinese given as a variant is reported at the variant', () => {
    const files = { 'liu-wen.md': entry({}), 'wen-jiu-ye.md': entry({ zh: '稳就业', pinyin: 'wěn jiùyè', en: 'stable employment', variants: '\n  - 保就业\n  - 六稳' }) };
    expect(glossaryErrors(files)).toEqual(['glossary/wen-jiu-ye.md:9: the Chinese "六稳" is already an entry: glossary/liu-wen.md']);
  });

  it('an unclosed quotation mark is reported on its own line, not where the value runs out', () => {
    expect(glossaryErrors({ 'liu-wen.md': entry({ en: '"stability on six fronts' }) })).toEqual(['glossary/liu-wen.md:4: malformed YAML: Missing closing "quote']);
  });

  it('an unclosed bracket is reported on its own line', () => {
    const [first] = glossaryErrors({ 'liu-wen.md': entry({ variants: '[稳就业, 稳金融', related: '[]' }) });
    expect(first).toMatch(/^glossary\/liu-wen\.md:7: malformed YAML: Flow sequence/);
  });

  it('an entry with lone-CR line endings reads like any other, with the same lines', () => {
    expect(glossaryErrors({ 'liu-wen.md': entry({}).replace(/\n/g, '\r') })).toEqual([]);
    expect(glossaryErrors({ 'liu-wen.md': entry({ pinyin: 'liu wen' }).replace(/\n/g, '\r') })[0]).toMatch(/^glossary\/liu-wen\.md:3: pinyin must carry tone marks/);
    expect(glossaryErrors({ 'liu-wen.md': entry({}, 'See [x](javascript:alert(1)).').replace(/\n/g, '\r') })[0]).toMatch(/^glossary\/liu-wen\.md:8: link target/);
  });
});

describe('glossary errors', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['a term that occurs in no text', { 'liu-wen.md': entry({}), 'si-hao-nong-cun-lu.md': ROAD, 'liu-bao.md': entry({ zh: '六保', pinyin: 'liù bǎo', en: 'security in six areas' }) }, 'glossary/liu-bao.md:2: the term 六保 occurs in no text'],
    ['two entries with the same Chinese', { 'liu-wen.md': entry({}), 'liu-wen-2.md': entry({}), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:2: the Chinese "六稳" is already an entry: glossary/liu-wen-2.md'],
    ['a missing field', { 'liu-wen.md': entry({ level: '' }), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:2: level is missing'],
    ['pinyin without tones', { 'liu-wen.md': entry({ pinyin: 'liu wen' }), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:3: pinyin must carry tone marks'],
    ['a source that is neither a URL nor a document', { 'liu-wen.md': entry({ sources: '\n  - title: Somewhere' }), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:8: sources.0 needs a url or a named document'],
    ['a source URL that is not http', { 'liu-wen.md': entry({ sources: '\n  - title: X\n    url: "javascript:alert(1)"' }), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:9: sources.0.url must be an http or https URL'],
    ['high confidence without a source', { 'liu-wen.md': entry({ confidence: 'high' }), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:6: confidence is high but no source is given'],
    ['raw HTML in a definition', { 'liu-wen.md': entry({}, 'Six <img src=x onerror=alert(1)> fronts.'), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:8: raw HTML is not allowed in Markdown'],
    ['a javascript: link in a definition', { 'liu-wen.md': entry({}, 'See [this](javascript:alert(1)).'), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:8: link target "javascript:alert(1)" is not allowed'],
    ['an unknown related entry', { 'liu-wen.md': entry({ related: '[liu-bao]' }), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:7: related entry "liu-bao" does not exist'],
    ['an empty definition', { 'liu-wen.md': entry({}, ''), 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:8: the entry has no definition'],
    ['no front matter', { 'liu-wen.md': 'Just text.', 'si-hao-nong-cun-lu.md': ROAD }, 'glossary/liu-wen.md:1: the entry must start with front matter'],
  ];
  it.each(cases)('%s', (_name, files, expected) => {
    const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(site(files)).toThrowError(new RegExp(`^${escaped}`, 'm'));
  });

  it('reports a paragraph whose English lacks the rendering of a term in its Chinese', () => {
    const run = site({ 'liu-wen.md': entry({}), 'si-hao-nong-cun-lu.md': ROAD }, { zh: ZH, en: EN.replace('stability on six fronts', 'six stabilities') });
    expect(run).toThrowError(/^texts\/sample\/en\.md:4: paragraph 1\.0\.1 has 六稳 \(glossary\/liu-wen\.md\) in the Chinese but not its rendering "stability on six fronts" in the English/m);
  });
});
