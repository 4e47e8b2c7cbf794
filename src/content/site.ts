import { join } from 'node:path';
import { ContentError, ContentErrors, ErrorList } from './errors.ts';
import { GlossaryAnnotator, loadGlossary, renderingForms, type GlossaryEntry, type Occurrence } from './glossary.ts';
import { FigureAnnotator } from './figure-annotator.ts';
import { loadIndicators, type Indicator } from './indicators.ts';
import { listTextDirs, loadText, type TextDoc } from './load-text.ts';
import { renderGlossaryPage, renderHome, renderIndicators, renderReader, searchIndex, termCards, type Page, type PageAssets } from './render-pages.ts';

export interface Site {
  docs: TextDoc[];
  glossary: GlossaryEntry[];
  occurrences: Occurrence[];
  figures: FigureAnnotator;
  /** Each text's headline indicators (texts/<slug>/indicators.yaml), by slug. */
  indicators: Map<string, Indicator[]>;
}

function collect(error: unknown, into: ErrorList): void {
  if (error instanceof ContentError) into.errors.push(error);
  else if (error instanceof ContentErrors) into.errors.push(...error.errors);
  else throw error;
}

/**
 * Loads the glossary and every text under `texts/`, annotating terms as the texts are rendered,
 * then checks them against each other. All content errors are reported together.
 */
export function loadSite(root: string): Site {
  const errors = new ErrorList();
  const glossary = loadGlossary(root, errors);
  const annotator = new GlossaryAnnotator(glossary);
  const figures = new FigureAnnotator();
  const docs: TextDoc[] = [];
  for (const slug of listTextDirs(join(root, 'texts'))) {
    try {
      docs.push(loadText(join(root, 'texts', slug), { root, annotate: (lang, paragraph) => annotator.transform(slug, lang, paragraph, figures.transform(slug, lang, paragraph)) }));
    } catch (error) {
      collect(error, errors);
    }
  }

  const byId = new Map(glossary.map((e) => [e.id, e]));
  for (const doc of docs) {
    for (const p of doc.paragraphs) {
      const key = `${doc.slug}#${p.id}`;
      const english = annotator.found.en.get(key) ?? new Set();
      for (const id of annotator.found.zh.get(key) ?? []) {
        if (english.has(id)) continue;
        const entry = byId.get(id)!;
        errors.add(`${doc.dir}/en.md`, p.lines.en, `paragraph ${p.id} has ${entry.zh} (${entry.file}) in the Chinese but not its rendering "${renderingForms(entry).join('" or "')}" in the English`);
      }
    }
  }
  const indicators = new Map<string, Indicator[]>();
  for (const doc of docs) indicators.set(doc.slug, loadIndicators(doc, root, errors));
  if (docs.length > 0) {
    const used = new Set(annotator.occurrences.map((o) => o.entry));
    for (const entry of glossary) {
      if (!used.has(entry.id)) errors.add(entry.file, 2, `the term ${entry.zh} occurs in no text; remove the entry or fix its Chinese`);
    }
  }
  errors.throwIfAny();
  return { docs, glossary, occurrences: annotator.occurrences, figures, indicators };
}

/** Every page of the site, from the content on disk. */
export function buildPages(root: string, assets: PageAssets): Page[] {
  const site = loadSite(root);
  return [
    renderHome(site.docs, assets),
    ...site.docs.flatMap((doc) => {
      const indicators = site.indicators.get(doc.slug) ?? [];
      return [
        renderReader(doc, assets, site),
        { path: `${doc.slug}/cards.json`, html: JSON.stringify({ ...termCards(doc, site), ...site.figures.cards(doc.slug, doc.meta.exchangeRate) }) },
        ...(indicators.length ? [renderIndicators(doc, indicators, assets)] : []),
      ];
    }),
    renderGlossaryPage(site, assets),
    { path: 'search-index.json', html: JSON.stringify(searchIndex(site)) },
    { path: 'robots.txt', html: 'User-agent: *\nAllow: /\n' },
  ];
}
