import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize.ts';

/**
 * Makes paragraph links land: on load and on every hash change it finds the paragraph row
 * (also through the text's alias list), highlights it, scrolls to it and moves focus there so
 * screen readers start reading at the cited paragraph. An unknown hash shows a dismissible
 * notice instead of failing silently.
 *
 * @fires rdr-paragraph-target - when a link lands on a paragraph; `detail.id` is its id.
 * @csspart notice - the notice shown for an unknown paragraph.
 * @cssproperty --rdr-color-surface - the notice background.
 */
@customElement('rdr-para-target')
export class RdrParaTarget extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    [part='notice'] {
      display: flex;
      gap: var(--rdr-space-3, 1rem);
      align-items: baseline;
      justify-content: space-between;
      margin-block: var(--rdr-space-3, 1rem);
      padding: var(--rdr-space-3, 1rem);
      border-radius: var(--rdr-radius, 0.375rem);
      background: var(--rdr-color-surface, #f3f0e8);
      border-inline-start: 4px solid var(--rdr-color-accent, #a3320f);
    }
    button {
      font: inherit;
      padding: 0.25rem 0.75rem;
      border: 1px solid currentColor;
      border-radius: var(--rdr-radius, 0.375rem);
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--rdr-color-focus, #1a5fb4);
      outline-offset: 2px;
    }
  `;

  private readonly i18n = new LocalizeController(this);

  /** The hash that named no paragraph, shown in the notice; empty when there is none. */
  @state() private missing = '';

  private readonly onHashChange = () => this.land();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.land();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private aliases(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(this.closest('[data-aliases]')?.getAttribute('data-aliases') ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private land(): void {
    for (const old of document.querySelectorAll('.row.is-target')) old.classList.remove('is-target');
    const raw = location.hash.slice(1);
    if (!raw) {
      this.missing = '';
      return;
    }
    let id: string;
    try {
      id = decodeURIComponent(raw);
    } catch {
      id = raw;
    }
    const resolved = this.aliases()[id] ?? id;
    const target = document.getElementById(resolved);
    if (!target || !target.classList.contains('row')) {
      // Non-paragraph anchors (e.g. #main, #excerpt-end) are ordinary anchors, not errors.
      this.missing = target ? '' : id;
      return;
    }
    this.missing = '';
    target.classList.add('is-target');
    target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    this.dispatchEvent(new CustomEvent('rdr-paragraph-target', { detail: { id: resolved }, bubbles: true, composed: true }));
  }

  private dismiss(): void {
    this.missing = '';
  }

  override render() {
    if (!this.missing) return nothing;
    return html`<div part="notice" role="status">
      <span>${this.i18n.t('reader.targetNotFound', { id: this.missing })}</span>
      <button type="button" @click=${this.dismiss}>${this.i18n.t('reader.dismiss')}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-para-target': RdrParaTarget;
  }
  interface GlobalEventHandlersEventMap {
    'rdr-paragraph-target': CustomEvent<{ id: string }>;
  }
}
