import { describe, expect, it } from 'vitest';
import { ErrorList } from './errors.ts';
import { HOSTILE } from './fixtures/hostile.ts';
import { renderMarkdown, renderTextBlock } from './markdown.ts';

/**
 * What the renderer may emit, by allow-list: these tags with these attributes, and links only to
 * http(s), mailto or this site.
 */
const TAGS = new Set(['p', 'strong', 'em', 'del', 'code', 'br', 'a', 'span', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ATTRIBUTES = new Set(['href', 'title', 'rel', 'class', 'start']);

function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [, tag = '', attrs = ''] = m;
    if (!TAGS.has(tag.toLowerCase())) problems.push(`tag <${tag}>`);
    for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) {
      const [, name = '', value = ''] = a;
      if (!ATTRIBUTES.has(name.toLowerCase())) problems.push(`attribute ${name}`);
      if (name === 'href' && !/^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(value)) problems.push(`href ${value}`);
    }
    if (/\son\w+/i.test(attrs.replace(/"[^"]*"/g, ''))) problems.push(`event handler in <${tag}>`);
  }
  return problems;
}

describe('hostile Markdown is rejected with a message or rendered inert', () => {
  it('has at least 30 cases', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

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
    expect(reasons.filter((r) => r.startsWith('link target')).length).toBeGreaterThanOrEqual(6);
  });
});
