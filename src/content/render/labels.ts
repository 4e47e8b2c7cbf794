import { translate, type UiKey } from '../../i18n/resources.ts';
import { escapeHtml } from '../load/markdown.ts';

/** An interface string in English (the language of the static pages), HTML-escaped. */
export const t = (key: UiKey, values?: Record<string, string | number>) => escapeHtml(translate('en', key, values));

/** A label the browser can re-translate when the interface language changes (data-i18n). */
export const label = (key: UiKey, values?: Record<string, string | number>) =>
  `<span data-i18n="${key}"${values ? ` data-i18n-values="${escapeHtml(JSON.stringify(values))}"` : ''}>${t(key, values)}</span>`;
