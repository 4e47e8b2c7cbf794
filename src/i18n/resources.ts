import { en, type Resources } from './en.ts';
import { zh } from './zh.ts';

export type UiLanguage = 'en' | 'zh';
export const resources: Record<UiLanguage, Resources> = { en, zh };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every key of the interface strings, e.g. `reader.columnZh`; a typo fails the type check. */
export type UiKey = Leaves<Resources> extends infer K ? (K extends `${infer B}_${'one' | 'other'}` ? B | K : K) : never;

/**
 * Looks a key up without i18next, for the build (static HTML) where no runtime is needed.
 * Interpolates `{{name}}` and picks `_one`/`_other` by `count` as i18next does.
 */
export function translate(lang: UiLanguage, key: UiKey, values: Record<string, string | number> = {}): string {
  const path = key.split('.');
  let node: unknown = resources[lang];
  for (const part of path.slice(0, -1)) node = (node as Record<string, unknown>)[part];
  const leaf = path.at(-1)!;
  const table = node as Record<string, string>;
  const count = values.count;
  const chosen = typeof count === 'number' && table[`${leaf}_${count === 1 ? 'one' : 'other'}`] !== undefined ? table[`${leaf}_${count === 1 ? 'one' : 'other'}`] : table[leaf];
  if (chosen === undefined) throw new Error(`missing interface string ${key} (${lang})`);
  return chosen.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
