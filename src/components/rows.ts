/**
 * The rows of a text far from the window skip their rendering (content-visibility: auto in
 * reader.css) and stand at their last rendered size, or at an estimate until they have been
 * rendered once. A scroll to a paragraph must see the real size of every row above it, or it
 * lands where the estimates put it and the paragraph moves away as they are rendered. These lay
 * every row out for real (a class on the root), and two frames later, once each row's size has
 * been remembered, let the rows out of view skip their rendering again, at the size they had.
 */
const CLASS = 'rdr-rows-laid-out';
let holds = 0;

/** Lays every row out for real until the returned release is called, and two frames more. */
function hold(): () => void {
  const root = document.documentElement;
  holds++;
  root.classList.add(CLASS);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (--holds === 0) root.classList.remove(CLASS);
      }),
    );
  };
}

/** Lays every row out for real until two frames from now. */
export function layOutRows(): void {
  hold()();
}

/**
 * From now on the script lays the rows out before each scroll to a paragraph. A page opened on a
 * part of it had every row laid out by CSS until then (:target): they stay so two frames more.
 */
export function manageRows(): void {
  if (document.querySelector(':target')) layOutRows();
  document.documentElement.classList.add('rdr-rows-managed');
}

/**
 * Scrolls with every row at its real size. `afterPaint` (a page reopened where the reader was,
 * with no click or key to account for the move): the rows first take their real sizes in a frame
 * of their own, out of view, and the scroll comes in the next; sizes and scroll changing in the
 * same frame would count as a layout shift.
 */
function scrollLaidOut(scroll: () => void, afterPaint: boolean): void {
  const release = hold();
  const run = () => {
    scroll();
    release();
  };
  if (afterPaint) requestAnimationFrame(() => requestAnimationFrame(run));
  else run();
}

/** Scrolls an element to the top of the window (below its scroll margin) with every row at its real size. */
export function scrollToRow(element: Element): void {
  scrollLaidOut(() => element.scrollIntoView({ block: 'start' }), false);
}

/** Whether a click follows a link to a place in this page (the browser scrolls there itself). */
export function isInPageLink(event: MouseEvent): boolean {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href*="#"]') : null;
  return !!link && link.hash !== '' && link.origin === location.origin && link.pathname === location.pathname && link.search === location.search;
}

/**
 * Where the reader is, kept in the page's history entry: a reload, or coming back to the page,
 * opens at the same paragraph. The browser's own scroll restoration would put back the offset,
 * which lands elsewhere once rows out of view stand at estimated sizes; so it is turned off, and
 * the row at the top of the window (with how far the window is into it) is saved instead, a
 * moment after each scroll (not as the page is left: changing the history entry then keeps the
 * page out of the browser's back/forward cache).
 */
const KEY = 'rdrReading';
type Position = { id: string; offset: number };
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let keeping = false;

/** The first row whose bottom is below the top of the window (rows are in document order). */
function readingPosition(): Position | undefined {
  const rows = document.querySelectorAll<HTMLElement>('.document > .row[id]');
  if (rows.length === 0) return undefined;
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle]!.getBoundingClientRect().bottom > 0) high = middle;
    else low = middle + 1;
  }
  const row = rows[low]!;
  return { id: row.id, offset: -row.getBoundingClientRect().top };
}

function savePosition(): void {
  const at = readingPosition();
  if (at) history.replaceState({ ...(history.state as object | null), [KEY]: at }, '');
}

/** Starts keeping the reading position in the history entry (once per page). */
export function keepReadingPosition(): void {
  if (keeping) return;
  keeping = true;
  history.scrollRestoration = 'manual';
  addEventListener(
    'scroll',
    () => {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(savePosition, 250);
    },
    { passive: true },
  );
}

/** Scrolls back to the position saved in this history entry, if there is one (after a paint: above). */
export function restoreReadingPosition(): void {
  const at = (history.state as Record<string, Position | undefined> | null)?.[KEY];
  const row = at ? document.getElementById(at.id) : null;
  if (!at || !row) return;
  scrollLaidOut(() => scrollTo({ top: row.getBoundingClientRect().top + scrollY + at.offset, behavior: 'instant' }), true);
}
