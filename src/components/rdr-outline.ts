import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { listen } from './listen.ts';
import { whenIdle } from './idle.ts';

/**
 * The reader's table of contents (built as static HTML: parts and sections, inside a
 * `<details>` that is collapsed on narrow screens and always shown in the side column of a wide
 * one, by CSS). This element marks the part or section being read with `aria-current` as the
 * reader scrolls (none before the first part is reached), and keeps that entry in view in the
 * outline's own scrolling box. On a narrow screen, where the open list covers the text, following
 * one of its links closes it.
 */
@customElement('rdr-outline')
export class RdrOutline extends LitElement {
  private frame = 0;

  private readonly onScroll = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.follow());
  };

  private readonly onClick = (event: MouseEvent) => {
    const details = this.querySelector('details');
    if (details?.open && event.target instanceof Element && event.target.closest('a[href^="#"]')) details.open = false;
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, window, 'scroll', this.onScroll, { passive: true }),
    listen(this, this, 'click', this.onClick),
  ];

  // The outline is the static nav inside this element; it has no shadow DOM of its own.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Nothing is current at the top of the page; a page opened further down is marked when idle
    // (measuring every target is a layout the first paint does without).
    whenIdle(() => this.follow());
  }

  /** The last outline target whose top has scrolled past a line near the top of the window. */
  private follow(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const line = window.innerHeight * 0.25;
    let current: HTMLAnchorElement | undefined;
    for (const link of links) {
      const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (target && target.getBoundingClientRect().top <= line) current = link;
    }
    for (const link of links) {
      if (link === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    if (current) this.reveal(current);
  }

  /** Scrolls the outline's own box (never the page) so that the current entry is in view. */
  private reveal(link: HTMLElement): void {
    const box = link.closest('nav');
    if (!box || box.scrollHeight <= box.clientHeight) return;
    const margin = 16;
    const r = link.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top + margin) box.scrollTop -= b.top + margin - r.top;
    else if (r.bottom > b.bottom - margin) box.scrollTop += r.bottom - b.bottom + margin;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-outline': RdrOutline;
  }
}
