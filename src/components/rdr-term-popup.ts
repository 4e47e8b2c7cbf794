import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { panelStyles } from '../styles/controls.ts';
import { listen } from './listen.ts';

const ANCHOR = '--rdr-term-anchor';
const OPEN_DELAY = 250;
const CLOSE_DELAY = 300;

/**
 * The one popup of a reader page that explains glossary terms and figures. It opens when a term
 * (`a.term[data-term]`) or a figure (`.fig[data-fig]`) is hovered (after a short intent delay), focused or tapped; it stays
 * open while the pointer is over it, so its text can be selected and its links followed
 * (WCAG 2.2 SC 1.4.13); Escape closes it. It lives in the top layer (Popover API) and is placed
 * with CSS anchor positioning, so it never pushes the text around. Its content is the term's
 * card, rendered at build time into `/<slug>/terms.json` (named by the `cards` attribute), which is
 * fetched once, when the browser is idle or at the first term, so the page itself stays small.
 *
 * While a term is active, the same entry in the other language of the row is highlighted.
 *
 * @fires rdr-term-open - when a term's popup opens; `detail.term` is the entry id.
 * @slot - the term card (cloned from its template).
 * @cssproperty --rdr-color-surface - popup background.
 * @cssproperty --rdr-color-rule - popup border.
 */
@customElement('rdr-term-popup')
export class RdrTermPopup extends LitElement {
  static override styles = [panelStyles, css`
    :host {
      position: fixed;
      inset: auto;
      margin: 6px 8px;
      position-area: block-end span-all;
      justify-self: anchor-center;
      /* Below or above the term, wherever there is more room; never taller than that room. */
      position-try-order: most-block-size;
      position-try-fallbacks: flip-block;
      inline-size: max-content;
      max-inline-size: min(26rem, calc(100vw - 16px));
      max-block-size: min(30rem, calc(100% - 12px));
      font-family: var(--rdr-font-ui, system-ui, sans-serif);
      font-size: 0.9375rem;
      line-height: 1.5;
    }
    :host(:not(:popover-open)) {
      display: none;
    }
    @media (forced-colors: active) {
      :host {
        border: 2px solid CanvasText;
      }
    }
  `];

  private term: HTMLElement | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPointer = 'mouse';

  override connectedCallback(): void {
    super.connectedCallback();
    this.id ||= 'rdr-term-popup';
    this.setAttribute('popover', 'manual');
    this.setAttribute('role', 'tooltip');
    this.classList.add('panel'); // takes the shared panel look (styles/controls.ts)
    // Set in the document's scope: anchor names are tree-scoped, and the anchor is a document element.
    this.style.setProperty('position-anchor', ANCHOR);
  }

  private termOf(target: EventTarget | null): HTMLElement | undefined {
    return target instanceof Element ? (target.closest<HTMLElement>('a.term[data-term], .fig[data-fig]') ?? undefined) : undefined;
  }

