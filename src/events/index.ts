import type { AnnounceDetail } from '../citation/clipboard.ts';
import type { CitationTarget } from '../citation/hash.ts';
import type { Marks, ViewSettings } from '../settings/store.ts';

/**
 * Every event the reader's elements send one another, with what it carries. Each is fired for
 * something the reader did (a click, a key), never when code sets a property, and each has a
 * listener in the page: an event nobody listens to is not declared here.
 */
export interface RdrEventDetails {
  /** "Copy link" said what it copied, or offers the text for Ctrl+C; rdr-announcer shows it. */
  'rdr-announce': AnnounceDetail;
  /** "Cite" (a button, the c key, "Cite selection"); the citation dialog opens on the target. */
  'rdr-cite-request': { target: CitationTarget };
  /** The reader chose what the text marks; rdr-shortcuts moves each cell's Tab stop to a marked item. */
  'rdr-marks-change': { marks: Marks };
  /** A paragraph's English was shown or hidden in "English on tap" mode; fired on its row. */
  'rdr-reveal': { revealed: boolean };
  /** The / key; the page's search field (or the glossary filter) takes the focus. */
  'rdr-search-focus': null;
  /** A term's explanation was opened; the first visit's legend goes away. */
  'rdr-term-open': { term: string };
  /** The reader changed the view; each paragraph's actions show or hide "Show English". */
  'rdr-view-change': ViewSettings;
}

export type RdrEventName = keyof RdrEventDetails;

type RdrEventMap = { [K in RdrEventName]: CustomEvent<RdrEventDetails[K]> };

declare global {
  // Declared once here, so `addEventListener('rdr-…', e => e.detail)` is typed everywhere.
  interface GlobalEventHandlersEventMap extends RdrEventMap {}
}

/**
 * Fires an `rdr-*` event from an element. Always bubbling and composed, so a listener on the
 * document hears it from inside any shadow root.
 */
export function emit<K extends RdrEventName>(from: EventTarget, name: K, ...[detail]: RdrEventDetails[K] extends null ? [] : [RdrEventDetails[K]]): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
