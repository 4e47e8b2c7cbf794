import { emit } from '../events/index.ts';

/**
 * Puts text on the clipboard. Returns 'manual' where the Clipboard API is missing or refused
 * (insecure origin, denied permission, an embedding frame): the caller then offers a selected
 * text field instead, so the reader can still copy.
 */
export async function copyText(text: string, html?: string): Promise<'copied' | 'manual'> {
  try {
    if (!navigator.clipboard?.writeText) return 'manual';
    // With an HTML flavour, a citation pasted into a word processor keeps its italics.
    if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
      const blob = (body: string, type: string) => new Blob([body], { type });
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(html, 'text/html') })]);
    } else await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'manual';
  }
}

/** The reader's current page address without its hash, to which a citation hash is appended. */
export function pageUrl(): string {
  return `${location.origin}${location.pathname}`;
}

export interface AnnounceDetail {
  message: string;
  /** When set, the text could not be copied automatically: show it selected for Ctrl+C. */
  manualCopy?: string;
}

/** Asks the page's live region to say something (politely) to screen-reader users and show it. */
export function announce(from: EventTarget, detail: AnnounceDetail): void {
  emit(from, 'rdr-announce', detail);
}

/** Copies text and says so; where copying is refused, offers the text selected for Ctrl+C. */
export async function copyWithNotice(from: EventTarget, text: string, messages: { copied: string; manual: string }, html?: string): Promise<void> {
  const result = await copyText(text, html);
  announce(from, result === 'copied' ? { message: messages.copied } : { message: messages.manual, manualCopy: text });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rdr-announce': CustomEvent<AnnounceDetail>;
  }
}
