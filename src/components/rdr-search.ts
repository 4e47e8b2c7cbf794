import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formatHash } from '../citation/hash.ts';
import { listen } from './listen.ts';
import { LocalizeController, uiLanguage } from '../i18n/localize.ts';
import type { ParagraphHit, SearchResults } from '../search/search.ts';
import { ShardedSearch } from '../search/sharded.ts';

/**
 * The sharded index the build wrote, read from this site (under its base path) file by file as
 * queries need them; nothing is fetched before the field is first used.
 */
const index = new ShardedSearch(async (path) => {
  const r = await fetch(`${import.meta.env.BASE_URL}${path.slice(1)}`);
  if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
  return r.json();
});

/**
 * Search across both languages of every text and the glossary. The index is built at build time
 * and loaded only when the field is first used. A paragraph hit links to the paragraph with the
 * words highlighted (a phrase link), a term hit to its glossary entry. A text's hits are in reading
 * order, under the heading of their part or section. ↓ from the field goes to the first result,
 * ↑ / ↓ (Home / End) move among them, Enter in the field opens the first, Esc closes the list and
 * returns to the field.
 *
 * Rendered into the page (no shadow root): `[part=input]`, the search field, and
 * `[part=results]`, the results panel.
 */
@customElement('rdr-search')
export class RdrSearch extends LitElement {
  // Rendered into the page and styled by components.css (rdr-search), keeping its rules out of the script.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocalizeController(this);
  @state() private query = '';
  @state() private results: SearchResults | undefined;
  @state() private status: 'idle' | 'loading' | 'failed' = 'idle';
  @state() private open = false;
  /** How far the current query has been taken: chunks of paragraphs read, hits shown ("Show more" raises both). */
  private reach = FIRST_REACH;
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
    this.reach = FIRST_REACH;
    await this.run();
  }

  private async run(): Promise<void> {
    this.status = 'loading';
    try {
      const query = this.query;
      const results = await index.search(query, this.reach.hits, this.reach.chunks);
      // An earlier query answered late must not replace a later one's results.
      if (query === this.query) this.results = results;
      this.status = 'idle';
    } catch {
      this.status = 'failed';
    }
  }

  /** The next results of the same query; focus goes to the first of them, where reading left off. */
  private async onMore(): Promise<void> {
    const shown = this.resultLinks().length;
    this.reach = { chunks: this.reach.chunks + MORE_REACH.chunks, hits: this.reach.hits + MORE_REACH.hits };
    await this.run();
    await this.updateComplete;
    this.resultLinks()[shown]?.focus();
  }

  private resultLinks(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('[part="results"] a')];
  }

  private onKey(event: KeyboardEvent): void {
    const links = this.resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const inField = at < 0;
    let next: HTMLElement | undefined;
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
      next = this.input;
    } else if (event.key === 'ArrowDown') next = links[inField ? 0 : Math.min(at + 1, links.length - 1)];
    else if (event.key === 'ArrowUp') next = inField ? undefined : at === 0 ? this.input : links[at - 1];
    else if (!inField && (event.key === 'Home' || event.key === 'End')) next = event.key === 'Home' ? links[0] : links.at(-1);
    else if (inField && event.key === 'Enter' && links[0]) {
      links[0].click();
      return event.preventDefault();
    } else return;
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  private renderResults() {
    const t = this.i18n.t.bind(this.i18n);
    if (this.status === 'failed') return html`<p class="status">${t('search.failed')}</p>`;
    if (!this.results) return html`<p class="status">${t('search.loading')}</p>`;
    const r = this.results;
    if (r.total === 0 && r.terms.length === 0) return html`<p class="status">${t('search.none', { query: this.query })}</p>`;
    const lang = uiLanguage();
    const shown = r.byText.reduce((n, text) => n + text.hits.length, 0);
    return html`<p class="status">${t('search.count', { count: r.total + r.terms.length })} · ${t('search.keysHint')}</p>
      ${r.terms.length
        ? html`<h3>${t('search.terms')}</h3>
            <ul>
              ${r.terms.map((term) => html`<li><a href="${import.meta.env.BASE_URL}glossary/#${term.id}"><span class="where" lang="zh-Hans">${term.zh[0]}</span>${term.pinyin} · ${term.en}</a></li>`)}
            </ul>`
        : nothing}
      ${r.byText.map(
        (text) => html`<h3 lang=${lang === 'zh' ? 'zh-Hans' : 'en'}>${lang === 'zh' ? text.title.zh : text.title.en}</h3>
          ${sections(text.hits).map(
            (hits) => html`${hits[0]!.section[lang] ? html`<h4 lang=${lang === 'zh' ? 'zh-Hans' : 'en'}>${hits[0]!.section[lang]}</h4>` : nothing}
              <ul>
                ${hits.map((hit) => {
                  const href = `${import.meta.env.BASE_URL}${hit.slug}/${formatHash({ kind: 'phrase', id: hit.id, lang: hit.lang, quote: hit.match, prefix: hit.prefix, suffix: hit.suffix })}`;
                  return html`<li>
                    <a href=${href} @click=${() => (this.open = false)}
                      ><span class="where">${t('cite.paragraph', { id: hit.id })}</span><span lang=${hit.lang === 'zh' ? 'zh-Hans' : 'en'}>…${hit.before}<mark>${hit.match}</mark>${hit.after}…</span></a
                    >
                  </li>`;
                })}
              </ul>`,
          )}`,
      )}
      ${r.partial || shown < r.total ? html`<p class="more"><button type="button" @click=${this.onMore}>${t('search.more', { shown })}</button></p>` : nothing}`;
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
      ${this.open ? html`<div part="results" role="region" aria-label=${t('search.label')} aria-live="polite">${this.renderResults()}</div>` : nothing}
    </form>`;
  }
}

/** A query first reads the paragraphs of its first 5 candidate chunks and shows up to 60 hits; each "Show more" adds 25 chunks and 60 hits. */
const FIRST_REACH = { chunks: 5, hits: 60 };
const MORE_REACH = { chunks: 25, hits: 60 };

/** Consecutive hits of one section, together (the hits are in reading order). */
function sections(hits: ParagraphHit[]): ParagraphHit[][] {
  const groups: ParagraphHit[][] = [];
  for (const hit of hits) {
    const last = groups.at(-1);
    if (last && last[0]!.section.id === hit.section.id) last.push(hit);
    else groups.push([hit]);
  }
  return groups;
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-search': RdrSearch;
  }
}
