import { join } from 'node:path';
import { listTextDirs, loadText, type TextDoc } from './load-text.ts';
import { ContentError, ContentErrors } from './errors.ts';
import { renderHome, renderReader, type Page, type PageAssets } from './render-pages.ts';

/** Loads every text under `texts/`; all content errors of all texts are reported together. */
export function loadSite(root: string): TextDoc[] {
  const docs: TextDoc[] = [];
  const errors: ContentError[] = [];
  for (const slug of listTextDirs(join(root, 'texts'))) {
    try {
      docs.push(loadText(join(root, 'texts', slug), { root }));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else if (error instanceof ContentErrors) errors.push(...error.errors);
      else throw error;
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ContentErrors(errors);
  return docs;
}

/** Every page of the site, from the content on disk. */
export function buildPages(root: string, assets: PageAssets): Page[] {
  const docs = loadSite(root);
  return [renderHome(docs, assets), ...docs.map((doc) => renderReader(doc, assets))];
}
