import { z } from 'zod';
import { PARAGRAPH_ID } from '../../contract.ts';

/**
 * Every schema of the content: texts/<slug>/meta.yaml and alignment.yaml and indicators.yaml,
 * glossary/<id>.md front matter, and compare.yaml. Types come from them; the pieces they share
 * (slugs, ids, bilingual strings, dates, levels) are written once, here.
 */

/** Lowercase words joined by hyphens: a text folder, a glossary entry, an indicator. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Slug = z.string().regex(SLUG, 'must be lowercase words joined by hyphens');
const TextSlug = z.string().regex(SLUG, 'must be a text slug');

/** Administrative levels of an issuing government. */
export const TEXT_LEVELS = ['national', 'provincial', 'municipal', 'county'] as const;
export type TextLevel = (typeof TEXT_LEVELS)[number];

/** A phrase given in both languages. */
const Bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

const IsoDate = z.string().superRefine((d, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a date written YYYY-MM-DD' });
    return;
  }
  const parsed = new Date(`${d}T00:00:00Z`);
  // Date.parse accepts 2021-02-30 by rolling over to March; compare the parts back.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== d) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a real calendar date' });
  }
});

const ParagraphId = z.string().regex(PARAGRAPH_ID, 'is not a valid paragraph id');

/** texts/<slug>/meta.yaml */
export const TextMetaSchema = z
  .object({
    /**
     * `pinyin` (optional): the title in Hanyu Pinyin as a citation romanizes it, words joined and
     * proper names capitalized (2020 nián Wǔzhì Xiàn zhèngfǔ gōngzuò bàogào); tone marks are
     * dropped in citations. Without it the build reads the characters one by one (pinyin-pro).
     */
    title: Bilingual.extend({
      pinyin: z.string().min(1).regex(/^[^\u3400-\u9fff\uf900-\ufaff]+$/, 'must be in pinyin (Latin letters), not characters').optional(),
    }).strict(),
    /** Short title for citations and lists. */
    shortTitle: Bilingual.optional(),
    issuer: Bilingual,
    speaker: z.object({ name: Bilingual, role: Bilingual }).strict().optional(),
    date: IsoDate,
    occasion: Bilingual.optional(),
    place: Bilingual.optional(),
    /** The administrative level of the issuer, for grouping texts across the library. */
    level: z.enum(TEXT_LEVELS),
    source: z
      .object({
        description: z.string().min(1),
        /** The official original. */
        url: z.string().url().optional(),
        retrieved: IsoDate.optional(),
        /** An archived copy of the original (a web archive's address); never made up. */
        archived: z.string().url().refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL').optional(),
        /**
         * What the cleaned source holds, counted once by a person: Han characters and sentences
         * (。！？). The build checks the Chinese against it, so no later edit loses a sentence unseen.
         */
        counts: z.object({ han: z.number().int().nonnegative(), sentences: z.number().int().nonnegative() }).strict().optional(),
      })
      .strict(),
    /** Absent for a text that has no English yet (Chinese only). */
    translation: z
      .object({
        /**
         * `project`: made for this reader; it follows the glossary and is checked strictly (every
         * paragraph translated, every term in its glossary rendering, every figure). `existing`: a
         * translation taken as it is (an official English); other renderings and untranslated
         * paragraphs are reported, not refused.
         */
        kind: z.enum(['project', 'existing']).default('project'),
        credit: z.string().min(1),
        /** The translator as a citation names it (short): "Policy Reader contributors". */
        citeAs: z.string().min(1),
        /** When the translation was published: YYYY, YYYY-MM or YYYY-MM-DD (its own date, not the report's). */
        date: z.coerce.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year or a date written YYYY, YYYY-MM or YYYY-MM-DD').optional(),
        note: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    excerpt: z
      .object({
        /** The last paragraph the source contains. */
        endsAfter: ParagraphId,
        note: Bilingual,
      })
      .strict()
      .optional(),
    /** For approximate US dollar values of yuan figures: a rate with its published source. */
    exchangeRate: z
      .object({
        cnyPerUsd: z.number().positive(),
        year: z.number().int().min(1949).max(2100),
        source: z.string().min(10, 'must name where the rate is published'),
      })
      .strict()
      .optional(),
    /** Old paragraph ids that must keep working after a split or merge: old id -> current id. */
    aliases: z.record(ParagraphId, ParagraphId).default({}),
  })
  .strict();

export type TextMeta = z.infer<typeof TextMetaSchema>;

/** texts/<slug>/alignment.yaml: for each paragraph id, its sentence groups, e.g. "1=1 2=2+3". */
export const AlignmentSchema = z.record(ParagraphId, z.string().min(1, 'must list the sentence groups, e.g. 1=1 2=2'));

const Source = z
  .object({
    title: z.string().min(1),
    url: z
      .string()
      .url('must be a full URL')
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL')
      .optional(),
    /** A published document named precisely enough to be found (issuer, title, number, date). */
    document: z.string().min(10, 'must name the document precisely (issuer, title, date)').optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.document !== undefined, 'needs a url or a named document');

/** glossary/<id>.md front matter. The definition is the Markdown body. */
export const GlossaryEntrySchema = z
  .object({
    /** The term as it appears in the Chinese text. */
    zh: z.string().min(1),
    /** Other forms of the term in Chinese texts. */
    variants: z.array(z.string().min(1)).default([]),
    pinyin: z.string().min(1).regex(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/, 'must carry tone marks (e.g. sì hǎo nóngcūn lù)'),
    /** The English rendering, exactly as the translation uses it. */
    en: z.string().min(1),
    /** Other forms of the rendering found in translations (a plural, a possessive). */
    enVariants: z.array(z.string().min(1)).default([]),
    level: z.enum(['national', 'Henan', 'Jiaozuo', 'Wuzhi']),
    /**
     * false when no source says who coined the term: `level` is then our most likely reading,
     * and the reader is told so instead of seeing a guess stated as fact.
     */
    levelEstablished: z.boolean().default(true),
    confidence: z.enum(['high', 'medium', 'low']),
    sources: z.array(Source).default([]),
    related: z.array(z.string().regex(SLUG, 'must be an entry id')).default([]),
  })
  .strict()
  .refine((e) => e.confidence !== 'high' || e.sources.length > 0, {
    message: 'is high but no source is given; lower it or add a source',
    path: ['confidence'],
  });

export type GlossaryEntryData = z.infer<typeof GlossaryEntrySchema>;

/** texts/<slug>/indicators.yaml: the text's headline figures, each pointing at its paragraph. */
export const IndicatorsSchema = z.array(
  z
    .object({
      id: Slug.describe('indicator id'),
      name: Bilingual,
      period: z.string().min(1),
      /** The level, written exactly as in the paragraph (463.3亿元). */
      value: z.string().min(1).optional(),
      /** The change, signed, its figure written exactly as in the paragraph (+7.9%, -3.5%). */
      change: z.string().regex(/^[+-]/, 'must start with + (up) or - (down)').optional(),
      paragraph: ParagraphId,
      chart: z.enum(['growth']).optional(),
      /** For a target: the id of the indicator it sets a target for. */
      target: z.string().optional(),
    })
    .strict()
    .refine((i) => i.value !== undefined || i.change !== undefined, { message: 'needs a value or a change', path: ['value'] }),
);

/** compare.yaml at the content root: comparisons beyond those of consecutive texts of one issuer. */
export const CompareConfigSchema = z
  .object({
    pairs: z.array(z.tuple([TextSlug, TextSlug])).default([]),
  })
  .strict();
