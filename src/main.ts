import './styles/tokens.css';
import './styles/reader.css';
import './components/rdr-para-target.ts';
import { requestCitation } from './citation/actions.ts';
import { initUiLanguage } from './i18n/localize.ts';

// The static pages are written with English labels; a Chinese interface loads its strings.
void initUiLanguage();
import './components/rdr-term-popup.ts';
import './components/rdr-para-actions.ts';
import './components/rdr-selection-link.ts';
import './components/rdr-announcer.ts';
import './components/rdr-settings.ts';
import './components/rdr-view-controls.ts';
import './components/rdr-sentence-link.ts';
import './components/rdr-outline.ts';
import './components/rdr-shortcuts.ts';
import './components/rdr-search.ts';
import { applyFontStep, applyTheme, loadFontStep, loadTheme } from './settings/store.ts';

applyTheme(loadTheme());
applyFontStep(loadFontStep());

// Printed pages carry the text's address (filled in here because the build does not know the host).
const reader = document.querySelector<HTMLElement>('main.reader');
if (reader) reader.dataset.url = `${location.origin}${location.pathname}`;

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
