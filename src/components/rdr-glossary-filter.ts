import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize.ts';
import { listen } from './listen.ts';
import { foldCompact } from '../search/fold.ts';
import { fieldStyles } from '../styles/controls.ts';

/**
 * Filters the glossary page's entries (`article.entry[data-search]`) as the reader types
 * Chinese, pinyin with or without tones, or English. It is the page's one search box: the /
 * shortcut focuses it.
 *
 * @csspart input - the search field.
 */
@customElement('rdr-glossary-filter')
export class RdrGlossaryFilter extends LitElement {
  static override styles = [fieldStyles, css`
    :host {
      display: block;
      margin-block: var(--rdr-space-3);
    }
    label {
      display: block;
      font-weight: 600;
    }
    .hint {
      color: var(--rdr-color-muted);
      font-size: 0.875rem;
    }
    input {
      inline-size: min(100%, 28rem);
      margin-block: var(--rdr-space-1);
    }
    [role='status'] {
      font-size: 0.875rem;
      color: var(--rdr-color-muted);
    }
  `];

  private readonly i18n = new LocalizeController(this);

  /** How many entries the page holds. */
  @property({ type: Number }) total = 0;
  @state() private query = '';
  @state() private shown = 0;
  @query('input') private input?: HTMLInputElement;

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'rdr-search-focus', () => this.input?.focus()),
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.shown = this.entries().length;
  }

  private entries(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('article.entry[data-search]')];
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    const raw = this.query.trim().toLowerCase();
    // "Sì hǎo", "si hao" and "sihao" compare equal.
    const folded = foldCompact(this.query);
    let shown = 0;
    for (const entry of this.entries()) {
      const haystack = entry.dataset.search ?? '';
      const match = raw === '' || haystack.includes(raw) || foldCompact(haystack).includes(folded);
      entry.hidden = !match;
      if (match) shown++;
    }
    this.shown = shown;
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    return html`<label for="q">${t('glossary.filterLabel')}</label>
      <span class="hint" id="hint">${t('glossary.filterHint')}</span><br />
      <input id="q" part="input" type="search" autocomplete="off" spellcheck="false" aria-describedby="hint" .value=${this.query} @input=${this.onInput} />
      <div role="status">${this.shown === 0 && this.query ? t('glossary.noMatch', { query: this.query }) : t('glossary.showing', { shown: this.shown, total: this.total })}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-glossary-filter': RdrGlossaryFilter;
  }
}
