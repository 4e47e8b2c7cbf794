import { en, type Resources } from './en.ts';
import { lookup, type UiKey, type UiLanguage } from './keys.ts';
import { zh } from './zh.ts';

export type { UiKey, UiLanguage } from './keys.ts';

/** Both languages' strings; for the build and tests (the browser loads Chinese only when needed). */
export const resources: Record<UiLanguage, Resources> = { en, zh };

export function translate(lang: UiLanguage, key: UiKey, values: Record<string, string | number> = {}): string {
  return lookup(resources[lang], key, values);
}
