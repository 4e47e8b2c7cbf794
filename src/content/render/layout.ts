import { sitePath } from '../base.ts';
import { longDate } from '../../i18n/dates.ts';
import { label } from './labels.ts';
import { escapeHtml } from '../load/markdown.ts';

/**
 * What every page shares: the document shell with its Content-Security-Policy, header and footer,
 * and the date formats. Pages are static HTML, complete without JavaScript; Lit components only
 * enhance them.
 */

export interface PageAssets {
  /** `<script>` and `<link>` tags for the client bundle, injected into every page head. */
  head: string;
}

export interface Page {
  /** Output path relative to the site root, e.g. `wuzhi-2020/index.html`. */
  path: string;
  html: string;
}

/**
 * The pages are static files, so their Content-Security-Policy travels in a <meta>. Scripts only
 * from this site (no inline script, no eval); styles from this site (Lit's constructable
 * stylesheets and CSSOM changes are not inline styles); the search index is fetched from here.
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'none'";

/**
 * `search: false` leaves the site search out of the header, on a page that has its own (the glossary's filter).
 * `head`: tags for this page alone (the reader's `citation_*` tags for reference managers).
 */
export function layout(options: { title: string; description: string; body: string; assets: PageAssets; search?: boolean; head?: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(options.title)}</title>
<meta name="description" content="${escapeHtml(options.description)}">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
${options.head ? `${options.head}\n` : ''}${options.assets.head}
</head>
<body>
<a class="skip-link" href="#main">${label('site.skipToText')}</a>
<header class="site-header">
  <a class="brand" href="${sitePath()}">${label('site.name')}</a>
  <nav class="site-nav" aria-labelledby="site-nav-label">
    <span id="site-nav-label" hidden>${label('site.navLabel')}</span>
    <a href="${sitePath()}">${label('site.library')}</a>
    <a href="${sitePath('glossary/')}">${label('site.glossary')}</a>
  </nav>
  ${options.search === false ? '' : '<rdr-search class="site-search"></rdr-search>'}
  <rdr-settings class="site-settings"></rdr-settings>
</header>
<rdr-shortcuts></rdr-shortcuts>
${options.body}
<footer class="site-footer"><p>${label('site.footer')}</p></footer>
</body>
</html>
`;
}

export const formatDate = (iso: string) => longDate(iso, 'en');
export const formatDateZh = (iso: string) => longDate(iso, 'zh');

/** JSON inside a <script> data block: "</script>" and "<!--" must not appear in it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
