import { LitElement, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { emit } from '../events/index.ts';
import { listen } from './listen.ts';
import { LocalizeController } from '../i18n/localize.ts';
import type { UiKey } from '../i18n/keys.ts';
import { applyView, loadView, saveView, toggleReveal, type ViewSettings } from '../settings/store.ts';

/** The four ways to show a text, in the order the v shortcut goes through them. */
const MODES = [
  { key: 'view.both', view: { mode: 'both', reveal: false } },
  { key: 'view.zh', view: { mode: 'zh', reveal: false } },
  { key: 'view.en', view: { mode: 'en', reveal: false } },
  { key: 'view.reveal', view: { mode: 'both', reveal: true } },
] as const satisfies readonly { key: UiKey; view: Omit<ViewSettings, 'swap'> }[];

/**
 * How the reader shows a text: both languages, Chinese only, English only, or "English on tap"
 * (the Chinese, each paragraph's English shown when it is tapped); and the columns swapped. The
 * button pressed is the mode in force ("Both" is not pressed while English is on tap). The choice
 * is remembered (a corrupted stored value is ignored). The controls stay in reach while reading:
 * in the sticky side column on a wide screen, in the sticky bar above the text (behind a "View"
 * button on a phone) otherwise, and the v shortcut goes to the next mode.
 *
 * @fires rdr-view-change - when the reader changes the view; `detail` is the new view.
 * @fires rdr-reveal - from the row, when a paragraph's Chinese is tapped in "English on tap" mode.
 * Its parts (in the page, no shadow root): `.view-menu`, the "View" button of a phone, and
 * `.view-panel`, the controls (a popover on a phone).
 */
@customElement('rdr-view-controls')
export class RdrViewControls extends LitElement {
  // Rendered into the page (no shadow root) and styled by reader.css, so its rules travel in the
  // CSS, not the script: the same look as the other toolbars (styles/controls.ts).
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocalizeController(this);
  @state() private view: ViewSettings = loadView();
  @query('[popover]') private panel?: HTMLElement;

  /** In "English on tap" mode, tapping a paragraph's Chinese shows or hides its English. */
  private readonly onClick = (event: MouseEvent) => {
    if (!this.view.reveal || this.view.mode !== 'both' || !(event.target instanceof Element)) return;
    if (event.target.closest('a, button, rdr-para-actions, .fig')) return;
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

  private change(change: Partial<ViewSettings>): void {
    this.view = { ...this.view, ...change };
    applyView(this.view);
    saveView(this.view);
    if (this.panel?.matches(':popover-open')) this.panel.hidePopover();
    emit(this, 'rdr-view-change', this.view);
  }

  private index(): number {
    return MODES.findIndex(({ view }) => view.mode === this.view.mode && (view.mode !== 'both' || view.reveal === this.view.reveal));
  }

  /** Goes to the next of the four modes (the v shortcut). */
  next(): void {
    this.change(MODES[(this.index() + 1) % MODES.length]!.view);
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const current = this.index();
    return html`<button class="view-menu" type="button" popovertarget="rdr-view-panel">${t('view.menu', { mode: t(MODES[current]?.key ?? 'view.both') })}</button>
      <div class="view-panel" id="rdr-view-panel" popover>
        <div role="group" aria-label=${t('view.label')}>
          ${MODES.map(({ key, view }, i) => html`<button type="button" aria-pressed=${i === current} @click=${() => this.change(view)}>${t(key)}</button>`)}
        </div>
        <button type="button" aria-pressed=${this.view.swap} ?disabled=${this.view.mode !== 'both'} @click=${() => this.change({ swap: !this.view.swap })}>${t('view.swap')}</button>
        <button type="button" class="view-keys" aria-haspopup="dialog" @click=${() => document.querySelector('rdr-shortcuts')?.open()}>${t('keys.button')} <kbd>?</kbd></button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-view-controls': RdrViewControls;
  }
}
