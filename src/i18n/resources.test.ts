import { describe, expect, it } from 'vitest';
import { resources, translate } from './resources.ts';

function keys(node: unknown, prefix = ''): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

/** Placeholders a string uses; a Chinese citation may put the Chinese title where English puts the English one. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => (m[1] === 'titleZh' ? 'title' : m[1]!)))].sort();
}

describe('interface strings', () => {
  it('each translation uses the same placeholders as the English', () => {
    const en = resources.en as unknown as Record<string, Record<string, string>>;
    const zh = resources.zh as unknown as Record<string, Record<string, string>>;
    for (const key of keys(resources.en)) {
      const [group, leaf] = key.split('.') as [string, string];
      expect(placeholders(zh[group]![leaf]!), key).toEqual(placeholders(en[group]![leaf]!));
    }
  });

  it('interpolate and pick plural forms', () => {
    expect(translate('en', 'home.paragraphs', { count: 1 })).toBe('1 paragraph');
    expect(translate('en', 'home.paragraphs', { count: 37 })).toBe('37 paragraphs');
    expect(translate('zh', 'home.paragraphs', { count: 37 })).toBe('37 段');
  });
});
