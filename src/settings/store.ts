/**
 * The reader's remembered choices, in localStorage. Every read is validated: a value that is
 * missing, corrupted or from another version falls back to the default and never throws.
 */
import { emit } from '../events/index.ts';

export type ViewMode = 'both' | 'zh' | 'en';
export interface ViewSettings {
  mode: ViewMode;
  swap: boolean;
  /** On a phone (stacked layout): show a paragraph's English only when it is tapped. */
  reveal: boolean;
}
export type Theme = 'system' | 'light' | 'dark';
/** Which annotations the text marks (underlines and opens): both kinds, one of them, or neither. */
export type Marks = 'all' | 'terms' | 'figures' | 'none';
export const MARKS: readonly Marks[] = ['all', 'terms', 'figures', 'none'];

export const DEFAULT_VIEW: ViewSettings = { mode: 'both', swap: false, reveal: false };
export const FONT_STEPS = { min: -2, max: 4 } as const;

const KEYS = { view: 'rdr:view', theme: 'rdr:theme', fontStep: 'rdr:font-step', marks: 'rdr:marks', legend: 'rdr:legend-seen' } as const;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (privacy settings): behave as if nothing was stored
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered, but the choice still applies to this page.
  }
}

export function loadView(): ViewSettings {
  try {
    const parsed: unknown = JSON.parse(read(KEYS.view) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return { ...DEFAULT_VIEW };
    const v = parsed as Record<string, unknown>;
    return {
      mode: v.mode === 'zh' || v.mode === 'en' || v.mode === 'both' ? v.mode : DEFAULT_VIEW.mode,
      swap: typeof v.swap === 'boolean' ? v.swap : DEFAULT_VIEW.swap,
      reveal: typeof v.reveal === 'boolean' ? v.reveal : DEFAULT_VIEW.reveal,
    };
  } catch {
    return { ...DEFAULT_VIEW };
  }
}

export function saveView(view: ViewSettings): void {
  write(KEYS.view, JSON.stringify(view));
}

export function loadTheme(): Theme {
  const t = read(KEYS.theme);
  return t === 'light' || t === 'dark' ? t : 'system';
}

export function saveTheme(theme: Theme): void {
  write(KEYS.theme, theme);
}

export function loadFontStep(): number {
  const n = Number(read(KEYS.fontStep));
  return Number.isInteger(n) && n >= FONT_STEPS.min && n <= FONT_STEPS.max ? n : 0;
}

export function saveFontStep(step: number): void {
  write(KEYS.fontStep, String(step));
}

export function loadMarks(): Marks {
  const m = read(KEYS.marks);
  return MARKS.find((known) => known === m) ?? 'all';
}

export function saveMarks(marks: Marks): void {
  write(KEYS.marks, marks);
}

/** Whether the reader has dismissed the first-visit legend. */
export function legendSeen(): boolean {
  return read(KEYS.legend) === '1';
}

export function saveLegendSeen(): void {
  write(KEYS.legend, '1');
}

/** Marks only the chosen annotations: CSS, the popup and the keyboard read `html[data-marks]`. */
export function applyMarks(marks: Marks): void {
  if (marks === 'all') delete document.documentElement.dataset.marks;
  else document.documentElement.dataset.marks = marks;
}

/** Whether an annotation (a term link or a figure span) is marked under the current setting. */
export function isMarked(el: Element): boolean {
  const marks = document.documentElement.dataset.marks ?? 'all';
  return marks === 'all' || marks === (el.matches('.fig') ? 'figures' : 'terms');
}

/** Applies the view to the reader page (CSS reads these attributes). */
export function applyView(view: ViewSettings): void {
  const main = document.querySelector<HTMLElement>('main.reader');
  if (!main) return;
  // Only what changes: setting an attribute, even to its value, restyles what its selectors reach.
  if (main.dataset.view !== view.mode) main.dataset.view = view.mode;
  main.toggleAttribute('data-swap', view.swap);
  main.toggleAttribute('data-reveal', view.reveal);
}

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function applyFontStep(step: number): void {
  if (step === 0) document.documentElement.style.removeProperty('--rdr-font-step');
  else document.documentElement.style.setProperty('--rdr-font-step', String(step));
}

/** Shows or hides one paragraph's English in "English on tap" mode, and says so (rdr-reveal). */
export function toggleReveal(row: HTMLElement): void {
  row.classList.toggle('revealed');
  emit(row, 'rdr-reveal', { revealed: row.classList.contains('revealed') });
}
