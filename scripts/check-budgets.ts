/**
 * npm run check:budgets — byte and count budgets of the built site (after `npm run build`):
 * - the JavaScript the reader page ships in its default (English) interface, the entry, what it
 *   imports and every chunk it may load later (citation dialog, glossary filter): ≤ 30 KB gzip;
 *   a Chinese interface also loads i18next with the Chinese strings: reported, budget 45 KB;
 * - all CSS: ≤ 10 KB gzip;
 * - what a first search downloads (the search manifest, the shards of the query's tokens, the
 *   paragraph chunks it loads), read from the built files by the browser's own search code, for
 *   the worst of a few queries: ≤ 60 KB gzip;
 * - no Markdown parser, schema library or glossary matcher in any client chunk.
 * Layout shift (CLS 0) is measured in Chromium by e2e/quality.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clientModulesFile } from '../src/content/vite-plugin.ts';
import { firstSearchBytes } from '../src/search/first-search.ts';

const root = resolve(import.meta.dirname, '..');
// RDR_DIST: a build elsewhere (`vite build --outDir /tmp/x`), for measuring without touching dist/.
const outDir = process.env.RDR_DIST ?? 'dist';
const dist = resolve(root, outDir);
const KB = 1024;
const BUDGET = { js: 30 * KB, jsChinese: 45 * KB, css: 10 * KB, firstSearch: 60 * KB };
/** First searches measured: a term, English words, a figure, and a common word that is in most paragraphs. */
const FIRST_SEARCHES = ['四好农村路', 'rural roads', '463.3亿元', '发展', 'development'];
/** Build-time code that must never reach the browser. */
const FORBIDDEN = [/node_modules\/marked\//, /node_modules\/yaml\//, /node_modules\/zod\//, /node_modules\/pinyin-pro\//, /node_modules\/(?:linkedom|@mozilla\/readability|htmlparser2|diff)\//, /^src\/content\//, /^src\/citation\/(?:styles|export)\.ts$/];
/** Chunks only a Chinese interface loads. */
const CHINESE_ONLY = [/node_modules\/i18next\//, /^src\/i18n\/zh\.ts$/];

interface ChunkInfo {
  entry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: string[];
}
const chunks = JSON.parse(readFileSync(clientModulesFile(root, outDir), 'utf8')) as Record<string, ChunkInfo>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / KB).toFixed(2)} KB`;

const html = readFileSync(join(dist, 'wuzhi-2020/index.html'), 'utf8');
const entry = /<script type="module" src="\/([^"]+)"/.exec(html)?.[1];
if (!entry || !chunks[entry]) throw new Error('the reader page has no module script from the bundle');

/** The entry, its static imports and everything reachable by dynamic import. */
const reachable = new Set<string>();
const visit = (file: string) => {
  if (reachable.has(file)) return;
  reachable.add(file);
  for (const next of [...chunks[file]!.imports, ...chunks[file]!.dynamicImports]) visit(next);
};
visit(entry);
const chineseOnly = (file: string) => chunks[file]!.modules.some((m) => CHINESE_ONLY.some((re) => re.test(m)));
const english = [...reachable].filter((f) => !chineseOnly(f));
const chinese = [...reachable];

const problems: string[] = [];
const rows: [string, number, number][] = [];
const jsEnglish = english.reduce((n, f) => n + gz(f), 0);
const jsChinese = chinese.reduce((n, f) => n + gz(f), 0);
rows.push(['reader JavaScript, English interface (all chunks it can load)', jsEnglish, BUDGET.js]);
rows.push(['reader JavaScript, Chinese interface (adds i18next and the Chinese strings)', jsChinese, BUDGET.jsChinese]);
const css = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
const cssBytes = css.reduce((n, f) => n + gz(f), 0);
rows.push(['CSS', cssBytes, BUDGET.css]);
const searches = await Promise.all(FIRST_SEARCHES.map(async (q) => [q, await firstSearchBytes(dist, q)] as const));
const worst = searches.reduce((a, b) => (b[1] > a[1] ? b : a));
rows.push([`first search download, worst of ${searches.length} queries (${worst[0]})`, worst[1], BUDGET.firstSearch]);

for (const [what, bytes, budget] of rows) {
  console.log(`${what.padEnd(78)} ${kb(bytes).padStart(9)}  budget ${kb(budget)}  ${bytes <= budget ? 'ok' : 'OVER'}`);
  if (bytes > budget) problems.push(`${what}: ${kb(bytes)} is over the budget of ${kb(budget)}`);
}
for (const file of english) console.log(`    ${file.padEnd(40)} ${kb(gz(file)).padStart(9)}${file === entry ? '  (entry)' : ''}`);
for (const [file, info] of Object.entries(chunks)) {
  for (const m of info.modules) if (FORBIDDEN.some((re) => re.test(m))) problems.push(`${file} contains build-time code: ${m}`);
}
console.log(`No Markdown parser, schema library or glossary matcher in ${Object.keys(chunks).length} client chunks: ${problems.some((p) => p.includes('build-time')) ? 'FAILED' : 'ok'}`);
for (const p of problems) console.error(`error: ${p}`);
process.exitCode = problems.length ? 1 : 0;
