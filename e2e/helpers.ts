import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export interface SourceParagraph {
  id: string;
  zh: string;
  en: string;
}

/**
 * A text's paragraphs as its files are written, read here without the build's loader (which the
 * page was made with), so that a test compares what a person sees with what went in: each block
 * after its `@id` line, with the Markdown a reader does not see (`#`, `**`, a backslash escape, a
 * hard line break's backslash) taken away. Fixture and Wuzhi texts use no other Markdown.
 */
export function sourceParagraphs(slug: string): SourceParagraph[] {
  const read = (lang: 'zh' | 'en') => {
    const parts = readFileSync(join(root, 'texts', slug, `${lang}.md`), 'utf8').split(/^@(\S+)[ \t]*\r?$/m);
    const blocks = new Map<string, string>();
    for (let i = 1; i < parts.length; i += 2) {
      const text = parts[i + 1]!.trim().replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '').replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
      blocks.set(parts[i]!, text);
    }
    return blocks;
  };
  const zh = read('zh');
  const en = read('en');
  return [...zh].map(([id, text]) => ({ id, zh: text, en: en.get(id) ?? '' }));
}

export const READER = '/wuzhi-2020/';

/** From the page's start, adds up its layout shifts not caused by input (call before goto). */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __cls: number }).__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift added up since the page started (watchLayoutShift). */
export const layoutShift = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __cls: number }).__cls);
