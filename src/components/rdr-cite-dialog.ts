import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { citationUrl } from '../citation/actions.ts';
import { copyWithNotice } from '../citation/clipboard.ts';
import { citableText } from '../citation/document.ts';
import { citations, plainText, runs, type CitationFormat } from '../citation/formats.ts';
import type { CitationTarget } from '../citation/hash.ts';
import { counterpartQuote } from '../citation/counterpart.ts';
import { listen } from './listen.ts';
import { LocalizeController, uiLanguage } from '../i18n/localize.ts';
import type { UiKey } from '../i18n/keys.ts';
import { buttonStyles, dialogStyles } from '../styles/controls.ts';

const FORMAT_LABEL: Record<CitationFormat, UiKey> = {
  chicago: 'cite.formatChicago',
  chicagoBib: 'cite.formatChicagoBib',
  apa: 'cite.formatApa',
  apaText: 'cite.formatApaText',
  mla: 'cite.formatMla',
  mlaText: 'cite.formatMlaText',
  gbt: 'cite.formatGbt',
  bibtex: 'cite.formatBibtex',
  plain: 'cite.formatPlain',
};
const ENGLISH: CitationFormat[] = ['chicago', 'chicagoBib', 'apa', 'apaText', 'mla', 'mlaText'];
/** A Chinese-language paper needs GB/T 7714 first; the English styles are the same in both. */
const ORDER = { en: [...ENGLISH, 'gbt', 'bibtex', 'plain'], zh: ['gbt', 'plain', ...ENGLISH, 'bibtex'] } as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The "Cite" dialog: the permalink and ready-made citations for a paragraph, a range or a phrase,
 * each with a Copy button (italics kept on a rich paste): Chicago, APA and MLA as their manuals
 * write a Chinese source in an English paper, GB/T 7714-2015 for a Chinese paper, BibTeX, and a
 * plain form in the interface language; links to the text's RIS and CSL-JSON records and, where
 * the metadata gives them, to the official original and an archived copy. Opens on
 * `rdr-cite-request` from anywhere in the page.
 *
 * @fires rdr-announce - after a Copy; `detail.message` says what was copied.
 * @csspart dialog - the dialog box.
 */
@customElement('rdr-cite-dialog')
export class RdrCiteDialog extends LitElement {
  static override styles = [buttonStyles, dialogStyles, css`
    dialog {
      inline-size: min(44rem, calc(100vw - 2rem));
      max-block-size: calc(100dvh - 2rem);
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--rdr-space-3);
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    section {
      margin-block: var(--rdr-space-3);
    }
    h3 {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      margin: 0 0 var(--rdr-space-1);
      font-size: 0.9375rem;
    }
    pre {
      margin: 0;
      padding: var(--rdr-space-2) var(--rdr-space-3);
      background: var(--rdr-color-surface);
      border-radius: var(--rdr-radius);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-family: var(--rdr-font-en);
      font-size: 0.9375rem;
      user-select: all;
    }
    pre.code {
      font-family: ui-monospace, 'Noto Sans Mono', monospace;
      font-size: 0.8125rem;
    }
    button {
      font-size: 0.875rem;
      padding: 0.2rem 0.7rem;
    }
    .hint,
    .downloads {
      color: var(--rdr-color-muted);
      font-size: 0.875rem;
    }
    a {
      color: var(--rdr-color-link);
    }
  `];

  private readonly i18n = new LocalizeController(this);
  @state() private target: CitationTarget | undefined;
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly onRequest = (event: CustomEvent<{ target: CitationTarget }>) => {
    this.target = event.detail.target;
    void this.updateComplete.then(() => {
      if (!this.dialog.open) this.dialog.showModal();
    });
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'rdr-cite-request', this.onRequest),
  ];

  private today(): string {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }

  private async copy(text: string, format: CitationFormat | 'link'): Promise<void> {
    const copied = format === 'link' ? this.i18n.t('cite.linkCopied', { url: text }) : this.i18n.t('cite.citationCopied', { format: this.i18n.t(FORMAT_LABEL[format]) });
    const rich = runs(text).map((r) => (r.italic ? `<i>${escape(r.text)}</i>` : escape(r.text))).join('');
    await copyWithNotice(this, plainText(text), { copied, manual: this.i18n.t('cite.copyManually') }, text === plainText(text) ? undefined : rich);
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const text = citableText();
    const target = this.target;
    const lang = uiLanguage();
    const body =
      target && text
        ? (() => {
            const url = citationUrl(target);
            const quote = target.kind === 'phrase' ? { [target.lang]: target.quote, ...counterpartQuote(target) } : undefined;
            const all = citations({ text, target, url, accessed: this.today(), quote }, lang, t);
            const link = (href: string | undefined, key: UiKey) => (href ? html` · <a href=${href} rel="noopener noreferrer">${t(key)}</a>` : nothing);
            return html`<section>
                <h3><span>${t('cite.permalink')}</span><button type="button" @click=${() => this.copy(url, 'link')}>${t('cite.copy')}</button></h3>
                <pre class="code" data-format="link">${url}</pre>
              </section>
              <p class="hint">${t('cite.styles')}</p>
              ${ORDER[lang].map(
                (format) => html`<section>
                  <h3>
                    <span>${t(FORMAT_LABEL[format])}</span>
                    <button type="button" aria-label=${t('cite.copyFormat', { format: t(FORMAT_LABEL[format]) })} @click=${() => this.copy(all[format], format)}>${t('cite.copy')}</button>
                  </h3>
                  <pre class=${format === 'bibtex' ? 'code' : ''} data-format=${format} lang=${format === 'gbt' || (format === 'plain' && lang === 'zh') ? 'zh-Hans' : 'en'}>${runs(all[format]).map((r) => (r.italic ? html`<i>${r.text}</i>` : r.text))}</pre>
                </section>`,
              )}
              <p class="downloads">${t('cite.downloads')} <a href="citation.ris" download=${`${text.slug}.ris`} type="application/x-research-info-systems">${t('cite.downloadRis')}</a> · <a href="citation.json" download=${`${text.slug}.json`} type="application/vnd.citationstyles.csl+json">${t('cite.downloadCsl')}</a>${link(text.source?.url, 'cite.officialOriginal')}${link(text.source?.archived, 'cite.archivedCopy')}</p>
              <p class="hint">${t('cite.rangeHint')}</p>`;
          })()
        : nothing;
    return html`<dialog part="dialog" aria-labelledby="title" @close=${() => (this.target = undefined)}>
      <header>
        <h2 id="title">${t('cite.dialogTitle')}</h2>
        <button type="button" @click=${() => this.dialog.close()}>${t('cite.close')}</button>
      </header>
      ${body}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-cite-dialog': RdrCiteDialog;
  }
}
