/**
 * What the pipeline knows about the library once it is loaded and annotated: the texts, the
 * glossary and what was found in them. site.ts builds it; the render and export stages read it
 * (a module of its own, so that the stages do not import the module that calls them).
 */
import type { CandidateTerm } from './annotate/candidates.ts';
import type { FigureAnnotator } from './annotate/figures.ts';
import type { ComparePair } from './compare/pairs.ts';
import type { GlossaryEntry } from './load/glossary.ts';
import type { GlossaryAnnotator, Occurrence } from './annotate/terms.ts';
import type { Indicator } from './load/indicators.ts';
import type { TextDoc } from './load/text.ts';

export interface Site {
  docs: TextDoc[];
  glossary: GlossaryEntry[];
  occurrences: Occurrence[];
  figures: FigureAnnotator;
  /** Each text's headline indicators (texts/<slug>/indicators.yaml), by slug. */
  indicators: Map<string, Indicator[]>;
  /**
   * Where an existing translation renders a glossary term otherwise than the glossary: reported
   * for the editor, never refused (the government's own English is published as it is).
   */
  termDifferences: TermDifference[];
  /** Formulations of each text that the glossary does not know yet, by slug. */
  candidates: Map<string, CandidateTerm[]>;
  /** Entries the matcher found in each paragraph's Chinese / English, keyed by `slug#paragraph`. */
  found: GlossaryAnnotator['found'];
  /** The comparisons to build: consecutive texts of one issuer, and the pairs of compare.yaml. */
  comparisons: ComparePair[];
}

export interface TermDifference {
  slug: string;
  /** The English file and the line of the paragraph's block. */
  file: string;
  line: number;
  paragraph: string;
  entry: GlossaryEntry;
}
