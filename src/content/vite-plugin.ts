import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { ContentError, ContentErrors } from './errors.ts';
import { setBase } from './base.ts';
import { ContentCache } from './cache.ts';
import { buildPages, loadSite, renderSite, siteSummary } from './site.ts';

const CLIENT_ENTRY = 'src/main.ts';

/** Where a build writes which source modules went into which client chunk (read by scripts/check-budgets.ts). */
export function clientModulesFile(root: string, outDir: string): string {
  return join(root, '.cache/client-modules', `${basename(resolve(root, outDir))}.json`);
}
/** The files the content build writes, by extension, with the type the dev server sends. */
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  tmx: 'application/x-tmx+xml; charset=utf-8',
  tbx: 'application/x-tbx+xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
/** Stands in the pages' <head> until the bundle's file names are known. */
const ASSETS = '<!--rdr:assets-->';

/**
 * Builds the site's pages from texts/ (and glossary/) at build time. The browser bundle is only
 * `src/main.ts`; marked, the schema and the loaders stay here, in Node. What is made from one text
 * alone is kept in `cacheDir` (default `.cache/content/`, src/content/cache.ts) for the next build.
 */
export function contentPlugin(options: { contentRoot?: string; cacheDir?: string } = {}): Plugin {
  let config: ResolvedConfig;
  let built: ReturnType<typeof pages> = [];
  // The stylesheet and script links every page gets, once the bundle's file names are known.
  let assetsHead = '';
  let cache: ContentCache | undefined;
  // texts/ and glossary/ are read from here: the project root, or a fixture site for tests.
  const contentRoot = () => options.contentRoot ?? config.root;
  return {
    name: 'rdr-content',
    config() {
      return { build: { rollupOptions: { input: CLIENT_ENTRY } } };
    },
    configResolved(resolved) {
      config = resolved;
      // Every link the content writes starts with the path the site is served under.
      setBase(resolved.base);
    },
    buildStart() {
      // Load and check the content once, before bundling: wrong content fails the build early.
      cache = ContentCache.open(options.cacheDir ?? join(config.root, '.cache/content'), contentRoot());
      built = pages(contentRoot(), { head: ASSETS }, (line) => this.warn(line), cache, (line) => config.logger.info(line));
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (!entry || entry.type !== 'chunk') this.error('the client entry chunk is missing from the bundle');
      const css = Object.values(bundle).filter((a) => a.type === 'asset' && a.fileName.endsWith('.css'));
      const base = config.base;
      const head = [
        ...css.map((a) => `<link rel="stylesheet" href="${base}${a.fileName}">`),
        `<script type="module" src="${base}${entry.fileName}"></script>`,
      ].join('\n');
      assetsHead = head;
      // Which source modules went into which client chunk, for the bundle budget check
      // (scripts/check-budgets.ts): no Markdown parser or glossary matcher may reach the browser.
      const modules = Object.fromEntries(
        Object.values(bundle)
          .filter((c) => c.type === 'chunk')
          .map((c) => [c.fileName, { entry: c.isEntry, imports: c.imports, dynamicImports: c.dynamicImports, modules: Object.keys(c.modules).map((m) => m.replace(`${config.root}/`, '')) }]),
      );
      // Beside the site, not in it: dist/ holds only what is served.
      const list = clientModulesFile(config.root, config.build.outDir);
      mkdirSync(dirname(list), { recursive: true });
      writeFileSync(list, JSON.stringify(modules, null, 1));
    },
    writeBundle(options) {
      // The pages are written here rather than emitted into the bundle: Rolldown would carry every
      // one of them (135 MB for a library of 100 national-size texts) through its own pipeline.
      const outDir = options.dir ?? resolve(config.root, config.build.outDir);
      const made = new Set<string>();
      let bytes = 0;
      for (const page of built) {
        const file = resolve(outDir, page.path);
        if (!file.startsWith(`${outDir}/`)) this.error(`a page's path leaves the output folder: ${page.path}`);
        const folder = dirname(file);
        if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
        const html = Buffer.from(page.html.replace(ASSETS, assetsHead));
        if (cache) cache.place(file, html);
        else writeFileSync(file, html);
        bytes += html.length;
      }
      cache?.prune();
      config.logger.info(`rdr-content: ${built.length} files of content written to ${relative(config.root, outDir) || '.'} (${(bytes / 1e6).toFixed(1)} MB)`);
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const url = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
        // Only what the content build writes; scripts and styles are Vite's own.
        const type = url.endsWith('/') ? CONTENT_TYPES.html : CONTENT_TYPES[url.split('.').pop() ?? ''];
        if (!type) return next();
        try {
          const wanted = url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
          const page = pages(contentRoot(), { head: `<script type="module" src="/${CLIENT_ENTRY}"></script>` }).find((p) => p.path === wanted);
          if (!page) return next();
          if (!page.path.endsWith('.html')) {
            res.setHeader('Content-Type', type);
            res.end(page.html);
            return;
          }
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          // In development Vite injects imported CSS as <style> elements; the built site links it.
          const html = page.html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
          res.end(await server.transformIndexHtml(url, html));
        } catch (error) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

function pages(root: string, assets: { head: string }, report?: (line: string) => void, cache?: ContentCache, info?: (line: string) => void) {
  try {
    if (!report) return buildPages(root, assets);
    const site = loadSite(root, { cache });
    for (const line of siteSummary(site)) report(line);
    const made = renderSite(site, assets, { cache });
    if (cache) {
      const reused = site.docs.filter((d) => cache.reused.has(d.slug)).length;
      info?.(`rdr-content: ${reused} of ${site.docs.length} text(s) reused from the content cache (RDR_CACHE=off builds every text)`);
    }
    return made;
  } catch (error) {
    if (error instanceof ContentError || error instanceof ContentErrors) {
      // A plain list of `file:line: sentence`, without a stack trace that hides it.
      const wrapped = new Error(`Content errors:\n${error.message}`);
      wrapped.stack = wrapped.message;
      throw wrapped;
    }
    throw error;
  }
}
