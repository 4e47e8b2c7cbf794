import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorList } from '../errors.ts';
import { SAMPLE_META, sampleProject } from '../fixtures/sample.ts';
import { HOSTILE } from '../fixtures/hostile.ts';
import { loadGlossary } from '../load/glossary.ts';
import { loadText } from '../load/text.ts';
import { judgeLink, renderMarkdown, renderTextBlock } from '../load/markdown.ts';
import { TextMetaSchema } from './schema.ts';
import { parseYamlChecked } from '../load/yaml.ts';

/**
 * What the renderer may emit, by allow-list: these tags with these attributes, and links only to
 * http(s), mailto or this site, written out plainly (no backslash, space or control character).
 */
const TAGS = new Set(['p', 'strong', 'em', 'del', 'code', 'br', 'a', 'span', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ATTRIBUTES = new Set(['href', 'title', 'rel', 'class', 'start']);
const PLAIN_HREF = /^(?:https?:\/\/[^/\\]|mailto:|\/(?![/\\])|#)[^\s\\]*$/;

function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [, tag = '', attrs = ''] = m;
    if (!TAGS.has(tag.toLowerCase())) problems.push(`tag <${tag}>`);
    for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) {
      const [, name = '', value = ''] = a;
      if (!ATTRIBUTES.has(name.toLowerCase())) problems.push(`attribute ${name}`);
      if (name === 'href' && !PLAIN_HREF.test(value)) problems.push(`href ${value}`);
    }
    if (/\son\w+/i.test(attrs.replace(/"[^"]*"/g, ''))) problems.push(`event handler in <${tag}>`);
  }
  return problems;
}

describe('hostile Markdown is rejected with a message or rendered inert', () => {
  it.each(HOSTILE.map((h) => [h]))('in a text paragraph: %s', (input) => {
    const errors = new ErrorList();
    const block = renderTextBlock(`Before ${input} after.`, { file: 'texts/x/en.md', line: 8, errors });
    if (errors.errors.length > 0) {
      for (const e of errors.errors) expect(e.message).toMatch(/^texts\/x\/en\.md:\d+: [a-z"].+/);
    } else {
      expect(unsafeParts(block.html)).toEqual([]);
    }
  });

  it.each(HOSTILE.map((h) => [h]))('in a glossary definition: %s', (input) => {
    const errors = new ErrorList();
    const html = renderMarkdown(`A definition.\n\n${input}\n\n- an item ${input}`, { file: 'glossary/x.md', line: 9, errors });
    if (errors.errors.length > 0) {
      for (const e of errors.errors) expect(e.message).toMatch(/^glossary\/x\.md:\d+: .+/);
    } else {
      expect(unsafeParts(html)).toEqual([]);
    }
  });

  it('rejects the dangerous ones outright, naming what is wrong', () => {
    const reasons = HOSTILE.map((input) => {
      const errors = new ErrorList();
      renderTextBlock(`Before ${input} after.`, { file: 'texts/x/en.md', line: 8, errors });
      return errors.errors.map((e) => e.reason).join('; ');
    });
    expect(reasons.filter((r) => r.startsWith('raw HTML is not allowed')).length).toBeGreaterThanOrEqual(20);
    expect(reasons.filter((r) => r.startsWith('link target')).length).toBeGreaterThanOrEqual(14);
  });
});

describe('links are judged as a browser reads them', () => {
  const ANOTHER_SITE = (host: string) => `it leads to another site, ${host} (a browser reads "/\\" and "\\\\" as "//"); write the full https:// address for an external link`;
  const SCHEME = (scheme: string) => `it is a ${scheme} address; use http, https, mailto or a path on this site`;
  const refused: [string, string, string][] = [
    ['a backslash after the first slash', '[x](/\\attacker.invalid/)', `"/\\attacker.invalid/" is not allowed: ${ANOTHER_SITE('attacker.invalid')}`],
    ['a tab between the two slashes', '[x](</\t/attacker.invalid/>)', `"/\\t/attacker.invalid/" is not allowed: ${ANOTHER_SITE('attacker.invalid')}`],
    ['two backslashes', '[x](\\\\\\\\attacker.invalid/)', `"\\\\attacker.invalid/" is not allowed: ${ANOTHER_SITE('attacker.invalid')}`],
    ['two slashes', '[x](//attacker.invalid/)', `"//attacker.invalid/" is not allowed: ${ANOTHER_SITE('attacker.invalid')}`],
    ['an encoded backslash opening the path', '[x](/%5Cattacker.invalid/)', `"/%5Cattacker.invalid/" is not allowed: its path starts with an encoded "/" or "\\" (%5C), which some servers read as another site's address`],
    ['an encoded slash opening the path', '[x](/%2fattacker.invalid/)', `"/%2fattacker.invalid/" is not allowed: its path starts with an encoded "/" or "\\" (%2f), which some servers read as another site's address`],
    ['javascript: with a tab inside', '[x](<java\tscript:alert(1)>)', `"java\\tscript:alert(1)" is not allowed: ${SCHEME('javascript:')}`],
    ['javascript: after a leading control character', '[x](<\u0001javascript:alert(1)>)', `"\\u0001javascript:alert(1)" is not allowed: ${SCHEME('javascript:')}`],
    ['javascript: between spaces', '[x](< javascript:alert(1) >)', `" javascript:alert(1) " is not allowed: ${SCHEME('javascript:')}`],
    ['javascript: in mixed case', '[x](JaVaScRiPt:alert(1))', `"JaVaScRiPt:alert(1)" is not allowed: ${SCHEME('javascript:')}`],
    ['javascript: hidden by a numeric reference', '[x](&#106;avascript:alert(1))', '"&#106;avascript:alert(1)" is not allowed: it holds the HTML character reference "&#106;"; write the character itself'],
    ['javascript: hidden by a named reference', '[x](javascript&colon;alert(1))', '"javascript&colon;alert(1)" is not allowed: it holds the HTML character reference "&colon;"; write the character itself'],
    ['a data: address', '[x](data:text/html,x)', `"data:text/html,x" is not allowed: ${SCHEME('data:')}`],
    ['a relative path', '[x](report.html)', '"report.html" is not allowed: a path on this site must start with "/"'],
    ['an address that does not parse', '[x](<https://exa mple.org/>)', `"https://exa mple.org/" is not allowed: it is not a valid address; use http, https, mailto or a path on this site`],
  ];
  it.each(refused)('refuses %s', (_name, markdown, message) => {
    const errors = new ErrorList();
    const block = renderTextBlock(`See ${markdown} here.`, { file: 'texts/x/en.md', line: 8, errors });
    expect(errors.errors.map((e) => e.message)).toEqual([`texts/x/en.md:8: link target ${message}`]);
    expect(block.html).not.toContain('<a ');
  });

  it('refuses a backslash in a reference definition, at the line of the link that uses it', () => {
    const errors = new ErrorList();
    renderMarkdown('A definition.\n\nSee [x][r].\n\n[r]: /\\attacker.invalid/', { file: 'glossary/x.md', line: 8, errors });
    expect(errors.errors.map((e) => e.message)).toEqual([
      `glossary/x.md:10: link target "/\\attacker.invalid/" is not allowed: ${ANOTHER_SITE('attacker.invalid')}`,
      'glossary/x.md:12: unsupported Markdown (def)',
    ]);
  });

  const written: [string, string, string][] = [
    ['a path on this site', '[x](/glossary/#liu-wen)', '<a href="/glossary/#liu-wen">x</a>'],
    ['a path with a space, encoded', '[x](</glossary/a b>)', '<a href="/glossary/a%20b">x</a>'],
    ['a path between spaces, trimmed', '[x](< /glossary/ >)', '<a href="/glossary/">x</a>'],
    ['a fragment', '[x](#1.4.1)', '<a href="#1.4.1">x</a>'],
    ['HTTPS in capitals, lowered', '[x](HTTPS://Example.ORG/Report)', '<a href="https://example.org/Report" rel="noopener noreferrer">x</a>'],
    ['an http address', '[x](http://www.gov.cn/zhengce/?a=1&b=2)', '<a href="http://www.gov.cn/zhengce/?a=1&amp;b=2" rel="noopener noreferrer">x</a>'],
    ['a mailto address', '[x](mailto:editor@example.org)', '<a href="mailto:editor@example.org">x</a>'],
  ];
  it.each(written)('writes %s as the normalised address', (_name, markdown, html) => {
    const errors = new ErrorList();
    const block = renderTextBlock(`See ${markdown} here.`, { file: 'texts/x/en.md', line: 8, errors });
    expect(errors.errors).toEqual([]);
    expect(block.html).toBe(`See ${html} here.`);
  });

  it('drops a line break inside an address before judging it, as a browser does', () => {
    // Markdown cannot carry a line break inside a link target; a caller of judgeLink might.
    expect(judgeLink('/\n/attacker.invalid/')).toEqual({ reason: ANOTHER_SITE('attacker.invalid') });
    expect(judgeLink('java\r\nscript:alert(1)')).toEqual({ reason: SCHEME('javascript:') });
    expect(judgeLink('/glo\nssary/')).toEqual({ href: '/glossary/', external: false });
  });
});

const ZH = '@title\n# 示例\n\n@1.0.1\n第一段。\n';
const EN = '@title\n# Example\n\n@1.0.1\nFirst paragraph.\n';
const loadSample = (files: Record<string, string | Uint8Array>) => {
  const root = sampleProject({ 'zh.md': ZH, 'en.md': EN, ...files });
  return () => loadText(join(root, 'texts', 'sample'), { root });
};
const GLOSSARY_ENTRY = '---\nzh: 六稳\npinyin: liù wěn\nen: stability on six fronts\nlevel: national\nconfidence: low\n---\nA definition.\n';
function glossaryErrors(entry: string): string[] {
  const root = sampleProject({}, { 'liu-wen.md': entry });
  const errors = new ErrorList();
  loadGlossary(root, errors);
  return errors.errors.map((e) => e.message);
}
const messages = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    return String((error as Error).message).split('\n');
  }
  return [];
};

describe('invisible control and direction characters are refused at the source', () => {
  const CONTROL = 'an invisible control character; delete it (content files may hold tabs and line breaks, no other control characters)';
  const BIDI = 'which changes the order in which the text around it is shown, so a reader could see something other than what is written; delete it (Chinese and English need no direction marks)';
  const cases: [string, Record<string, string>, string][] = [
    ['NUL in the Chinese', { 'zh.md': ZH.replace('第一段。', '第一\u0000段。') }, `texts/sample/zh.md:5: column 3 holds U+0000 NULL, ${CONTROL}`],
    ['ESCAPE in the English', { 'en.md': EN.replace('First', 'Fi\u001b[31mrst') }, `texts/sample/en.md:5: column 3 holds U+001B ESCAPE, ${CONTROL}`],
    ['DELETE in the English', { 'en.md': EN.replace('First', '\u007fFirst') }, `texts/sample/en.md:5: column 1 holds U+007F DELETE, ${CONTROL}`],
    ['a C1 control in meta.yaml', { 'meta.yaml': SAMPLE_META.replace('zh: 示例\n', 'zh: 示例\u0085\n') }, `texts/sample/meta.yaml:2: column 9 holds U+0085 (a C1 control character), ${CONTROL}`],
    ['a form feed in alignment.yaml', { 'alignment.yaml': 'title: "1=1"\n\u000c\n"1.0.1": "1=1"\n' }, `texts/sample/alignment.yaml:2: column 1 holds U+000C FORM FEED, ${CONTROL}`],
    ['RIGHT-TO-LEFT OVERRIDE in the English', { 'en.md': EN.replace('First paragraph.', 'Pay \u202e0001\u202c yuan.') }, `texts/sample/en.md:5: column 5 holds U+202E RIGHT-TO-LEFT OVERRIDE, ${BIDI}`],
    ['a column counted in characters, not code units', { 'zh.md': ZH.replace('第一段。', '𠀀第\u2066一段。') }, `texts/sample/zh.md:5: column 3 holds U+2066 LEFT-TO-RIGHT ISOLATE, ${BIDI}`],
    ['an override written as a YAML escape', { 'meta.yaml': SAMPLE_META.replace('en: Example\n', 'en: "Exam\\u202Eple"\n') }, `texts/sample/meta.yaml:3: a value written with an escape holds U+202E RIGHT-TO-LEFT OVERRIDE, ${BIDI}`],
  ];
  it.each(cases)('%s', (_name, files, message) => {
    expect(messages(loadSample(files))[0]).toBe(message);
  });

  it('in a YAML value given to the parser directly, named at its line', () => {
    const errors = new ErrorList();
    expect(parseYamlChecked(SAMPLE_META.replace('en: Example\n', 'en: Exam\u202eple\n'), 'texts/x/meta.yaml', TextMetaSchema, errors)).toBeUndefined();
    expect(errors.errors.map((e) => e.message)).toEqual([`texts/x/meta.yaml:3: a value holds U+202E RIGHT-TO-LEFT OVERRIDE, ${BIDI}`]);
  });

  it('reports each of them, and counts those past the tenth', () => {
    const found = messages(loadSample({ 'en.md': EN.replace('First paragraph.', 'First\u0007 paragraph.\n'.repeat(12)) }));
    expect(found).toHaveLength(11);
    expect(found[0]).toBe(`texts/sample/en.md:5: column 6 holds U+0007 BELL, ${CONTROL}`);
    expect(found[9]).toBe(`texts/sample/en.md:14: column 6 holds U+0007 BELL, ${CONTROL}`);
    expect(found[10]).toBe('texts/sample/en.md:16: 2 more invisible control or direction characters are in this file, the last on this line; delete them all');
  });

  it('in a glossary entry, and the rest of the glossary still loads', () => {
    expect(glossaryErrors(GLOSSARY_ENTRY.replace('A definition.', 'A defin\u202eition.'))).toEqual([`glossary/liu-wen.md:8: column 8 holds U+202E RIGHT-TO-LEFT OVERRIDE, ${BIDI}`]);
  });

  it('lets tabs and all three line endings through', () => {
    const doc = loadSample({ 'en.md': EN.replace('First paragraph.', 'First\tparagraph.').replace(/\n/g, '\r\n') })();
    expect(doc.paragraphs[1]!.en.text).toBe('First\tparagraph.');
  });
});

describe('YAML aliases are refused, so an alias bomb is one located message', () => {
  // Seven levels of nine aliases each would expand to 9^7 (4.8 million) values.
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)];
  const MESSAGE = 'YAML aliases such as *a are not allowed in content files (this file has 54); write each value out in full';

  it('in meta.yaml', () => {
    const meta = `${SAMPLE_META}${bomb.join('\n')}\n`;
    const line = meta.split('\n').indexOf(bomb[1]!) + 1;
    expect(messages(loadSample({ 'meta.yaml': meta }))).toEqual([`texts/sample/meta.yaml:${line}: ${MESSAGE}`]);
  });

  it('in alignment.yaml', () => {
    const alignment = `title: "1=1"\n"1.0.1": "1=1"\n${bomb.join('\n')}\n`;
    expect(messages(loadSample({ 'alignment.yaml': alignment }))[0]).toBe(`texts/sample/alignment.yaml:4: ${MESSAGE}`);
  });

  it('in the front matter of a glossary entry', () => {
    const entry = GLOSSARY_ENTRY.replace('confidence: low\n', `confidence: low\n${bomb.join('\n')}\n`);
    expect(glossaryErrors(entry)).toEqual([`glossary/liu-wen.md:8: ${MESSAGE}`]);
  });

  it('even a single harmless one', () => {
    const meta = SAMPLE_META.replace('citeAs: Tests', 'citeAs: &who Tests\n  credit2: *who');
    const line = meta.split('\n').indexOf('  credit2: *who') + 1;
    expect(messages(loadSample({ 'meta.yaml': meta }))).toEqual([`texts/sample/meta.yaml:${line}: YAML aliases such as *who are not allowed in content files (this file has one); write each value out in full`]);
  });
});

