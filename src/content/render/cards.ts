import type { CardsFile } from '../../contract.ts';
import type { TextDoc } from '../load/text.ts';
import type { GlossaryEntry } from '../load/glossary.ts';
import type { Site } from '../model.ts';
import { termCard } from './glossary.ts';
import { countsIn, occurrenceIndex } from '../annotate/occurrence-index.ts';

/** `/<slug>/cards.json`: the cards of the terms a text uses, fetched by the term popup. */

/** The cards of the terms used in one text, for the popup to fetch: entry id -> card HTML. */
export function termCards(doc: TextDoc, site: Pick<Site, 'glossary' | 'occurrences'>): CardsFile {
  const used = countsIn(site.occurrences, doc.slug);
  const { counts } = occurrenceIndex(site.occurrences);
  return Object.fromEntries(site.glossary.filter((e) => used.has(e.id)).map((e) => [e.id, popupCard(e, counts.get(e.id) ?? 0)]));
}

/** A card is the same in every text that uses its term: made once per entry and count. */
const made = new WeakMap<GlossaryEntry, { count: number; html: string }>();
function popupCard(entry: GlossaryEntry, count: number): string {
  let card = made.get(entry);
  if (card?.count !== count) made.set(entry, (card = { count, html: termCard(entry, count, 'popup') }));
  return card.html;
}
