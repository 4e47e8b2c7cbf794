import { join } from 'node:path';
import type { Site, TermDifference } from './model.ts';
import { ContentError, ContentErrors, ErrorList } from './errors.ts';
import { loadGlossary, type GlossaryEntry } from './load/glossary.ts';
import { GlossaryAnnotator, renderingForms, type Occurrence } from './annotate/terms.ts';
import { FigureAnnotator, type MarkedFigure } from './annotate/figures.ts';
import type { ContentCache } from './cache.ts';
import { loadIndicators, type Indicator } from './load/indicators.ts';
import { listTextDirs, loadText, type TextDoc } from './load/text.ts';
import { candidateTerms, type CandidateTerm } from './annotate/candidates.ts';
import { comparePairs, type ComparePair } from './compare/pairs.ts';
import { renderCompare } from './render/compare.ts';
import { trackerPages, trackerParts, type TrackerPart } from './render/tracker.ts';
import { citable, renderReader } from './render/reader.ts';
import { renderGlossaryPage } from './render/glossary.ts';
import { renderHome } from './render/home.ts';
import { renderNotFound } from './render/not-found.ts';
import { renderIndicators } from './render/indicators.ts';
import { searchIndexFiles, textSearchPart, type TextSearchPart } from './render/search-index.ts';
import { termCards } from './render/cards.ts';
import { type Page, type PageAssets } from './render/layout.ts';
import type { CardsFile } from '../contract.ts';
import { citationFiles } from '../citation/export.ts';
import { glossaryDownloads, textDownloads } from './export/index.ts';


/** What loading one text makes (its annotation included), as the cache keeps it. */
interface LoadedText {
  doc: TextDoc;
  occurrences: Occurrence[];
  found: Record<'zh' | 'en', [string, string[]][]>;
  figures: MarkedFigure[];
  indicators: Indicator[];
  candidates: CandidateTerm[];
}

/** Puts a remembered text's annotation back where loading it would have left it. */
function restore(loaded: LoadedText, annotator: GlossaryAnnotator, figures: FigureAnnotator): void {
  annotator.occurrences.push(...loaded.occurrences);
  for (const lang of ['zh', 'en'] as const) for (const [key, ids] of loaded.found[lang]) annotator.found[lang].set(key, new Set(ids));
  figures.figures.set(loaded.doc.slug, loaded.figures);
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
export function loadSite(root: string, options: { cache?: ContentCache } = {}): Site {
  const { cache } = options;
  const errors = new ErrorList();
  const glossary = loadGlossary(root, errors);
  const annotator = new GlossaryAnnotator(glossary);
  const figures = new FigureAnnotator();
  const known = new Set(glossary.flatMap((e) => [e.zh, ...e.variants].map((f) => f.replace(/[“”"「」]/g, ''))));
  const docs: TextDoc[] = [];
  const candidates = new Map<string, CandidateTerm[]>();
  const indicators = new Map<string, Indicator[]>();
  for (const slug of listTextDirs(join(root, 'texts'))) {
    const dir = join(root, 'texts', slug);
    // What loading one text makes, on its own: nothing in it depends on another text.
    const load = (): LoadedText | undefined => {
      const before = { occurrences: annotator.occurrences.length, errors: errors.errors.length };
      let doc: TextDoc;
      try {
        doc = loadText(dir, { root, annotate: (lang, paragraph, meta) => annotator.transform(slug, lang, paragraph, figures.transform(slug, lang, paragraph, meta?.exchangeRate)) });
      } catch (error) {
        collect(error, errors);
        return undefined;
      }
      const own = (map: Map<string, Set<string>>) => [...map].filter(([key]) => key.startsWith(`${slug}#`)).map(([key, ids]) => [key, [...ids]] as [string, string[]]);
      const loaded: LoadedText = {
        doc,
        occurrences: annotator.occurrences.slice(before.occurrences),
        found: { zh: own(annotator.found.zh), en: own(annotator.found.en) },
        figures: figures.figures.get(slug) ?? [],
        indicators: loadIndicators(doc, root, errors),
        candidates: candidateTerms(doc.paragraphs.map((p) => ({ id: p.id, zh: p.zh.text })), known),
      };
      return errors.errors.length === before.errors ? loaded : undefined;
    };
    let loaded: LoadedText | undefined;
    if (cache) {
      const key = cache.textKey(slug, dir);
      loaded = cache.recall<LoadedText>('text', key);
      if (loaded) {
        restore(loaded, annotator, figures);
        cache.reused.add(slug);
      }
      else {
        loaded = load();
        // Only a text that loaded without errors is kept; one with errors is read (and reported) every time.
        if (loaded) cache.store('text', key, loaded);
      }
    } else loaded = load();
    if (!loaded) continue;
    docs.push(loaded.doc);
    candidates.set(slug, loaded.candidates);
    indicators.set(slug, loaded.indicators);
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

/** Everything made from one text alone: its own pages, and its parts of the pages that gather all texts. */
interface TextBuild {
  pages: Page[];
  figureCards: CardsFile;
  search: TextSearchPart;
  tracker: Record<string, TrackerPart>;
}

function buildText(doc: TextDoc, site: Site, assets: PageAssets): TextBuild {
  const indicators = site.indicators.get(doc.slug) ?? [];
  return {
    pages: [
      renderReader(doc, assets, site),
      ...citationFiles(citable(doc)),
      ...(indicators.length ? [renderIndicators(doc, indicators, assets)] : []),
      ...textDownloads(doc, site),
    ],
    figureCards: site.figures.cards(doc.slug, doc.meta.exchangeRate),
    search: textSearchPart(doc),
    tracker: trackerParts(doc, site),
  };
}

/**
 * Every page of an already loaded site. With a cache (the build's), what is made from one text
 * alone is kept under that text's key; the pages that gather all texts are assembled each time.
 */
export function renderSite(site: Site, assets: PageAssets, options: { cache?: ContentCache } = {}): Page[] {
  const { cache } = options;
  const { comparisons } = site;
  const builds = new Map<TextDoc, TextBuild>();
  for (const doc of site.docs) {
    const key = cache?.textKeys.get(doc.slug);
    builds.set(doc, cache && key ? cache.remember('pages', cache.key(key, assets.head), () => buildText(doc, site, assets)) : buildText(doc, site, assets));
  }
  const built = (doc: TextDoc) => builds.get(doc)!;
  const compare = (pair: ComparePair) => {
    const make = () => renderCompare(pair, site, assets);
    const older = cache?.textKeys.get(pair.older.slug);
    const newer = cache?.textKeys.get(pair.newer.slug);
    return cache && older && newer ? cache.remember('compare', cache.key(older, newer, pair.reason, assets.head), make) : make();
  };
  return [
    renderHome(site.docs, assets, comparisons),
    ...comparisons.map(compare),
    ...trackerPages(site, assets, (doc) => built(doc).tracker),
    ...site.docs.flatMap((doc) => [
      ...built(doc).pages,
      // The term cards say how often the term is used in the whole library: made each time.
      { path: `${doc.slug}/cards.json`, html: JSON.stringify({ ...termCards(doc, site), ...built(doc).figureCards }) },
    ]),
    renderGlossaryPage(site, assets),
    ...glossaryDownloads(site),
    ...searchIndexFiles(site, (doc) => built(doc).search).map((f) => ({ path: f.path, html: JSON.stringify(f.data) })),
    renderNotFound(assets),
    { path: 'robots.txt', html: 'User-agent: *\nAllow: /\n' },
  ];
}
