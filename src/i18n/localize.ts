import type { i18n } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './en.ts';
import { lookup, type Translate, type UiKey, type UiLanguage } from './keys.ts';

const STORAGE_KEY = 'rdr:ui-language';

/**
 * The interface language. English, the default, is in the bundle and the static pages; i18next
 * and the Chinese strings are loaded only when the interface is Chinese (detected from the
 * browser, or chosen), which keeps the reader's JavaScript within its budget.
 */
let current: UiLanguage = detect();
let instance: i18n | undefined;
const changes = new EventTarget();

function detect(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the browser.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

async function loadI18next(): Promise<i18n> {
  if (instance) return instance;
  const [{ default: i18next }, { zh }] = await Promise.all([import('i18next'), import('./zh.ts')]);
  const created = i18next.createInstance();
  await created.init({
    lng: current,
    fallbackLng: 'en',
    showSupportNotice: false,
    resources: { en: { translation: en }, zh: { translation: zh } },
    interpolation: { escapeValue: false }, // Lit and textContent escape; double escaping would show &amp;.
  });
  created.on('languageChanged', () => changes.dispatchEvent(new Event('change')));
  instance = created;
  return created;
}

export function uiLanguage(): UiLanguage {
  return current;
}

/** The interface string for a key in the current language. */
export const t: Translate = (key, values = {}) => {
  if (instance && current !== 'en') return instance.t(key, values) as string;
  return lookup(en, key, values);
};

/** Brings the page to the remembered or detected language at start-up (loads i18next for Chinese). */
export async function initUiLanguage(): Promise<void> {
  if (current === 'en') return;
  await loadI18next();
  translateStaticLabels();
  changes.dispatchEvent(new Event('change'));
}

/** Switches the interface language, remembers it and re-labels the static page. */
export async function setUiLanguage(lang: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
  current = lang;
  if (lang === 'zh' || instance) await (await loadI18next()).changeLanguage(lang);
  translateStaticLabels();
  changes.dispatchEvent(new Event('change'));
}

/**
 * Re-renders its host when the interface language changes; `t()` is how components get their
 * labels (after @lit/localize's localized-controller).
 */
export class LocalizeController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  hostConnected(): void {
    changes.addEventListener('change', this.onChange);
  }
  hostDisconnected(): void {
    changes.removeEventListener('change', this.onChange);
  }
  t(key: UiKey, values: Record<string, string | number> = {}): string {
    return t(key, values);
  }
}

/** Re-labels the static page's `data-i18n` elements in the current interface language. */
export function translateStaticLabels(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const values = el.dataset.i18nValues ? (JSON.parse(el.dataset.i18nValues) as Record<string, string | number>) : {};
    el.textContent = t(el.dataset.i18n as UiKey, values);
  }
  // The page's language is the interface's; each text block keeps its own lang attribute.
  document.documentElement.lang = current === 'zh' ? 'zh-Hans' : 'en';
}
