import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { AnnounceDetail } from '../citation/clipboard.ts';
import { listen } from './listen.ts';
import { LocalizeController } from '../i18n/localize.ts';

/**
 * The page's polite live region: confirms a copied link or citation, and when copying was not
 * allowed, shows the text in a selected field so it can be copied by hand.
 *
 * Its parts (in the page, no shadow root): `[part=toast]`, the visible message, and
 * `[part=field]`, the field holding text to copy by hand.
 */
@customElement('rdr-announcer')
export class RdrAnnouncer extends LitElement {
  // Rendered into the page and styled by components.css (rdr-announcer), keeping its rules out of the script.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

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
    if (this.manual && this.field && document.activeElement !== this.field) {
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