describe('size limits end a huge file or paragraph with file:line', () => {
  it('a paragraph of 10 MB: the file limit, at the line where it is passed', () => {
    const en = EN.replace('First paragraph.', 'a'.repeat(10_000_000));
    expect(messages(loadSample({ 'en.md': en }))).toEqual(['texts/sample/en.md:5: the file is 9.5 MB, more than the 2 MB allowed for a language file (a national report is about 0.1 MB); the limit is passed on this line']);
  });

  it('a paragraph longer than 20,000 characters in a file within its limit', () => {
    const zh = ZH.replace('第一段。', '第一段，'.repeat(5_000) + '完。');
    expect(messages(loadSample({ 'zh.md': zh }))).toEqual(['texts/sample/zh.md:4: paragraph 1.0.1 has 20,002 characters, more than the 20,000 a paragraph may have (the longest of a national report has about 2,400); give each paragraph its own "@id"']);
  });

  it('a YAML file over 256 KB', () => {
    const alignment = `title: "1=1"\n"1.0.1": "1=1"\n${`# ${'x'.repeat(1021)}\n`.repeat(300)}`;
    // Two short lines (28 bytes), then comment lines of 1,024 bytes: byte 262,144 is on line 258.
    expect(messages(loadSample({ 'alignment.yaml': alignment }))).toEqual(['texts/sample/alignment.yaml:258: the file is 300 KB, more than the 256 KB allowed for a YAML file (a national report is about 0.1 MB); the limit is passed on this line']);
  });

  it('a glossary entry over 64 KB', () => {
    expect(glossaryErrors(GLOSSARY_ENTRY.replace('A definition.', 'Long. '.repeat(11_000)))).toEqual(['glossary/liu-wen.md:8: the file is 64.5 KB, more than the 64 KB allowed for a glossary entry (a national report is about 0.1 MB); the limit is passed on this line']);
  });

  it('a file that is not UTF-8 in the glossary is one message, not a stopped build', () => {
    const root = sampleProject({}, { 'liu-wen.md': GLOSSARY_ENTRY });
    mkdirSync(join(root, 'glossary'), { recursive: true });
    writeFileSync(join(root, 'glossary', 'liu-bao.md'), new Uint8Array([0x2d, 0x2d, 0x2d, 0x0d, 0xb5, 0xda]));
    const errors = new ErrorList();
    const entries = loadGlossary(root, errors);
    expect(errors.errors.map((e) => e.message)).toEqual(['glossary/liu-bao.md:2: the file is not valid UTF-8 (byte 4); save it as UTF-8 and try again']);
    expect(entries.map((e) => e.id)).toEqual(['liu-wen']);
  });
});
