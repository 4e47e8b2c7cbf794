import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocalizeController } from '../i18n/localize.ts';

/**
 * Makes the static table inside it sortable: each column heading becomes a button; pressing it
 * sorts the rows by that column (numbers by value, from each cell's `data-sort` where given),
 * again to reverse. `aria-sort` tells screen readers the order. The table works unsorted without
 * JavaScript. The buttons' labels follow the interface language, also when it changes later.
 */
@customElement('rdr-sortable-table')
export class RdrSortableTable extends LitElement {
  private readonly i18n = new LocalizeController(this);

  // The table is the element's own light DOM content; there is nothing else to render.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override firstUpdated(): void {
    const table = this.querySelector('table');
    if (!table) return;
    table.querySelectorAll<HTMLTableCellElement>('thead th').forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      button.addEventListener('click', () => this.sort(table, column, th));
      th.append(button);
    });
  }

  /** Labels each sort button with its column heading (re-translated by the page) in the current language. */
  override updated(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button.sort')) {
      button.setAttribute('aria-label', this.i18n.t('indicators.sortBy', { column: button.textContent?.trim() ?? '' }));
    }
  }

  private sort(table: HTMLTableElement, column: number, th: HTMLTableCellElement): void {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of table.querySelectorAll('thead th')) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0];
    if (!body) return;
    const key = (row: HTMLTableRowElement) => {
      const cell = row.cells[column];
      const raw = cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
      const n = Number(raw);
      return raw !== '' && !Number.isNaN(n) ? n : raw;
    };
    const rows = [...body.rows].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      // Empty cells go last whatever the direction.
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
      return ascending ? order : -order;
    });
    body.append(...rows);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-sortable-table': RdrSortableTable;
  }
}
