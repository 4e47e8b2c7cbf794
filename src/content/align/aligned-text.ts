/**
 * A text folder's paragraphs with their authored sentence alignment, as the aligners see them:
 * each paragraph's sentences (src/content/sentences.ts) and the checked groups. This is the
 * answer the aligners are measured against (tests, bench). Building the site reads the same
 * files through load-text.ts, which also validates and renders them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseBlocks } from '../load/blocks.ts';
import { ErrorList } from '../errors.ts';
import { inlineSource } from '../load/markdown.ts';
import { parseAlignment, splitSentences } from '../annotate/sentences.ts';
import type { AlignedParagraph } from './synthetic.ts';

export interface AlignedTextParagraph extends AlignedParagraph {
  id: string;
  /** Each language's Markdown source of the paragraph. */
  markdown: { zh: string; en: string };
}

/** Reads texts/<slug>/{zh.md,en.md,alignment.yaml}; throws at the first paragraph that does not match. */
export function readAlignedText(dir: string): AlignedTextParagraph[] {
  const errors = new ErrorList();
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const zh = parseBlocks(read('zh.md'), join(dir, 'zh.md'), errors);
  const en = new Map(parseBlocks(read('en.md'), join(dir, 'en.md'), errors).map((b) => [b.id, b]));
  errors.throwIfAny();
  const alignment = parse(read('alignment.yaml')) as Record<string, string>;
  return zh.map((block) => {
    const english = en.get(block.id);
    const spec = alignment[block.id];
    if (!english || spec === undefined) throw new Error(`${dir}: paragraph ${block.id} has no ${english ? 'alignment' : 'English'}`);
    const sentences = { zh: splitSentences(inlineSource(block.markdown), 'zh'), en: splitSentences(inlineSource(english.markdown), 'en') };
    const parsed = parseAlignment(spec, { zh: sentences.zh.length, en: sentences.en.length });
    if ('error' in parsed) throw new Error(`${dir}: paragraph ${block.id}: ${parsed.error}`);
    return { id: block.id, markdown: { zh: block.markdown, en: english.markdown }, ...sentences, groups: parsed.groups };
  });
}
