import { sitePath } from '../base.ts';
import type { UiKey } from '../../i18n/resources.ts';
import { label } from '../render/labels.ts';
import type { TextDoc } from '../load/text.ts';
import { escapeHtml } from '../load/markdown.ts';
import type { Page } from '../render/layout.ts';
import type { Site } from '../model.ts';
import { glossaryCsv, indicatorsCsv } from './csv.ts';
import { bilaraJson, combinedJson } from './json.ts';
import { glossaryTbx } from './tbx.ts';
import { tmx } from './tmx.ts';
import { paragraphsTsv } from './tsv.ts';

/**
 * The data a reader can take away, built with the site (issue 14): each text's aligned sentences
 * as TMX, its paragraphs as TSV and bilara-style JSON, its indicators as CSV, and the glossary as
 * CSV and TBX. `Page.html` holds the file's content, whatever its format.
 */

type DownloadSite = Pick<Site, 'indicators' | 'glossary'>;

interface Download {
  /** Relative to the site root, as Page.path. */
  path: string;
  label: UiKey;
  content: () => string;
}

/** A text's downloads, in the order the reader lists them; the reader's list and the files come from here. */
function textFiles(doc: TextDoc, site: DownloadSite): Download[] {
  const dir = `${doc.slug}/downloads/${doc.slug}`;
  // Without any English, a translation memory and an English file would be empty.
  const translated = doc.paragraphs.some((p) => p.english.state === 'own');
  const indicators = site.indicators.get(doc.slug) ?? [];
  const file = (path: string, label: UiKey, content: () => string): Download[] => [{ path, label, content }];
  return [
    ...(translated ? file(`${dir}.tmx`, 'downloads.tmx', () => tmx(doc)) : []),
    ...file(`${dir}.tsv`, 'downloads.tsv', () => paragraphsTsv(doc)),
    ...file(`${dir}.json`, 'downloads.json', () => combinedJson(doc)),
    ...file(`${dir}_root-zh.json`, 'downloads.jsonZh', () => bilaraJson(doc, 'zh')),
    ...(translated ? file(`${dir}_translation-en.json`, 'downloads.jsonEn', () => bilaraJson(doc, 'en')) : []),
    ...(indicators.length ? file(`${dir}-indicators.csv`, 'downloads.indicators', () => indicatorsCsv(doc, indicators)) : []),
  ];
}

function glossaryFiles(site: Pick<Site, 'glossary'>): Download[] {
  if (site.glossary.length === 0) return [];
  return [
    { path: 'glossary/glossary.csv', label: 'downloads.glossaryCsv', content: () => glossaryCsv(site.glossary) },
    { path: 'glossary/glossary.tbx', label: 'downloads.glossaryTbx', content: () => glossaryTbx(site.glossary) },
  ];
}

const pages = (files: Download[]): Page[] => files.map((f) => ({ path: f.path, html: f.content() }));

/** `<slug>/downloads/<slug>.tmx`, `.tsv`, `.json`, `_root-zh.json`, `_translation-en.json`, `-indicators.csv`. */
export function textDownloads(doc: TextDoc, site: DownloadSite): Page[] {
  return pages(textFiles(doc, site));
}

/** `glossary/glossary.csv` and `glossary/glossary.tbx`. */
export function glossaryDownloads(site: Pick<Site, 'glossary'>): Page[] {
  return pages(glossaryFiles(site));
}

/**
 * The reader's "Download" list, for the about section: the text's files, then the glossary's.
 * `download` saves the file instead of showing a .tsv or .json as a page.
 */
export function downloadsList(doc: TextDoc, site: DownloadSite): string {
  const items = [...textFiles(doc, site), ...glossaryFiles(site)]
    .map((f) => `<li><a href="${escapeHtml(sitePath(f.path))}" download>${label(f.label)}</a></li>`)
    .join('');
  return `<div class="doc-downloads"><h3 id="downloads-heading">${label('downloads.heading')}</h3><ul aria-labelledby="downloads-heading">${items}</ul></div>`;
}
