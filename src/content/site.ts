import { join } from 'node:path';
import type { Site, TermDifference } from './model.ts';
import { ContentError, ContentErrors, ErrorList } from './errors.ts';
import { loadGlossary, type GlossaryEntry } from './load/glossary.ts';
import { GlossaryAnnotator, renderingForms, type Occurrence } from './annotate/terms.ts';
import { FigureAnnotator } from './annotate/figures.ts';
import { loadIndicators, type Indicator } from './load/indicators.ts';
import { listTextDirs, loadText, type TextDoc } from './load/text.ts';
import { candidateTerms, type CandidateTerm } from './annotate/candidates.ts';
import { comparePairs, type ComparePair } from './compare/pairs.ts';
import { renderCompare } from './render/compare.ts';
import { trackerPages } from './render/tracker.ts';
import { citable, renderReader } from './render/reader.ts';
import { renderGlossaryPage } from './render/glossary.ts';
import { renderHome } from './render/home.ts';
import { renderNotFound } from './render/not-found.ts';
import { renderIndicators } from './render/indicators.ts';
import { searchIndexFiles } from './render/search-index.ts';
import { termCards } from './render/cards.ts';
import { type Page, type PageAssets } from './render/layout.ts';
import { citationFiles } from '../citation/export.ts';
import { glossaryDownloads, textDownloads } from './export/index.ts';


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
      docs.push(loadText(join(root, 'texts', slug), { root, annotate: (lang, paragraph, meta) => annotator.transform(slug, lang, paragraph, figures.transform(slug, lang, paragraph, meta?.exchangeRate)) }));
    } catch (error) {
      collect(error, errors);
    }
  }

  const byId = new Map(glossary.map((e) => [e.id, e]));
  const termDifferences: TermDifference[] = [];
  for (const doc of docs) {
    // A translation made for this reader follows the glossary; an existing one is taken as it is.
    const strict = doc.meta.translation?.kind === 'project';
    for (const p of doc.paragraphs) {
      if (p.english.state !== 'own') continue;
      const key = `${doc.slug}#${p.id}`;
      const english = annotator.found.en.get(key) ?? new Set();
      for (const id of annotator.found.zh.get(key) ?? []) {
        if (english.has(id)) continue;
        const entry = byId.get(id)!;
        const file = `${doc.dir}/en.md`;
        if (strict) errors.add(file, p.lines.en, `paragraph ${p.id} has ${entry.zh} (${entry.file}) in the Chinese but not its rendering "${renderingForms(entry).join('" or "')}" in the English`);
        else termDifferences.push({ slug: doc.slug, file, line: p.lines.en, paragraph: p.id, entry });
      }
    }
  }
  const known = new Set(glossary.flatMap((e) => [e.zh, ...e.variants].map((f) => f.replace(/[“”"「」]/g, ''))));
  const candidates = new Map(docs.map((d) => [d.slug, candidateTerms(d.paragraphs.map((p) => ({ id: p.id, zh: p.zh.text })), known)]));
  const indicators = new Map<string, Indicator[]>();
  for (const doc of docs) indicators.set(doc.slug, loadIndicators(doc, root, errors));
  if (docs.length > 0) {
    const used = new Set(annotator.occurrences.map((o) => o.entry));
    for (const entry of glossary) {
      if (!used.has(entry.id)) errors.add(entry.file, 2, `the term ${entry.zh} occurs in no text; remove the entry or fix its Chinese`);
    }
  }
  const comparisons = comparePairs(docs, root, errors);
  errors.throwIfAny();
  return { docs, glossary, occurrences: annotator.occurrences, figures, indicators, termDifferences, candidates, found: annotator.found, comparisons };
}

/** Every page of the site, from the content on disk. */
export function buildPages(root: string, assets: PageAssets): Page[] {
  return renderSite(loadSite(root), assets);
}

/**
 * What the build tells a person about content it accepts but that needs an editor: untranslated
 * paragraphs, renderings that differ from the glossary, candidate terms. One line per text.
 */
export function siteSummary(site: Site): string[] {
  return site.docs.flatMap((doc) => {
    const parts: string[] = [];
    const untranslated = doc.paragraphs.filter((p) => p.english.state === 'missing').length;
    if (!doc.meta.translation) parts.push('Chinese only (no translation yet)');
    else if (untranslated) parts.push(`${untranslated} of ${doc.paragraphs.length} paragraphs not yet translated`);
    const differences = site.termDifferences.filter((d) => d.slug === doc.slug).length;
    if (differences) parts.push(`${differences} glossary term(s) rendered otherwise by the existing translation`);
    const candidates = site.candidates.get(doc.slug)?.length ?? 0;
    if (candidates && doc.meta.translation?.kind !== 'project') parts.push(`${candidates} candidate term(s) not in the glossary`);
    return parts.length ? [`${doc.dir}: ${parts.join('; ')} (npm run check:translation lists them)`] : [];
  });
}

/** Every page of an already loaded site. */
export function renderSite(site: Site, assets: PageAssets): Page[] {
  const { comparisons } = site;
  return [
    renderHome(site.docs, assets, comparisons),
    ...comparisons.map((pair) => renderCompare(pair, site, assets)),
    ...trackerPages(site, assets),
    ...site.docs.flatMap((doc) => {
      const indicators = site.indicators.get(doc.slug) ?? [];
      return [
        renderReader(doc, assets, site),
        { path: `${doc.slug}/cards.json`, html: JSON.stringify({ ...termCards(doc, site), ...site.figures.cards(doc.slug, doc.meta.exchangeRate) }) },
        ...citationFiles(citable(doc)),
        ...(indicators.length ? [renderIndicators(doc, indicators, assets)] : []),
        ...textDownloads(doc, site),
      ];
    }),
    renderGlossaryPage(site, assets),
    ...glossaryDownloads(site),
    ...searchIndexFiles(site).map((f) => ({ path: f.path, html: JSON.stringify(f.data) })),
    renderNotFound(assets),
    { path: 'robots.txt', html: 'User-agent: *\nAllow: /\n' },
  ];
}
