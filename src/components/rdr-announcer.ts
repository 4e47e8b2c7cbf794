import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { AnnounceDetail } from '../citation/clipboard.ts';
import { listen } from './listen.ts';
import { LocalizeController } from '../i18n/localize.ts';

/**
 * The page's polite live region: confirms a copied link or citation, and when copying was not
 * allowed, shows the text in a selected field so it can be copied by hand.
 *
 * @csspart toast - the visible message.
 * @csspart field - the field holding text to copy by hand.
 */
@customElement('rdr-announcer')
export class RdrAnnouncer extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inset-inline: var(--rdr-space-3, 1rem);
      inset-block-end: var(--rdr-space-3, 1rem);
      z-index: 20;
      display: flex;
      justify-content: center;
      pointer-events: none;
    }
    [part='toast'] {
      pointer-events: auto;
      max-inline-size: 40rem;
      padding: var(--rdr-space-2, 0.5rem) var(--rdr-space-3, 1rem);
      border-radius: var(--rdr-radius, 0.375rem);
      background: var(--rdr-color-text, #1d1b17);
      color: var(--rdr-color-bg, #fdfcf9);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
      overflow-wrap: anywhere;
    }
    [part='toast']:empty {
      display: none;
    }
    input {
      display: block;
      inline-size: 100%;
      margin-block-start: var(--rdr-space-2, 0.5rem);
      font: inherit;
      padding: 0.25rem 0.5rem;
    }
    button {
      font: inherit;
      margin-block-start: var(--rdr-space-2, 0.5rem);
      padding: 0.2rem 0.6rem;
      border: 1px solid currentColor;
      border-radius: var(--rdr-radius, 0.375rem);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `;

  private readonly i18n = new LocalizeController(this);
  @state() private message = '';
  @state() private manual = '';
  @query('input') private field?: HTMLInputElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly onAnnounce = (event: CustomEvent<AnnounceDetail>) => {
    clearTimeout(this.timer);
    // Clearing first makes screen readers announce a repeated message again.
    this.message = '';
    requestAnimationFrame(() => {
      this.message = event.detail.message;
      this.manual = event.detail.manualCopy ?? '';
      if (!this.manual) this.timer = setTimeout(() => (this.message = ''), 6000);
    });
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'rdr-announce', this.onAnnounce),
  ];

  protected override updated(): void {
    if (this.manual && this.field && this.shadowRoot?.activeElement !== this.field) {
      this.field.focus();
      this.field.select();
    }
  }

  override render() {
    return html`<div part="toast" role="status" aria-live="polite">${this.message
      ? html`${this.message}${this.manual
          ? html`<input part="field" readonly .value=${this.manual} aria-label=${this.message} /><button type="button" @click=${() => ((this.message = ''), (this.manual = ''))}>${this.i18n.t('reader.dismiss')}</button>`
          : nothing}`
      : nothing}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-announcer': RdrAnnouncer;
  }
}
