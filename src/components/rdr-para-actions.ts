import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { copyCitationLink, requestCitation } from '../citation/actions.ts';
import { idleElement, whenIdle } from './idle.ts';
import { LocalizeController } from '../i18n/localize.ts';
import { toggleReveal } from '../settings/store.ts';

/**
 * "Copy link" and "Cite" for one paragraph, in the paragraph's gutter. The build writes the
 * element empty into each row; its space is reserved in CSS so nothing moves when it upgrades.
 * The buttons are the gutter toolbar's items after the paragraph link (tabindex -1: ← / → reach
 * them, see rdr-shortcuts). On a wide screen they show as icons side by side (a short paragraph's
 * row stays short), on a phone with their words.
 *
 * @fires rdr-cite-request - when Cite is pressed; `detail.target` is the paragraph.
 * @fires rdr-announce - after a copy; `detail.message` says what was copied.
 * @fires rdr-reveal - from the row, when Show / Hide English is pressed.
 * Rendered into the page (no shadow root): each button has `part=button` and an `.icon`.
 */
@idleElement('rdr-para-actions')
export class RdrParaActions extends LitElement {
  // Rendered into the page and styled by components.css (rdr-para-actions): one rule set for every
  // paragraph, kept out of the script.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocalizeController(this);

  /** The paragraph id this element acts on. */
  @property() para = '';

  /**
   * The first render waits for idle time (idle.ts), in document order: a long text has hundreds
   * of these, and none is needed for the first paint (their room is reserved in CSS).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    return new Promise<void>((done) =>
      whenIdle(() => {
        super.scheduleUpdate();
        done();
      }),
    );
  }

  /** Whether the page is in "English on tap" mode, where this paragraph gets a Show English button. */
  private get revealMode(): boolean {
    const main = this.closest('main');
    return !!main?.hasAttribute('data-reveal') && main.dataset.view === 'both';
  }

  private get revealed(): boolean {
    return !!this.closest('.row')?.classList.contains('revealed');
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
    return html`<button part="button" type="button" tabindex="-1" data-action="link" title=${t('cite.copyLink')} aria-label=${t('cite.copyLinkTo', { id: this.para })}><span class="icon icon-link"></span><span class="text">${t('cite.copyLink')}</span></button
      ><button part="button" type="button" tabindex="-1" data-action="cite" title=${t('cite.cite')} aria-label=${t('cite.citeParagraph', { id: this.para })} aria-haspopup="dialog"><span class="icon icon-cite"></span><span class="text">${t('cite.cite')}</span></button
      >${this.revealMode
        ? html`<button part="button" type="button" tabindex="-1" data-action="reveal" aria-expanded=${this.revealed} aria-label=${t(this.revealed ? 'view.hideEnglishFor' : 'view.showEnglishFor', { id: this.para })}>${t(this.revealed ? 'view.hideEnglish' : 'view.showEnglish')}</button>`
        : ''}`;
  }

  /** What a press of one of its buttons does. */
  act(action: string | undefined): void {
    if (action === 'link') void this.copyLink();
    else if (action === 'cite') this.cite();
    else if (action === 'reveal') this.toggleEnglish();
  }
}

// One listener each for the whole page, not one per button or two per paragraph: a press of a
// button, a new view (every row's buttons re-rendered), a paragraph's English shown or hidden
// (that row's). Copies not yet upgraded render the page as it is when they are.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('rdr-para-actions button[data-action]') : null;
  const actions = button?.closest('rdr-para-actions');
  if (actions instanceof RdrParaActions) actions.act(button!.dataset.action);
});
document.addEventListener('rdr-view-change', () => {
  for (const actions of document.querySelectorAll('rdr-para-actions')) if (actions instanceof RdrParaActions) actions.requestUpdate();
});
document.addEventListener('rdr-reveal', (event) => {
  const actions = event.target instanceof Element ? event.target.querySelector(':scope > .gutter rdr-para-actions') : null;
  if (actions instanceof RdrParaActions) actions.requestUpdate();
});

declare global {
  interface HTMLElementTagNameMap {
    'rdr-para-actions': RdrParaActions;
  }
}
