import { sitePath } from '../base.ts';
import type { UiKey } from '../../i18n/resources.ts';
import type { RenderedBlock } from '../load/markdown.ts';
import type { Paragraph, TextDoc } from '../load/text.ts';
import { TEXT_LEVELS, type TextLevel } from '../check/schema.ts';
import { escapeHtml } from '../load/markdown.ts';

/** What the pages across texts (tracker, comparison) share about a text. */

export const TEXT_LEVEL_KEY: Record<TextLevel, UiKey> = {
  national: 'tracker.levelNational',
  provincial: 'tracker.levelProvincial',
  municipal: 'tracker.levelMunicipal',
  county: 'tracker.levelCounty',
};

/** Levels from the top down, the order in which the tracker groups texts. */
export const LEVEL_ORDER: readonly TextLevel[] = TEXT_LEVELS;

/**
 * The English that translates a paragraph: its own block, or the block of the earlier paragraph
 * it was translated together with. Undefined when there is none yet: pages then say
 * "translation not yet available" instead of showing an empty cell.
 */
export function englishOf(doc: TextDoc, p: Paragraph): RenderedBlock | undefined {
  if (p.english.state === 'own') return p.en.text.trim() ? p.en : undefined;
  if (p.english.state === 'with') {
    const target = p.english.id;
    const shared = doc.paragraphs.find((q) => q.id === target);
    return shared && shared.english.state === 'own' && shared.en.text.trim() ? shared.en : undefined;
  }
  return undefined;
}

/** The name a list or a chart gives a text: its short English title. */
export const textName = (doc: TextDoc) => doc.meta.shortTitle?.en ?? doc.meta.title.en;
export const textNameZh = (doc: TextDoc) => doc.meta.shortTitle?.zh ?? doc.meta.title.zh;

const hanCounts = new WeakMap<TextDoc, number>();

/** Han characters of the Chinese: the length of a text as Chinese counts it (字). Every tracker page asks. */
export function hanCount(doc: TextDoc): number {
  let n = hanCounts.get(doc);
  if (n === undefined) {
    n = 0;
    for (const p of doc.paragraphs) n += p.zh.text.match(/\p{Script=Han}/gu)?.length ?? 0;
    hanCounts.set(doc, n);
  }
  return n;
}

/** A link to a paragraph of a text, "¶ 1.0.2". */
export const paragraphHref = (doc: TextDoc, id: string) => sitePath(`${escapeHtml(doc.slug)}/#${escapeHtml(id)}`);
