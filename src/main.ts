import './styles/tokens.css';
import './styles/reader.css';
import './styles/components.css';
import './styles/print.css';
import { applyFontStep, applyTheme, legendSeen, loadFontStep, loadTheme, saveLegendSeen } from './settings/store.ts';
// The elements that own a remembered choice apply it when they connect (the view, the marks), so
// they are defined first: those defined after them start from the page as it will be shown.
import './components/rdr-view-controls.ts';
import './components/rdr-settings.ts';
import './components/rdr-para-target.ts';
import { requestCitation } from './citation/actions.ts';
import { initUiLanguage } from './i18n/localize.ts';
import './components/rdr-term-popup.ts';
import './components/rdr-para-actions.ts';
import './components/rdr-selection-link.ts';
import './components/rdr-announcer.ts';
import './components/rdr-sentence-link.ts';
import './components/rdr-outline.ts';
import './components/rdr-shortcuts.ts';
import './components/rdr-search.ts';

// The static pages are written with English labels; a Chinese interface loads its strings.
void initUiLanguage();
applyTheme(loadTheme());
applyFontStep(loadFontStep());

// Printed pages carry the title and the address in their margins (print.css); the address is
// filled in here because the build does not know the host. Only when the page is printed: a
// property set on the root restyles the whole page, work the screen has no use for.
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\s+/g, ' ')}"`;
const forPrint = () => {
  document.documentElement.style.setProperty('--rdr-print-title', cssString(document.title));
  document.documentElement.style.setProperty('--rdr-print-url', cssString(`${location.origin}${location.pathname}`));
};
addEventListener('beforeprint', forPrint, { once: true });
matchMedia('print').addEventListener('change', forPrint, { once: true });

// The first visit's legend (written by the build, hidden): shown until it is dismissed or a first
// explanation has been opened. It floats over the page, so nothing moves when it comes or goes.
const legend = document.getElementById('rdr-legend');
if (legend && !legendSeen()) {
  legend.hidden = false;
  const done = () => {
    legend.hidden = true;
    saveLegendSeen();
  };
  legend.querySelector('button')?.addEventListener('click', done);
  document.addEventListener('rdr-term-open', done, { once: true });
}

// Loaded when first needed, to keep the reader's first download small: the citation dialog (with
// its formats) on the first "Cite", the glossary filter only on the glossary page.
document.addEventListener(
  'rdr-cite-request',
  (event) => {
    if (customElements.get('rdr-cite-dialog')) return;
    event.stopImmediatePropagation();
    const { target } = event.detail;
    void import('./components/rdr-cite-dialog.ts').then(() => requestCitation(document, target));
  },
  { capture: true },
);
if (document.querySelector('rdr-glossary-filter')) void import('./components/rdr-glossary-filter.ts');
if (document.querySelector('rdr-sortable-table')) void import('./components/rdr-sortable-table.ts');
