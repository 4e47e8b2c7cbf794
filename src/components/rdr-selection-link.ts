import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { copyCitationLink, requestCitation } from '../citation/actions.ts';
import { textOffset } from '../citation/document.ts';
import { phraseContext, type CitationTarget } from '../citation/hash.ts';
import { listen } from './listen.ts';
import { LocalizeController } from '../i18n/localize.ts';

type PhraseTarget = Extract<CitationTarget, { kind: 'phrase' }>;

/**
 * When the reader selects text inside one paragraph (Chinese or English), offers
 * "Copy link to selection" and "Cite selection". The link names the paragraph, the language,
 * the phrase and a little context on either side (see src/citation/hash.ts).
 *
 * @fires rdr-cite-request - when "Cite selection" is pressed; `detail.target` is the phrase.
 * @fires rdr-announce - after a copy; `detail.message` says what was copied.
 * Its part (in the page, no shadow root): `[part=bar]`, the floating bar.
 */
@customElement('rdr-selection-link')
export class RdrSelectionLink extends LitElement {
  // Rendered into the page and styled by components.css (rdr-selection-link), keeping its rules out of the script.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocalizeController(this);
  @state() private phrase: PhraseTarget | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly onSelection = () => {
    clearTimeout(this.timer);
    // Wait for the selection to settle (dragging fires many events).
    this.timer = setTimeout(() => (this.phrase = this.read()), 150);
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'selectionchange', this.onSelection),
  ];

  /** The selected phrase, when the selection lies inside a single paragraph cell. */
  private read(): PhraseTarget | undefined {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
    const range = selection.getRangeAt(0);
    const cellOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.cell[data-para]');
    const cell = cellOf(range.startContainer);
    if (!cell || cell !== cellOf(range.endContainer)) return undefined;
    const text = cell.textContent ?? '';
    let start = textOffset(cell, range.startContainer, range.startOffset);
    let end = textOffset(cell, range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return undefined;
    const lang = cell.classList.contains('zh') ? 'zh' : 'en';
    return { kind: 'phrase', id: cell.dataset.para ?? '', lang, quote: text.slice(start, end), ...phraseContext(text, start, end, lang) };
  }

  private async copyLink(): Promise<void> {
    if (this.phrase) await copyCitationLink(this, this.phrase, this.i18n.t.bind(this.i18n));
  }

  private cite(): void {
    if (this.phrase) requestCitation(this, this.phrase);
  }

  override render() {
    if (!this.phrase) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    // mousedown is cancelled so that pressing a button does not clear the selection first.
    return html`<div part="bar" @mousedown=${(e: Event) => e.preventDefault()}>
      <button type="button" @click=${this.copyLink}>${t('cite.copyLinkToSelection')}</button>
      <button type="button" aria-haspopup="dialog" @click=${this.cite}>${t('cite.citeSelection')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-selection-link': RdrSelectionLink;
  }
}
