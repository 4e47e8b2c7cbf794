import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { listen } from './listen.ts';

/**
 * Sentence-level linking: pointing at (or focusing something inside) a sentence of one language
 * highlights the sentence or sentences of the other language that translate it, from the
 * authored alignment the build wrote as `data-s` group numbers on `span.s` in both cells of a row.
 * It renders nothing.
 */
@customElement('rdr-sentence-link')
export class RdrSentenceLink extends LitElement {
  private active: HTMLElement[] = [];

  private readonly onOver = (event: Event) => {
    const sentence = event.target instanceof Element ? event.target.closest<HTMLElement>('.cell span.s[data-s]') : null;
    if (sentence) this.light(sentence);
    else if (event.type === 'pointerover') this.clear();
  };

  private readonly onOut = (event: PointerEvent) => {
    if (!(event.relatedTarget instanceof Element) || !event.relatedTarget.closest('.cell span.s[data-s]')) this.clear();
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'pointerover', this.onOver),
    listen(this, document, 'focusin', this.onOver),
    listen(this, document, 'pointerout', this.onOut),
  ];

  // No shadow root and nothing to render: this element only adds behaviour to the page.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private light(sentence: HTMLElement): void {
    const row = sentence.closest('.row');
    const group = sentence.dataset.s;
    if (!row || !group) return;
    const same = [...row.querySelectorAll<HTMLElement>(`span.s[data-s="${CSS.escape(group)}"]`)];
    if (same.length === this.active.length && same.every((s, i) => s === this.active[i])) return;
    this.clear();
    for (const s of same) s.classList.add(s === sentence || s.closest('.cell') === sentence.closest('.cell') ? 'is-source' : 'is-aligned');
    this.active = same;
  }

  private clear(): void {
    for (const s of this.active) s.classList.remove('is-source', 'is-aligned');
    this.active = [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-sentence-link': RdrSentenceLink;
  }
}
