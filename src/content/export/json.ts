import type { Lang, TextDoc } from '../load/text.ts';
import { englishState, sentencesOf } from './segments.ts';

/**
 * JSON shaped like SuttaCentral's bilara-data, the model researchers cite: one flat object per
 * language, each key a segment id `<text>:<paragraph>` (`wuzhi-2020:1.0.2`, as bilara's
 * `mn1:1.1`), each value that segment's plain text, in reading order. The Chinese file holds every
 * paragraph; the English file only the paragraphs with English of their own, so an absent key
 * means "no English of its own" as in a bilara translation file. The slug in the key also keeps a
 * paragraph id like `12` from being read as an array index, which JavaScript would move to the
 * front of the object.
 *
 * The combined file adds what a flat file cannot say: each paragraph's kind, English state,
 * sentences and sentence groups (the numbers of alignment.yaml, counted from 1 into `sentences`).
 */

export const segmentId = (doc: TextDoc, paragraph: string) => `${doc.slug}:${paragraph}`;

/** bilara-data's root (Chinese) or translation (English) file of a text. */
export function bilaraJson(doc: TextDoc, lang: Lang): string {
  const segments = doc.paragraphs.filter((p) => lang === 'zh' || p.english.state === 'own').map((p) => [segmentId(doc, p.id), p[lang].text] as const);
  return `${JSON.stringify(Object.fromEntries(segments), null, 2)}\n`;
}

export interface CombinedParagraph {
  kind: 'heading' | 'paragraph';
  /** Heading level 1–6; 0 for a paragraph. */
  depth: number;
  zh: string;
  /** Empty unless `english` is `own`. */
  en: string;
  /** `own`, `missing`, or `with <paragraph id>`. */
  english: string;
  /** Each sentence's plain text, when the text has a sentence alignment. */
  sentences?: Record<Lang, string[]>;
  /** Which sentences translate which: numbers into `sentences`, counted from 1 as in alignment.yaml. */
  groups?: { zh: number[]; en: number[] }[];
}

export interface CombinedText {
  text: {
    id: string;
    title: { zh: string; en: string };
    issuer: { zh: string; en: string };
    date: string;
    source: string;
    translation: string | null;
    excerpt: { endsAfter: string; note: { zh: string; en: string } } | null;
  };
  segments: Record<string, CombinedParagraph>;
}

export function combinedJson(doc: TextDoc): string {
  const { meta } = doc;
  const combined: CombinedText = {
    text: {
      id: doc.slug,
      title: { zh: meta.title.zh, en: meta.title.en },
      issuer: meta.issuer,
      date: meta.date,
      source: [meta.source.description, meta.source.url].filter(Boolean).join(' '),
      translation: meta.translation?.credit ?? null,
      excerpt: meta.excerpt ?? null,
    },
    segments: Object.fromEntries(
      doc.paragraphs.map((p) => {
        const paragraph: CombinedParagraph = { kind: p.kind, depth: p.depth, zh: p.zh.text, en: p.en.text, english: englishState(p) };
        if (p.sentenceGroups) {
          paragraph.sentences = { zh: sentencesOf(doc, p, 'zh'), en: sentencesOf(doc, p, 'en') };
          paragraph.groups = p.sentenceGroups;
        }
        return [segmentId(doc, p.id), paragraph];
      }),
    ),
  };
  return `${JSON.stringify(combined, null, 2)}\n`;
}
