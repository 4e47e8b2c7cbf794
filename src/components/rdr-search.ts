import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatHash } from '../citation/hash.ts';
import { listen } from './listen.ts';
import { LocalizeController, uiLanguage } from '../i18n/localize.ts';
import { search, type SearchIndex, type SearchResults } from '../search/search.ts';
import { fieldStyles, panelStyles } from '../styles/controls.ts';

let indexPromise: Promise<SearchIndex> | undefined;

/** The index the build wrote, fetched from this site the first time search is used. */
function loadIndex(): Promise<SearchIndex> {
  indexPromise ??= fetch('/search-index.json').then((r) => {
    if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
    return r.json() as Promise<SearchIndex>;
  });
  indexPromise.catch(() => (indexPromise = undefined));
  return indexPromise;
}

/**
 * Search across both languages of every text and the glossary. The index is built at build time
 * and loaded only when the field is first used. A paragraph hit links to the paragraph with the
 * words highlighted (a phrase link), a term hit to its glossary entry.
 *
 * @csspart input - the search field.
 * @csspart results - the results panel.
 */
@customElement('rdr-search')
export class RdrSearch extends LitElement {
  static override styles = [fieldStyles, panelStyles, css`
    :host {
      position: relative;
      display: block;
      font-size: 0.9375rem;
    }
    input {
      inline-size: min(20rem, 100%);
      min-block-size: 2rem;
      padding: 0.25rem 0.6rem;
    }
    [part='results'] {
      position: absolute;
      inset-inline-end: 0;
      inset-block-start: calc(100% + 0.25rem);
      z-index: 30;
      inline-size: min(36rem, calc(100vw - 2rem));
      max-block-size: min(70vh, 40rem);
    }
    h3 {
      margin: var(--rdr-space-2, 0.5rem) 0 var(--rdr-space-1, 0.25rem);
      font-size: 0.875rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li a {
      display: block;
      padding: var(--rdr-space-1, 0.25rem) 0;
      color: inherit;
      text-decoration: none;
      border-block-end: 1px solid var(--rdr-color-rule, #d9d3c4);
    }
    li a:hover .where,
    li a:focus-visible .where {
      text-decoration: underline;
    }
    a:focus-visible {
      outline: 3px solid var(--rdr-color-focus, #1a5fb4);
    }
    .where {
      color: var(--rdr-color-link, #8a2b0c);
      font-size: 0.8125rem;
      margin-inline-end: var(--rdr-space-2, 0.5rem);
    }
    mark {
      background: var(--rdr-color-phrase, #ffd54f);
      color: inherit;
    }
    [lang='zh-Hans'] {
      font-family: var(--rdr-font-zh, serif);
    }
    .status {
      color: var(--rdr-color-muted, #5c574c);
      margin: 0;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `];

  private readonly i18n = new LocalizeController(this);
  @state() private query = '';
  @state() private results: SearchResults | undefined;
  @state() private status: 'idle' | 'loading' | 'failed' = 'idle';
  @state() private open = false;
  @query('input') private input!: HTMLInputElement;

  private readonly onFocusRequest = () => {
    this.input?.focus();
    this.input?.select();
  };

  private readonly onOutside = (event: Event) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'rdr-search-focus', this.onFocusRequest),
    listen(this, document, 'pointerdown', this.onOutside),
  ];

  private async onInput(event: Event): Promise<void> {
    this.query = (event.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
    if (!this.open) return;
    this.status = 'loading';
    try {
      const index = await loadIndex();
      this.results = search(index, this.query);
      this.status = 'idle';
    } catch {
      this.status = 'failed';
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
    }
  }

  private renderResults() {
    const t = this.i18n.t.bind(this.i18n);
    if (this.status === 'failed') return html`<p class="status">${t('search.failed')}</p>`;
    if (!this.results) return html`<p class="status">${t('search.loading')}</p>`;
    const r = this.results;
    if (r.total === 0 && r.terms.length === 0) return html`<p class="status">${t('search.none', { query: this.query })}</p>`;
    const lang = uiLanguage();
    return html`<p class="status">${t('search.count', { count: r.total + r.terms.length })}</p>
      ${r.terms.length
        ? html`<h3>${t('search.terms')}</h3>
            <ul>
              ${r.terms.map((term) => html`<li><a href="/glossary/#${term.id}"><span class="where" lang="zh-Hans">${term.zh[0]}</span>${term.pinyin} · ${term.en}</a></li>`)}
            </ul>`
        : nothing}
      ${r.byText.map(
        (text) => html`<h3 lang=${lang === 'zh' ? 'zh-Hans' : 'en'}>${lang === 'zh' ? text.title.zh : text.title.en}</h3>
          <ul>
            ${text.hits.map((hit) => {
              const href = `/${hit.slug}/${formatHash({ kind: 'phrase', id: hit.id, lang: hit.lang, quote: hit.match, prefix: hit.prefix, suffix: hit.suffix })}`;
              return html`<li>
                <a href=${href} @click=${() => (this.open = false)}
                  ><span class="where">¶ ${hit.id}</span><span lang=${hit.lang === 'zh' ? 'zh-Hans' : 'en'}>…${hit.before}<mark>${hit.match}</mark>${hit.after}…</span></a
                >
              </li>`;
            })}
          </ul>`,
      )}`;
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    return html`<form role="search" @submit=${(e: Event) => e.preventDefault()} @keydown=${this.onKey}>
      <input
        part="input"
        type="search"
        aria-label=${t('search.label')}
        placeholder=${t('search.placeholder')}
        title=${t('search.hint')}
        autocomplete="off"
        spellcheck="false"
        .value=${this.query}
        @input=${this.onInput}
        @focus=${() => (this.open = this.query.trim() !== '')}
      />
      ${this.open ? html`<div part="results" class="panel" role="region" aria-label=${t('search.label')} aria-live="polite">${this.renderResults()}</div>` : nothing}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-search': RdrSearch;
  }
}
