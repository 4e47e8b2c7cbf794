import i18next, { type i18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resources, translate, type UiKey, type UiLanguage } from './resources.ts';

const STORAGE_KEY = 'rdr:ui-language';

let instance: i18n | undefined;

function detect(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the browser.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The one i18next instance of the page, initialised on first use. */
export function getI18n(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: detect(),
      fallbackLng: 'en',
      initAsync: false,
      showSupportNotice: false,
      resources: { en: { translation: resources.en }, zh: { translation: resources.zh } },
      interpolation: { escapeValue: false }, // Lit and textContent escape; double escaping would show &amp;.
    });
  }
  return instance;
}

export function uiLanguage(): UiLanguage {
  return getI18n().language === 'zh' ? 'zh' : 'en';
}

/** Switches the interface language, remembers it and re-labels the static page. */
export async function setUiLanguage(lang: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
  await getI18n().changeLanguage(lang);
  translateStaticLabels();
}

/**
 * Re-renders its host when the interface language changes; `t()` is the only way components get
 * their labels (after @lit/localize's localized-controller).
 */
export class LocalizeController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    getI18n().on('languageChanged', this.onChange);
  }
  hostDisconnected(): void {
    getI18n().off('languageChanged', this.onChange);
  }
  t(key: UiKey, values: Record<string, string | number> = {}): string {
    return translate(uiLanguage(), key, values);
  }
}

/** Re-labels the static page's `data-i18n` elements in the current interface language. */
export function translateStaticLabels(root: ParentNode = document): void {
  const lang = uiLanguage();
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const values = el.dataset.i18nValues ? (JSON.parse(el.dataset.i18nValues) as Record<string, string | number>) : {};
    el.textContent = translate(lang, el.dataset.i18n as UiKey, values);
  }
  // The page's language is the interface's; each text block keeps its own lang attribute.
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}
