import { LitElement, html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { copyCitationLink, requestCitation } from '../citation/actions.ts';
import { emit } from '../events/index.ts';
import { listen } from './listen.ts';
import { layOutRows, scrollToRow } from './rows.ts';
import { whenIdle } from './idle.ts';
import { LocalizeController } from '../i18n/localize.ts';
import { isMarked } from '../settings/store.ts';

/** The annotations of a paragraph's text that open an explanation. */
const ITEM = 'a.term[data-term], .fig[data-fig]';

/**
 * The reader's keyboard model, and the list of its shortcuts.
 *
 * Tab goes from paragraph to paragraph and control to control, never through every term: each
 * paragraph's text in each language is one Tab stop (a roving tabindex: the stop is the cell's
 * first marked term or figure, or the one last focused there), and ← / → (Home / End) move among
 * the cell's terms and figures. Each paragraph's gutter is a toolbar (its link, Copy link, Cite):
 * one Tab stop, ← / → inside it. The explanation of the focused term is a non-modal dialog placed
 * next to it in the Tab order (rdr-term-popup): Tab enters it to follow its links, Esc closes it
 * and returns to the term.
 *
 * Shortcuts: j / k the next / previous paragraph, l copy the current paragraph's link, c cite it,
 * v the next view, / search, ? this list, Esc close what is open. Keys typed into a field are left
 * alone.
 *
 * @fires rdr-search-focus - on /.
 * @fires rdr-cite-request - on c; `detail.target` is the current paragraph.
 * @fires rdr-announce - after a copy; `detail.message` says what was copied.
 * Its part (in the page, no shadow root): `[part=dialog]`, the list of shortcuts.
 */
@customElement('rdr-shortcuts')
export class RdrShortcuts extends LitElement {
  // Rendered into the page and styled by components.css (rdr-shortcuts), keeping its rules out of the script.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocalizeController(this);
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    const typing = !!target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || target?.isContentEditable;
    if (typing || this.dialog?.open) return;
    if (this.arrow(event)) return event.preventDefault();
    // The browser scrolls to the end of the page itself: with every row at its real size, so that
    // the end it makes for is where the end is.
    if (event.key === 'End') layOutRows();
    const row = () => this.current();
    switch (event.key) {
      case 'j':
        this.move(1);
        break;
      case 'k':
        this.move(-1);
        break;
      case 'l': {
        const id = row()?.id;
        if (id) void copyCitationLink(this, { kind: 'paragraph', id }, this.i18n.t.bind(this.i18n));
        break;
      }
      case 'c': {
        const id = row()?.id;
        if (id) requestCitation(this, { kind: 'paragraph', id });
        break;
      }
      case 'v':
        document.querySelector('rdr-view-controls')?.next();
        break;
      case '/':
        emit(this, 'rdr-search-focus');
        break;
      case '?':
        this.dialog.showModal();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** The focused item moves to its neighbour in its cell or toolbar; a moved cell stop is remembered. */
  private arrow(event: KeyboardEvent): boolean {
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -Infinity, End: Infinity }[event.key];
    if (step === undefined || event.shiftKey) return false;
    const focused = event.target;
    const group = target(event)?.closest('.cell[data-para], .row > .gutter');
    if (!group || !(focused instanceof HTMLElement)) return false;
    const gutter = group.matches('.gutter');
    const items = [...group.querySelectorAll<HTMLElement>(gutter ? 'a.para-id, button' : ITEM)].filter((el) => gutter || isMarked(el));
    const at = items.indexOf(focused);
    if (at < 0) return false;
    items[Math.max(0, Math.min(items.length - 1, at + step))]?.focus();
    return true;
  }

  /** A focused term or figure becomes its cell's Tab stop. */
  private readonly onFocusIn = (event: FocusEvent) => {
    const item = target(event)?.closest<HTMLElement>(ITEM);
    const cell = item?.closest('.cell[data-para]');
    if (item && cell && item.tabIndex !== 0) this.rove(cell, item);
  };

  /** Listeners held while the element is connected. */
  private readonly listeners = [
    listen(this, document, 'keydown', this.onKey),
    listen(this, document, 'focusin', this.onFocusIn),
    listen(this, document, 'rdr-marks-change', () => this.roveAll()),
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    // A cell at a time, in idle time; until then a cell's terms are Tab stops, as without JavaScript.
    for (const cell of document.querySelectorAll('.cell[data-para]')) whenIdle(() => this.rove(cell));
  }

  /** One Tab stop per paragraph cell: its first marked term or figure. */
  private roveAll(): void {
    for (const cell of document.querySelectorAll('.cell[data-para]')) this.rove(cell);
  }

  private rove(cell: Element, stop?: HTMLElement): void {
    const items = [...cell.querySelectorAll<HTMLElement>(ITEM)];
    stop ??= items.find(isMarked);
    for (const item of items) item.tabIndex = item === stop ? 0 : -1;
  }

  /**
   * The focused paragraph row, or else the one being read: the first whose bottom is below the
   * reading line, where j puts a row's top (its scroll margin, below the sticky bar if there is one).
   */
  private current(): HTMLElement | undefined {
    const rows = [...document.querySelectorAll<HTMLElement>('.row[id]')].filter((r) => r.offsetParent !== null);
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.row');
    return focused && rows.includes(focused) ? focused : rows.find((r) => r.getBoundingClientRect().bottom > readingLine(r));
  }

  /** Moves focus to the next or previous paragraph row, from the focused one or the one in view. */
  private move(step: 1 | -1): void {
    const rows = [...document.querySelectorAll<HTMLElement>('.row[id]')].filter((r) => r.offsetParent !== null);
    const from = this.current();
    if (!from) return;
    let index = rows.indexOf(from);
    // A row whose top is still below the reading line is not yet "read": j goes to it, not past it.
    if (step === 1 && from !== document.activeElement?.closest('.row') && from.getBoundingClientRect().top > readingLine(from)) index -= 1;
    const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))]!;
    next.setAttribute('tabindex', '-1');
    next.focus({ preventScroll: true });
    scrollToRow(next);
  }

  /** Opens the list of shortcuts. */
  open(): void {
    this.dialog.showModal();
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const keys: [string[], Parameters<typeof t>[0]][] = [
      [['j'], 'keys.next'],
      [['k'], 'keys.previous'],
      [['←', '→'], 'keys.arrows'],
      [['Home', 'End'], 'keys.homeEnd'],
      [['Tab'], 'keys.tab'],
      [['l'], 'keys.copyLink'],
      [['c'], 'keys.cite'],
      [['v'], 'keys.view'],
      [['/'], 'keys.search'],
      [['?'], 'keys.help'],
      [['Esc'], 'keys.close'],
    ];
    return html`<dialog part="dialog" aria-labelledby="keys-title">
      <h2 id="keys-title">${t('keys.title')}</h2>
      <dl>
        ${keys.map(([combo, key]) => html`<dt>${combo.map((k) => html`<kbd>${k}</kbd> `)}</dt><dd>${t(key)}</dd>`)}
      </dl>
      <form method="dialog"><button>${t('cite.close')}</button></form>
    </dialog>`;
  }
}

/** How far below the top of the window a row scrolled to stands: its scroll margin, and a little. */
function readingLine(row: HTMLElement): number {
  return parseFloat(getComputedStyle(row).scrollMarginBlockStart) + 4;
}

/** The element an event happened on, as seen from the document. */
function target(event: Event): Element | null {
  return event.target instanceof Element ? event.target : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-shortcuts': RdrShortcuts;
  }
}
