/**
 * The path the site is served under: `/` at the root of its address, or `/policy-reader/` for a
 * project page on a static host (`vite build --base=/policy-reader/`). The Vite plugin sets it from
 * Vite's `base` before the content is built; every internal link of a page is written with
 * `sitePath`, and the browser reads the same value as `import.meta.env.BASE_URL`.
 */
let base = '/';

export function setBase(value: string): void {
  base = `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** A path on this site: `sitePath('glossary/')` is `/glossary/`, or `/policy-reader/glossary/` under a base. */
export function sitePath(path = ''): string {
  return base + path.replace(/^\/+/, '');
}
