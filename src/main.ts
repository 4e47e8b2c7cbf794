import './styles/tokens.css';
import './styles/reader.css';
import './components/rdr-para-target.ts';
import { translateStaticLabels, uiLanguage } from './i18n/localize.ts';

// The static pages are written with English labels; a Chinese-speaking browser gets its own.
if (uiLanguage() !== 'en') translateStaticLabels();
import './components/rdr-term-popup.ts';
import './components/rdr-glossary-filter.ts';
