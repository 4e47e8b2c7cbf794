import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { listen } from './listen.ts';
import { LocalizeController } from '../i18n/localize.ts';
import { applyView, loadView, saveView, toggleReveal, type ViewMode, type ViewSettings } from '../settings/store.ts';
import { toolbarStyles } from '../styles/controls.ts';

/**
 * How the reader shows a text: both languages, Chinese only or English only; the columns
 * swapped; and, on a phone, the English of a paragraph revealed only when it is tapped.
 * The choice is remembered (a corrupted stored value is ignored).
 *
 * @fires rdr-view-change - when the reader changes the view; `detail` is the new view.
 */
@customElement('rdr-view-controls')
export class RdrViewControls extends LitElement {
  static override styles = [
    toolbarStyles,
    css`
      :host {
        row-gap: 0.5rem;
      }
      /* On phones the view choice takes the first row and the two toggles the second, always,
         so the space reserved for this element before it upgrades is exact. */
      @media screen and (max-width: 720px) {
        [role='group'] {
          flex-basis: 100%;
        }
      }
    `,
  ];

  private readonly i18n = new LocalizeController(this);
  @state() private view: ViewSettings = loadView();

  /** In "English on tap" mode, tapping a paragraph's Chinese shows or hides its English. */
  private readonly onClick = (event: MouseEvent) => {
    if (!this.view.reveal || this.view.mode !== 'both' || !(event.target instanceof Element)) return;
    if (event.target.closest('a, button, rdr-para-actions')) return;
    const row = event.target.closest<HTMLElement>('.row');
    if (row && event.target.closest('.cell.zh')) toggleReveal(row);
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'click', this.onClick),
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    applyView(this.view);
  }

  private update_(change: Partial<ViewSettings>): void {
    this.view = { ...this.view, ...change };
    applyView(this.view);
    saveView(this.view);
    this.dispatchEvent(new CustomEvent('rdr-view-change', { detail: this.view, bubbles: true, composed: true }));
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const modes: [ViewMode, Parameters<typeof t>[0]][] = [
      ['both', 'view.both'],
      ['zh', 'view.zh'],
      ['en', 'view.en'],
    ];
    return html`<div role="group" aria-label=${t('view.label')}>
        ${modes.map(([mode, key]) => html`<button type="button" aria-pressed=${this.view.mode === mode} @click=${() => this.update_({ mode })}>${t(key)}</button>`)}
      </div>
      <button type="button" class="alone" aria-pressed=${this.view.swap} ?disabled=${this.view.mode !== 'both'} @click=${() => this.update_({ swap: !this.view.swap })}>${t('view.swap')}</button>
      <button type="button" class="alone" aria-pressed=${this.view.reveal} ?disabled=${this.view.mode !== 'both'} @click=${() => this.update_({ reveal: !this.view.reveal })}>${t('view.reveal')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-view-controls': RdrViewControls;
  }
  interface GlobalEventHandlersEventMap {
    'rdr-view-change': CustomEvent<ViewSettings>;
    'rdr-reveal': CustomEvent<{ revealed: boolean }>;
  }
}
