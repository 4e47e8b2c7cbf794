import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { emit } from '../events/index.ts';
import { LocalizeController, translateStaticLabels } from '../i18n/localize.ts';
import { isMarked } from '../settings/store.ts';
import { listen } from './listen.ts';

const ANCHOR = '--rdr-term-anchor';
const OPEN_DELAY = 250;
const CLOSE_DELAY = 300;
const GAP = 6;

/** `showPopover({ source })` (Chromium 133+): the popup follows its term in the Tab order. */
type ShowPopover = (options?: { source?: HTMLElement }) => void;

/**
 * The one popup of a reader page that explains glossary terms and figures. It opens when a term
 * (`a.term[data-term]`) or a figure (`.fig[data-fig]`) is hovered (after a short intent delay),
 * focused or tapped, if the reader's settings mark that kind; it stays open while the pointer is
 * over it, so its text can be selected and its links followed (WCAG 2.2 SC 1.4.13); Escape or its
 * close button closes it and returns focus to the term.
 *
 * It is a non-modal dialog, not a tooltip, because it holds links: shown with the term as its
 * source, it comes right after the term in the Tab order, so Tab enters it and Tab past its last
 * link goes on to the next paragraph. It lives in the top layer (Popover API), so it never pushes
 * the text around, and is placed with CSS anchor positioning below (or above) its term and towards
 * the outer side of the term's column, so it never covers the other column where the counterpart
 * is highlighted. Where anchor positioning is missing, a few lines measure the term and place it
 * the same way. When its content is taller than the room, it scrolls, with shadows at the edge
 * that has more.
 *
 * Its content is the term's card, rendered at build time into `/<slug>/cards.json` (named by the
 * `cards` attribute), fetched once, when the browser is idle or at the first term; the card's
 * labels are put into the interface language as it is inserted.
 *
 * While a term is active, the same entry in the other language of the row is highlighted.
 *
 * @fires rdr-term-open - when a term's popup opens; `detail.term` is the entry id.
 * @slot - the term card (cloned from its template).
 * @csspart close - the close button (shown on phones and touch screens).
 */
@customElement('rdr-term-popup')
export class RdrTermPopup extends LitElement {
  // Styled by the page (reader.css: rdr-term-popup), so its rules travel in the CSS, not the script.

  private readonly i18n = new LocalizeController(this);
  private term: HTMLElement | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastPointer = 'mouse';
  /** The term that focus is being given back to after Esc: that focus must not open it again. */
  private returning: HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.id ||= 'rdr-term-popup';
    this.setAttribute('popover', 'manual');
    this.setAttribute('role', 'dialog');
    // Set in the document's scope: anchor names are tree-scoped, and the anchor is a document element.
    this.style.setProperty('position-anchor', ANCHOR);
  }

  private termOf(target: EventTarget | null): HTMLElement | undefined {
    const term = target instanceof Element ? target.closest<HTMLElement>('a.term[data-term], .fig[data-fig]') : null;
    return term && !this.contains(term) && isMarked(term) ? term : undefined;
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
      void this.show(term);
      return;
    }
    if (!term && this.matches(':popover-open') && !event.composedPath().includes(this)) this.hide();
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const term = this.termOf(event.target);
    if (term && term === this.returning) this.returning = undefined;
    else if (term) {
      this.cancelClose();
      void this.show(term);
    } else if (this.contains(event.target as Node)) this.cancelClose();
  };

  /** Leaving the term, or the popup, for anywhere but the other of the two closes it. */
  private readonly onFocusOut = (event: FocusEvent) => {
    // Seen from the document, focus in the popup's shadow root (its close button) is on the popup itself.
    const next = event.relatedTarget as Node | null;
    const from = event.target as Node;
    if (!this.term || (from !== this.term && !this.contains(from))) return;
    if (next && (next === this.term || this.contains(next))) return;
    this.scheduleClose();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.matches(':popover-open')) this.close();
  };

  private readonly cancelClose = () => {
    clearTimeout(this.closeTimer);
  };

  /** Keeps a script-placed popup beside its term while the page scrolls. */
  private readonly onScroll = () => {
    if (this.term && this.classList.contains('no-anchor')) this.place(this.term);
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
    listen(this, window, 'scroll', this.onScroll, { passive: true }),
    listen(this, window, 'resize', this.onScroll),
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
    translateStaticLabels(template.content);
    this.replaceChildren(template.content);
    this.setAttribute('aria-label', this.querySelector('.term-head')?.textContent?.trim() ?? term.textContent ?? '');
    // Outer side: a term of the left column opens leftwards, one of the right column rightwards.
    const cell = term.closest('.cell');
    const other = cell?.parentElement?.querySelector(`.cell:not(.${cell.classList.contains('zh') ? 'zh' : 'en'})`);
    const a = cell?.getBoundingClientRect();
    const b = other?.getBoundingClientRect();
    const sideBySide = !!a && !!b && b.width > 0 && (a.right <= b.left + 1 || b.right <= a.left + 1);
    this.classList.toggle('side-start', sideBySide && a.left < b.left);
    this.classList.toggle('side-end', sideBySide && a.left > b.left);
    this.classList.toggle('no-anchor', !CSS.supports('anchor-name', '--x'));
    if (!this.matches(':popover-open')) {
      try {
        (this.showPopover as ShowPopover)({ source: term });
      } catch {
        this.showPopover(); // an older engine that rejects the options
      }
    }
    if (this.classList.contains('no-anchor')) this.place(term);
    this.scrollTop = 0;
    emit(this, 'rdr-term-open', { term: id });
  }

  /**
   * Where anchor positioning is missing: below the term's first line box, or above its last when
   * there is more room there, towards the outer side of its column, and inside the window.
   */
  private place(term: HTMLElement): void {
    const boxes = term.getClientRects();
    const first = boxes[0] ?? term.getBoundingClientRect();
    const last = boxes[boxes.length - 1] ?? first;
    const below = innerHeight - first.bottom - GAP * 2;
    const above = last.top - GAP * 2;
    this.style.maxBlockSize = `${Math.min(480, Math.max(below, above))}px`;
    const { width, height } = this.getBoundingClientRect();
    const top = below >= height || below >= above ? first.bottom + GAP : last.top - GAP - height;
    const anchor = this.classList.contains('side-start') ? first.right - width : this.classList.contains('side-end') ? first.left : first.left + first.width / 2 - width / 2;
    this.style.top = `${Math.max(GAP, top)}px`;
    this.style.left = `${Math.max(8, Math.min(innerWidth - 8 - width, anchor))}px`;
  }

  /** Closes the popup, and gives focus back to the term if it was inside. */
  close(): void {
    const term = this.term;
    const inside = this.contains(document.activeElement) || !!this.shadowRoot?.activeElement;
    this.hide();
    if (term && inside) {
      this.returning = term;
      term.focus();
    }
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
    return html`<button part="close" type="button" aria-label=${this.i18n.t('cite.close')} @click=${() => this.close()}>×</button><slot></slot>`;
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
}
