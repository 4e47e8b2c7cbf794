import type { Resources } from './en.ts';

export type UiLanguage = 'en' | 'zh';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every key of the interface strings, e.g. `reader.columnZh`; a typo fails the type check. */
export type UiKey = Leaves<Resources> extends infer K ? (K extends `${infer B}_${'one' | 'other'}` ? B | K : K) : never;

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * Looks a key up in one language's strings: interpolates `{{name}}` and picks `_one`/`_other` by
 * `count`, as i18next does. The build (static HTML) and the English interface use it directly.
 */
export function lookup(table: Resources, key: UiKey, values: Record<string, string | number> = {}): string {
  const path = key.split('.');
  let node: unknown = table;
  for (const part of path.slice(0, -1)) node = (node as Record<string, unknown>)[part];
  const leaf = path.at(-1)!;
  const strings = node as Record<string, string>;
  const count = values.count;
  const plural = typeof count === 'number' ? strings[`${leaf}_${count === 1 ? 'one' : 'other'}`] : undefined;
  const chosen = plural ?? strings[leaf];
  if (chosen === undefined) throw new Error(`missing interface string ${key}`);
  return chosen.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
