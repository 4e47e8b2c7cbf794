import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { listen } from './listen.ts';

/**
 * The reader's table of contents (built as static HTML: parts and sections, inside a
 * `<details>` that is collapsed on phones and always shown on wide screens, by CSS). This element
 * marks the part or section being read with `aria-current` as the reader scrolls.
 */
@customElement('rdr-outline')
export class RdrOutline extends LitElement {
  private frame = 0;

  private readonly onScroll = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.follow());
  };


  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, window, 'scroll', this.onScroll, { passive: true }),
  ];

  // The outline is the static nav inside this element; it has no shadow DOM of its own.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
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
    current ??= links[0];
    for (const link of links) {
      if (link === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-outline': RdrOutline;
  }
}
