import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { copyCitationLink, requestCitation } from '../citation/actions.ts';
import { listen } from './listen.ts';
import { LocalizeController } from '../i18n/localize.ts';
import { toggleReveal } from '../settings/store.ts';

/**
 * "Copy link" and "Cite" for one paragraph, in the paragraph's gutter. The build writes the
 * element empty into each row; its space is reserved in CSS so nothing moves when it upgrades.
 *
 * @fires rdr-cite-request - when Cite is pressed; `detail.target` is the paragraph.
 * @csspart button - each of the two buttons.
 */
@customElement('rdr-para-actions')
export class RdrParaActions extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: var(--rdr-space-1, 0.25rem);
      justify-content: end;
    }
    button {
      font: inherit;
      font-size: 0.75rem;
      line-height: 1.2;
      padding: 0.2rem 0.45rem;
      border: 1px solid var(--rdr-color-rule, #d9d3c4);
      border-radius: var(--rdr-radius, 0.375rem);
      background: var(--rdr-color-bg, #fff);
      color: var(--rdr-color-muted, #5c574c);
      cursor: pointer;
      white-space: nowrap;
    }
    button:hover {
      color: var(--rdr-color-link, #8a2b0c);
      border-color: currentColor;
    }
    button:focus-visible {
      outline: 3px solid var(--rdr-color-focus, #1a5fb4);
      outline-offset: 1px;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
    }
  `;

  private readonly i18n = new LocalizeController(this);

  /** The paragraph id this element acts on. */
  @property() para = '';
  /** Whether the page is in "English on tap" mode, where this paragraph gets a Show English button. */
  @state() private revealMode = false;
  @state() private revealed = false;

  private readonly onView = () => {
    const main = this.closest('main');
    this.revealMode = !!main?.hasAttribute('data-reveal') && main.dataset.view === 'both';
  };

  private readonly onReveal = (event: CustomEvent<{ revealed: boolean }>) => {
    if (event.target === this.closest('.row')) this.revealed = event.detail.revealed;
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'rdr-view-change', this.onView),
    listen(this, document, 'rdr-reveal', this.onReveal),
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.onView();
  }

  private toggleEnglish(): void {
    const row = this.closest<HTMLElement>('.row');
    if (row) toggleReveal(row);
  }

  private async copyLink(): Promise<void> {
    await copyCitationLink(this, { kind: 'paragraph', id: this.para }, this.i18n.t.bind(this.i18n));
  }

  private cite(): void {
    requestCitation(this, { kind: 'paragraph', id: this.para });
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    return html`<button part="button" type="button" aria-label=${t('cite.copyLinkTo', { id: this.para })} @click=${this.copyLink}>${t('cite.copyLink')}</button
      ><button part="button" type="button" aria-label=${t('cite.citeParagraph', { id: this.para })} aria-haspopup="dialog" @click=${this.cite}>${t('cite.cite')}</button
      >${this.revealMode
        ? html`<button part="button" type="button" aria-expanded=${this.revealed} aria-label=${t(this.revealed ? 'view.hideEnglishFor' : 'view.showEnglishFor', { id: this.para })} @click=${this.toggleEnglish}>${t(this.revealed ? 'view.hideEnglish' : 'view.showEnglish')}</button>`
        : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-para-actions': RdrParaActions;
  }
}
