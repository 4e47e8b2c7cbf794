import type { Lang, Paragraph, TextDoc } from '../load/text.ts';

/**
 * What every download says about a paragraph, in one place: its English state and sentence
 * groups as alignment.yaml writes them, its sentences as plain text, and the translation units
 * the TMX pairs.
 */

/** `own`, `missing` (not translated yet), or `with 1.0.1` (its English is given with that paragraph). */
export function englishState(p: Paragraph): string {
  return p.english.state === 'with' ? `with ${p.english.id}` : p.english.state;
}

/** The sentence groups in alignment.yaml's notation, `1=1 2=2+3`; empty for a paragraph without. */
export function alignmentSpec(p: Paragraph): string {
  return (p.sentenceGroups ?? []).map((g) => `${g.zh.join('+')}=${g.en.join('+')}`).join(' ');
}

/**
 * Each sentence of an aligned paragraph as plain text, in order, without the space that stood
 * between two sentences: the plain text the renderer made from the sentence's own Markdown
 * tokens (markdown.ts), never recovered from its HTML.
 */
export function sentencesOf(doc: TextDoc, p: Paragraph, lang: Lang): string[] {
  const sentences = p[lang].sentences;
  if (!sentences) throw new Error(`${doc.dir}: paragraph ${p.id} has sentence groups but its ${lang} block was rendered without sentences`);
  return sentences.map((s) => s.trim());
}

/** One translation unit: a sentence group (n counts from 1), or a whole paragraph as n = 1. */
export interface Segment {
  n: number;
  zh: string;
  en: string;
}

/** Chinese sentences run on without a space; English ones are joined by one. */
const JOIN: Record<Lang, string> = { zh: '', en: ' ' };

/**
 * The translation units of a paragraph with English of its own: one per sentence group, or one
 * for the whole paragraph when the text has no sentence alignment. A paragraph without English
 * of its own (not translated yet, or translated together with an earlier one) has none: a unit
 * pairs a Chinese segment with its English.
 */
export function segments(doc: TextDoc, p: Paragraph): Segment[] {
  if (p.english.state !== 'own') return [];
  if (!p.sentenceGroups) return [{ n: 1, zh: p.zh.text.trim(), en: p.en.text.trim() }];
  const sentences = { zh: sentencesOf(doc, p, 'zh'), en: sentencesOf(doc, p, 'en') };
  const text = (lang: Lang, numbers: number[]) => numbers.map((n) => sentences[lang][n - 1]!).join(JOIN[lang]);
  return p.sentenceGroups.map((g, i) => ({ n: i + 1, zh: text('zh', g.zh), en: text('en', g.en) }));
}
