import type { CardsFile } from '../../contract.ts';
import type { TextDoc } from '../load/text.ts';
import type { Site } from '../model.ts';
import { termCard, countByEntry } from './glossary.ts';

/** `/<slug>/cards.json`: the cards of the terms a text uses, fetched by the term popup. */

/** The cards of the terms used in one text, for the popup to fetch: entry id -> card HTML. */
export function termCards(doc: TextDoc, site: Pick<Site, 'glossary' | 'occurrences'>): CardsFile {
  const used = new Set(site.occurrences.filter((o) => o.slug === doc.slug).map((o) => o.entry));
  const counts = countByEntry(site.occurrences);
  return Object.fromEntries(site.glossary.filter((e) => used.has(e.id)).map((e) => [e.id, termCard(e, counts.get(e.id) ?? 0, 'popup')]));
}
