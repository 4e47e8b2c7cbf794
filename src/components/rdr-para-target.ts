import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { copyCitationLink, requestCitation } from '../citation/actions.ts';
import { cellOf, paragraphOrder, rangeInText, rowsOf } from '../citation/document.ts';
import { locatePhrase, parseHash, type CitationTarget } from '../citation/hash.ts';
import { locator } from '../citation/formats.ts';
import { listen } from './listen.ts';
import { isInPageLink, keepReadingPosition, layOutRows, manageRows, restoreReadingPosition, scrollToRow } from './rows.ts';
import { LocalizeController } from '../i18n/localize.ts';
import type { UiKey } from '../i18n/keys.ts';

const HIGHLIGHT = 'rdr-cited-phrase';

/**
 * Makes citation links land. On load, on every hash change and on back/forward it reads the hash
 * (a paragraph, a range `a-b`, or a phrase), resolves retired ids through the text's alias list,
 * highlights what it names, scrolls there and moves focus to it so screen readers start there.
 * A range or phrase gets a bar to copy its link or cite it, and a phrase that is not found a notice:
 * both stand right above the passage, in view, on arrival and after every hash change (the element
 * moves itself there in the document, and back to the top of the text when a link names nothing).
 * Shift-clicking a paragraph number
 * makes a range from the highlighted paragraph to that one. A bad hash shows a dismissible notice
 * and otherwise the normal page: it never throws and never puts the hash into markup.
 *
 * @fires rdr-cite-request - when the bar's Cite button is pressed; `detail.target` is what to cite.
 * @fires rdr-announce - after a copy; `detail.message` says what was copied.
 * Its parts (in the page, no shadow root): `[part=notice]`, the notice shown for a link that
 * names nothing in the text, and `[part=bar]`, the bar shown for a cited range or phrase.
 */
@customElement('rdr-para-target')
export class RdrParaTarget extends LitElement {
  // Rendered into the page and styled by components.css (rdr-para-target), keeping its rules out of the script.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocalizeController(this);

  @state() private notice: { key: UiKey; values: Record<string, string> } | undefined;
  @state() private target: CitationTarget | undefined;

  private readonly onHashChange = () => this.land(false);
  /** Back or forward to an entry with no paragraph in its hash: where the reader was in it. */
  private readonly onPopState = () => {
    if (location.hash.length <= 1) restoreReadingPosition();
  };
  /** Where the build put this element (the top of the text), to go back to. */
  private home: { parent: Node; next: Node | null } | undefined;
  private moving = false;

  private readonly onClick = (event: MouseEvent) => {
    // The browser scrolls to an in-page link's target before the hash change is heard: with every
    // row at its real size, so it scrolls where land() will (the contents, search results, ¶ links).
    if (isInPageLink(event)) layOutRows();
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.para-id') : null;
    if (!link || !event.shiftKey) return;
    const current = this.target;
    const clicked = link.closest<HTMLElement>('.row')?.id;
    if (!current || !clicked || current.kind === 'phrase') return;
    event.preventDefault();
    const { order } = paragraphOrder();
    const ends = [current.kind === 'range' ? current.from : current.id, clicked].sort((a, b) => order.get(a)! - order.get(b)!);
    location.hash = ends[0] === ends[1] ? `#${ends[0]}` : `#${ends[0]}-${ends[1]}`;
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, window, 'hashchange', this.onHashChange),
    listen(this, window, 'popstate', this.onPopState),
    listen(this, document, 'click', this.onClick),
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.moving) return;
    if (this.parentNode) this.home ??= { parent: this.parentNode, next: this.nextSibling };
    keepReadingPosition();
    this.land(true);
    manageRows();
  }

  /** Moves this element right above a row, or back home; moving it must not land again. */
  private placeBefore(row: HTMLElement | undefined): void {
    const parent = row ? row.parentNode : this.home?.parent;
    const next = row ?? this.home?.next ?? null;
    if (!parent || (this.parentNode === parent && this.nextSibling === next) || next === this) return;
    this.moving = true;
    parent.insertBefore(this, next);
    this.moving = false;
  }

  private clear(): void {
    for (const old of document.querySelectorAll('.row.is-target')) old.classList.remove('is-target');
    CSS.highlights?.delete(HIGHLIGHT);
  }

  /**
   * Lands on what the hash names. On opening the page (`opening`), with no hash, a reload or a
   * return to the page opens where the reader was, unless they have scrolled already.
   */
  private land(opening: boolean): void {
    this.clear();
    this.notice = undefined;
    this.target = undefined;
    if (location.hash.length <= 1) {
      if (opening && scrollY === 0) restoreReadingPosition();
      return;
    }
    const { order, aliases } = paragraphOrder();
    const result = parseHash(location.hash, order, aliases);
    if (!result) return;
    if (!result.ok) {
      // Ordinary anchors of the page (#main, #excerpt-end, #about-heading) are not citation links.
      const raw = location.hash.slice(1);
      // The browser has scrolled to one itself; again with every row laid out, to be sure.
      const anchor = result.reason === 'unknown' && /^[a-z][a-z0-9-]*$/.test(raw) ? document.getElementById(raw) : null;
      if (anchor) return scrollToRow(anchor);
      const key = result.reason === 'reversed' ? 'cite.hashReversed' : result.reason === 'malformed' ? 'cite.hashMalformed' : 'cite.hashUnknown';
      this.notice = { key, values: { shown: result.shown } };
      this.placeBefore(undefined);
      scrollToRow(this);
      return;
    }
    const target = result.target;
    const rows = rowsOf(target);
    if (rows.length === 0) return;
    for (const row of rows) row.classList.add('is-target');
    if (target.kind === 'phrase' && !this.highlightPhrase(target)) {
      this.notice = { key: 'cite.phraseNotFound', values: { id: target.id } };
    }
    this.target = target;
    const first = rows[0]!;
    const shows = !!this.notice || target.kind !== 'paragraph';
    this.placeBefore(shows ? first : undefined);
    first.setAttribute('tabindex', '-1');
    scrollToRow(shows ? this : first);
    first.focus({ preventScroll: true });
  }

  private highlightPhrase(target: Extract<CitationTarget, { kind: 'phrase' }>): boolean {
    const cell = cellOf(target.id, target.lang);
    if (!cell) return false;
    const at = locatePhrase(cell.textContent ?? '', target.quote, target.prefix, target.suffix);
    const range = at && rangeInText(cell, at.start, at.end);
    if (!range) return false;
    // The Custom Highlight API marks the phrase without changing the DOM the glossary links live in.
    if (CSS.highlights) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
    return true;
  }

  private async copyLink(): Promise<void> {
    if (this.target) await copyCitationLink(this, this.target, this.i18n.t.bind(this.i18n));
  }

  private cite(): void {
    if (this.target) requestCitation(this, this.target);
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const notice = this.notice
      ? html`<div part="notice" role="status">
          <span>${t(this.notice.key, this.notice.values)}</span>
          <button type="button" @click=${() => (this.notice = undefined)}>${t('reader.dismiss')}</button>
        </div>`
      : nothing;
    const target = this.target;
    const bar =
      target && target.kind !== 'paragraph'
        ? html`<div part="bar">
            <span>${locator(target, t)}${target.kind === 'phrase' ? html` · “${target.quote}”` : nothing}</span>
            <span class="actions">
              <button type="button" @click=${this.copyLink}>${t('cite.copyLink')}</button>
              <button type="button" @click=${this.cite}>${t('cite.cite')}</button>
            </span>
          </div>`
        : nothing;
    return html`${notice}${bar}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-para-target': RdrParaTarget;
  }
}
