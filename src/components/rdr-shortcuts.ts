import { LitElement, css, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { listen } from './listen.ts';
import { LocalizeController } from '../i18n/localize.ts';
import { buttonStyles, dialogStyles } from '../styles/controls.ts';

/**
 * Keyboard shortcuts: j / k move to the next / previous paragraph, / focuses search, ? lists the
 * shortcuts, Esc closes what is open. Keys typed into a field are left alone.
 *
 * @csspart dialog - the list of shortcuts.
 */
@customElement('rdr-shortcuts')
export class RdrShortcuts extends LitElement {
  static override styles = [buttonStyles, dialogStyles, css`
    h2 {
      margin-block-start: 0;
      font-size: 1.125rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--rdr-space-2, 0.5rem) var(--rdr-space-3, 1rem);
    }
    dd {
      margin: 0;
    }
    kbd {
      display: inline-block;
      min-inline-size: 1.5em;
      padding: 0.1em 0.4em;
      border: 1px solid var(--rdr-color-rule, #d9d3c4);
      border-radius: 0.25rem;
      text-align: center;
      font-family: ui-monospace, monospace;
    }
  `];

  private readonly i18n = new LocalizeController(this);
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    const typing = !!target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || target?.isContentEditable;
    if (typing || this.dialog?.open) return;
    switch (event.key) {
      case 'j':
        this.move(1);
        break;
      case 'k':
        this.move(-1);
        break;
      case '/':
        this.dispatchEvent(new CustomEvent('rdr-search-focus', { bubbles: true, composed: true }));
        break;
      case '?':
        this.dialog.showModal();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'keydown', this.onKey),
  ];

  /** Moves focus to the next or previous paragraph row, from the focused one or the one in view. */
  private move(step: 1 | -1): void {
    const rows = [...document.querySelectorAll<HTMLElement>('.row[id]')].filter((r) => r.offsetParent !== null);
    if (rows.length === 0) return;
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.row');
    let index = focused ? rows.indexOf(focused) : -1;
    if (index < 0) {
      // The first row whose top is in view counts as the current one.
      index = rows.findIndex((r) => r.getBoundingClientRect().bottom > 80);
      if (step === 1 && index >= 0 && rows[index]!.getBoundingClientRect().top > 80) index -= 1;
    }
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))]!;
    next.setAttribute('tabindex', '-1');
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'start' });
  }

  /** Opens the list of shortcuts. */
  open(): void {
    this.dialog.showModal();
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    return html`<dialog part="dialog" aria-labelledby="keys-title">
      <h2 id="keys-title">${t('keys.title')}</h2>
      <dl>
        <dt><kbd>j</kbd></dt>
        <dd>${t('keys.next')}</dd>
        <dt><kbd>k</kbd></dt>
        <dd>${t('keys.previous')}</dd>
        <dt><kbd>/</kbd></dt>
        <dd>${t('keys.search')}</dd>
        <dt><kbd>?</kbd></dt>
        <dd>${t('keys.help')}</dd>
        <dt><kbd>Esc</kbd></dt>
        <dd>${t('keys.close')}</dd>
      </dl>
      <form method="dialog"><button>${t('cite.close')}</button></form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-shortcuts': RdrShortcuts;
  }
  interface GlobalEventHandlersEventMap {
    'rdr-search-focus': CustomEvent<void>;
  }
}