  private readonly onPointerOver = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const term = this.termOf(event.target);
    if (!term) return;
    this.cancelClose();
    clearTimeout(this.openTimer);
    if (term === this.term && this.matches(':popover-open')) return;
    this.openTimer = setTimeout(() => void this.show(term), OPEN_DELAY);
  };

  private readonly onPointerOut = (event: PointerEvent) => {
    const term = this.termOf(event.target);
    if (!term || term.contains(event.relatedTarget as Node | null)) return;
    clearTimeout(this.openTimer);
    if (term === this.term && document.activeElement !== term) this.scheduleClose();
  };

  private readonly onLeavePopup = () => {
    if (this.term && document.activeElement !== this.term && !this.contains(document.activeElement)) this.scheduleClose();
  };

  private readonly onPointerDown = (event: PointerEvent) => {
    this.lastPointer = event.pointerType;
  };

  private readonly onClick = (event: MouseEvent) => {
    const term = this.termOf(event.target);
    if (term && this.lastPointer === 'touch') {
      // A tap explains the term; the popup's own link leads on to the glossary.
      // The tap's focus has usually opened it already; a second tap must not close it again.
      event.preventDefault();
      this.show(term);
      return;
    }
    if (!term && this.matches(':popover-open') && !this.contains(event.target as Node)) this.hide();
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const term = this.termOf(event.target);
    if (term) {
      this.cancelClose();
      this.show(term);
    }
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (this.term && event.target === this.term && !(next && this.contains(next))) this.scheduleClose();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.matches(':popover-open')) {
      const term = this.term;
      this.hide();
      if (term && this.contains(document.activeElement)) term.focus();
    }
  };

  private readonly cancelClose = () => {
    clearTimeout(this.closeTimer);
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'pointerover', this.onPointerOver),
    listen(this, document, 'pointerout', this.onPointerOut),
    listen(this, document, 'pointerdown', this.onPointerDown, { capture: true }),
    listen(this, document, 'click', this.onClick),
    listen(this, document, 'focusin', this.onFocusIn),
    listen(this, document, 'focusout', this.onFocusOut),
    listen(this, document, 'keydown', this.onKeyDown),
    listen(this, this, 'pointerenter', this.cancelClose),
    listen(this, this, 'pointerleave', this.onLeavePopup),
  ];

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.hide(), CLOSE_DELAY);
  }

  private cards: Promise<Record<string, string>> | undefined;
  private pending: HTMLElement | undefined;

  /** The term cards of this text (id -> card HTML written by the build), fetched once. */
  private loadCards(): Promise<Record<string, string>> {
    const url = this.getAttribute('cards');
    if (!url) return Promise.resolve({});
    this.cards ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
      .catch(() => {
        this.cards = undefined; // try again at the next term
        return {};
      });
    return this.cards;
  }

  override firstUpdated(): void {
    // Fetch the cards when the browser has nothing better to do, so the first hover is instant.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(() => void this.loadCards());
  }

  /** Opens the popup on a term element. */
  async show(term: HTMLElement): Promise<void> {
    if (term === this.term && this.matches(':popover-open')) return;
    const id = cardKey(term);
    this.pending = term;
    const card = (await this.loadCards())[id];
    // Another term may have been chosen, or this one left, while the cards were loading.
    if (!card || this.pending !== term) return;
    this.release();
    this.term = term;
    term.style.setProperty('anchor-name', ANCHOR);
    term.setAttribute('aria-describedby', this.id);
    term.classList.add('is-active');
    this.setCounterparts(term, true);
    const template = document.createElement('template');
    template.innerHTML = card; // written and escaped by the build, from this site only
    this.replaceChildren(template.content);
    if (!this.matches(':popover-open')) this.showPopover();
    this.dispatchEvent(new CustomEvent('rdr-term-open', { detail: { term: id }, bubbles: true, composed: true }));
  }

  /** Closes the popup. */
  hide(): void {
    this.pending = undefined;
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.release();
    if (this.matches(':popover-open')) this.hidePopover();
  }

  private release(): void {
    const term = this.term;
    if (!term) return;
    term.style.removeProperty('anchor-name');
    term.removeAttribute('aria-describedby');
    term.classList.remove('is-active');
    this.setCounterparts(term, false);
    this.term = undefined;
  }

  /** The same entry (or figure) in the other column of the row: 三大改造 ↔ “Three Major Transformations”. */
  private setCounterparts(term: HTMLElement, on: boolean): void {
    const cell = term.closest('[data-para]');
    const row = cell?.parentElement;
    if (!row) return;
    const selector = term.dataset.fig !== undefined ? `.fig[data-fig="${CSS.escape(term.dataset.fig)}"]` : `a.term[data-term="${CSS.escape(term.dataset.term ?? '')}"]`;
    for (const other of row.querySelectorAll<HTMLElement>(selector)) {
      if (other.closest('[data-para]') !== cell) other.classList.toggle('is-counterpart', on);
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

/** The key of an element's card in cards.json: the glossary entry id, or `fig:<paragraph>/<n>`. */
function cardKey(el: HTMLElement): string {
  return el.dataset.fig !== undefined ? `fig:${el.dataset.fig}` : (el.dataset.term ?? '');
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-term-popup': RdrTermPopup;
  }
  interface GlobalEventHandlersEventMap {
    'rdr-term-open': CustomEvent<{ term: string }>;
  }
}
