/**
 * npm run bench — prints figures; a benchmark, not a test (nothing here passes or fails).
 *
 * 1. the site's build time (vite build, median of 3), from nothing and again with the content cache;
 * 2. Lighthouse 12.2.3 under mobile emulation, in Debian's Chromium (CHROME_PATH, default
 *    /usr/bin/chromium), two runs each on the Wuzhi reader and on a national-size text (Wuzhi three
 *    times over as one text, made in a temporary folder and removed): the four category scores,
 *    FCP, LCP, TBT, CLS and the audits not passed;
 * 3. glossary matching on a synthetic 1,000,000-character text with 2,000 terms: the Aho–Corasick
 *    matcher against a naive scan for each term, from the same run;
 * 4. how the content pipeline's time grows with 1×, 10× and 100× the Wuzhi text;
 * 5. the sentence aligner of the import: boundary precision, recall and F1 against the Wuzhi text's
 *    alignment checked by a person, as it is and with sentences joined and split at random (seeded),
 *    beside the naive pairing of sentence i with sentence i. The project holds no other checked
 *    alignment; figures on a real official translation are in the README, measured outside.
 * 6. a library of 1, 10 and 100 texts (copies of the Wuzhi text under other slugs, made in a temporary
 *    folder and removed): the site build from nothing (vite build, RDR_CACHE=off), a rebuild with the
 *    content cache after one text changed, the bytes a first search downloads (gzip, worst of a few
 *    queries), the glossary page and the reader page (gzip).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import YAML from 'yaml';
import { gzipSync } from 'node:zlib';
import { firstSearchBytes } from '../src/search/first-search.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { Matcher } from '../src/content/annotate/matcher.ts';
import { buildPages } from '../src/content/site.ts';
import { readAlignedText } from '../src/content/align/aligned-text.ts';
import { boundaryScores, groupUnits } from '../src/content/align/measure.ts';
import { alignTextSentences } from '../src/content/align/sentences.ts';
import { perturb, seededRandom, type AlignedParagraph } from '../src/content/align/synthetic.ts';

const root = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** One `vite build` of the project's site (or of `env`'s content root), in milliseconds. */
function viteBuild(env: Record<string, string> = {}, args: string[] = []): number {
  const start = performance.now();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'silent', ...args], { cwd: root, stdio: 'ignore', env: { ...process.env, ...env } });
  return performance.now() - start;
}

/** The site's build from nothing (RDR_CACHE=off) and again with nothing changed (the content cache), medians of 3. */
function buildTime(): { cold: number; warm: number } {
  const cache = mkdtempSync(join(tmpdir(), 'rdr-bench-cache-'));
  const cold = median(Array.from({ length: 3 }, () => viteBuild({ RDR_CACHE: 'off' })));
  viteBuild({ RDR_CACHE_DIR: cache });
  const warm = median(Array.from({ length: 3 }, () => viteBuild({ RDR_CACHE_DIR: cache })));
  rmSync(cache, { recursive: true, force: true });
  return { cold, warm };
}

/** The page of a national-size text: Wuzhi three times over, as one text under another slug. */
const NATIONAL = { slug: 'national-size', times: 3 };

/**
 * Writes a content root (the project's glossary and one text) whose text is the Wuzhi report
 * NATIONAL.times over: the first copy as it is, then its numbered parts again, part n renumbered
 * n + 3, n + 6… (the title and the opening lines once), with its alignment renumbered alike and its
 * metadata's counts of the source dropped (they count one copy). Made at bench time, never committed.
 */
function writeNationalText(dir: string): void {
  const from = join(root, 'texts/wuzhi-2020');
  const to = join(dir, 'texts', NATIONAL.slug);
  mkdirSync(to, { recursive: true });
  cpSync(join(root, 'glossary'), join(dir, 'glossary'), { recursive: true });
  const parts = Math.max(...readFileSync(join(from, 'zh.md'), 'utf8').match(/^@\d+/gm)!.map((m) => Number(m.slice(1))));
  const again = (id: string, copy: number) => (/^[1-9]/.test(id) ? id.replace(/^\d+/, (n) => String(Number(n) + parts * copy)) : undefined);
  for (const lang of ['zh', 'en']) {
    const blocks = readFileSync(join(from, `${lang}.md`), 'utf8').split(/^(?=@)/m).map((b) => b.replace(/\s*$/, '\n'));
    const copies = [...blocks];
    for (let copy = 1; copy < NATIONAL.times; copy++) {
      for (const block of blocks) {
        const id = again(/^@(\S+)/.exec(block)![1]!, copy);
        if (id) copies.push(block.replace(/^@\S+/, `@${id}`));
      }
    }
    writeFileSync(join(to, `${lang}.md`), copies.join('\n'));
  }
  const alignment = YAML.parse(readFileSync(join(from, 'alignment.yaml'), 'utf8')) as Record<string, string>;
  const aligned: Record<string, string> = { ...alignment };
  for (let copy = 1; copy < NATIONAL.times; copy++) {
    for (const [id, spec] of Object.entries(alignment)) {
      const renumbered = again(id, copy);
      if (renumbered) aligned[renumbered] = spec.replace(/^with\s+(\S+)$/, (_, other: string) => `with ${again(other, copy) ?? other}`);
    }
  }
  writeFileSync(join(to, 'alignment.yaml'), YAML.stringify(aligned));
  const meta = YAML.parse(readFileSync(join(from, 'meta.yaml'), 'utf8'));
  delete meta.source.counts;
  if (meta.excerpt) meta.excerpt.endsAfter = Object.keys(aligned).at(-1);
  writeFileSync(join(to, 'meta.yaml'), YAML.stringify(meta));
  cpSync(join(from, 'indicators.yaml'), join(to, 'indicators.yaml'));
}

/**
 * Lighthouse runs (mobile emulation) on one page of a built site, served by vite preview, after one
 * run that is not counted: the first page load of a fresh browser has been seen to spend seconds
 * in one task before its first paint (the system's large CJK fonts being read, most likely).
 */
async function lighthouseRuns(outDir: string, path: string, runs: number) {
  const server = await preview({ root, build: { outDir }, preview: { port: 4190, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const results = [];
    for (let run = -1; run < runs; run++) {
      const result = await lighthouse(`http://127.0.0.1:4190${path}`, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile', screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } });
      if (run < 0) continue;
      const lhr = result!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        failing,
      });
    }
    return results;
  } finally {
    await chrome.kill();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

/**
 * Lighthouse on the Wuzhi reader (dist/, as section 1 built it) and on a national-size text, built
 * from a temporary content root that is removed afterwards; two runs each (the machine is noisy).
 */
async function lighthouseScores() {
  const wuzhi = await lighthouseRuns(join(root, 'dist'), '/wuzhi-2020/', 2);
  const dir = mkdtempSync(join(tmpdir(), 'rdr-national-'));
  try {
    writeNationalText(dir);
    const out = join(dir, 'dist');
    viteBuild({ RDR_CONTENT_ROOT: dir, RDR_CACHE: 'off' }, ['--outDir', out, '--emptyOutDir']);
    const rows = (readFileSync(join(out, NATIONAL.slug, 'index.html'), 'utf8').match(/class="row /g) ?? []).length;
    const national = await lighthouseRuns(out, `/${NATIONAL.slug}/`, 2);
    return [
      { page: 'the Wuzhi reader (/wuzhi-2020/)', runs: wuzhi },
      { page: `a national-size text (Wuzhi ${NATIONAL.times} times over, ${rows} rows, /${NATIONAL.slug}/)`, runs: national },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A deterministic pseudo-random generator, so every run matches the same input. */
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function matcherThroughput() {
  const next = random(42);
  const alphabet = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质史'.split('');
  const terms = new Set<string>();
  while (terms.size < 2000) {
    const length = 2 + Math.floor(next() * 6);
    let t = '';
    for (let i = 0; i < length; i++) t += alphabet[Math.floor(next() * alphabet.length)];
    terms.add(t);
  }
  const list = [...terms];
  let text = '';
  while (text.length < 1_000_000) text += next() < 0.03 ? list[Math.floor(next() * list.length)] : alphabet[Math.floor(next() * alphabet.length)];
  text = text.slice(0, 1_000_000);

  const matcher = new Matcher(list.map((t) => [t, t] as [string, string]));
  let start = performance.now();
  const found = matcher.find(text).length;
  const ac = performance.now() - start;

  // The naive way: one scan of the whole text per term, then leftmost-longest over the hits.
  start = performance.now();
  const hits: [number, number][] = [];
  for (const term of list) for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) hits.push([at, at + term.length]);
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let reach = 0;
  let naiveFound = 0;
  for (const [s, e] of hits) if (s >= reach) (naiveFound++, (reach = e));
  const naive = performance.now() - start;
  return { chars: text.length, terms: list.length, found, naiveFound, ac, naive };
}

function pipelineScaling() {
  const rows: { factor: number; paragraphs: number; time: number }[] = [];
  for (const factor of [1, 10, 100]) {
    const dir = mkdtempSync(join(tmpdir(), 'rdr-bench-'));
    mkdirSync(join(dir, 'texts'));
    cpSync(join(root, 'glossary'), join(dir, 'glossary'), { recursive: true });
    for (let i = 0; i < factor; i++) cpSync(join(root, 'texts/wuzhi-2020'), join(dir, 'texts', i === 0 ? 'wuzhi-2020' : `wuzhi-2020-copy-${i}`), { recursive: true });
    const times: number[] = [];
    let paragraphs = 0;
    for (let run = 0; run < (factor === 100 ? 1 : 3); run++) {
      const start = performance.now();
      const pages = buildPages(dir, { head: '' });
      times.push(performance.now() - start);
      paragraphs = pages.filter((p) => p.path.endsWith('index.html')).reduce((n, p) => n + (p.html.match(/class="cell zh"/g)?.length ?? 0), 0);
    }
    rows.push({ factor, paragraphs, time: median(times) });
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** A first search for each: a term, English words, a figure, and a word in most paragraphs. */
const FIRST_SEARCHES = ['四好农村路', 'rural roads', '463.3亿元', '发展', 'development'];

async function libraryFigures() {
  const rows: { texts: number; build: number; rebuild: number; search: number; worst: string; glossary: number; reader: number }[] = [];
  for (const count of [1, 10, 100]) {
    const dir = mkdtempSync(join(tmpdir(), 'rdr-library-'));
    const out = join(dir, 'dist');
    const cache = join(dir, 'cache');
    mkdirSync(join(dir, 'texts'));
    cpSync(join(root, 'glossary'), join(dir, 'glossary'), { recursive: true });
    for (let i = 0; i < count; i++) cpSync(join(root, 'texts/wuzhi-2020'), join(dir, 'texts', i === 0 ? 'wuzhi-2020' : `wuzhi-2020-copy-${i}`), { recursive: true });
    const build = (env: Record<string, string>) => viteBuild({ RDR_CONTENT_ROOT: dir, ...env }, ['--outDir', out, '--emptyOutDir']);
    const runs = count === 100 ? 2 : 3;
    // From nothing: the content cache off.
    const full = median(Array.from({ length: runs }, () => build({ RDR_CACHE: 'off' })));
    // Then with the cache, after the last text's English changed (a blank line at its end changes its
    // bytes, so its key, not its meaning): that text and the pages that gather all texts are made again.
    build({ RDR_CACHE_DIR: cache });
    const rebuilds = Array.from({ length: runs }, () => {
      appendFileSync(join(dir, 'texts', count === 1 ? 'wuzhi-2020' : `wuzhi-2020-copy-${count - 1}`, 'en.md'), '\n');
      return build({ RDR_CACHE_DIR: cache });
    });
    const searches = await Promise.all(FIRST_SEARCHES.map(async (q) => [q, await firstSearchBytes(out, q)] as const));
    const worst = searches.reduce((a, b) => (b[1] > a[1] ? b : a));
    const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
    rows.push({ texts: count, build: full, rebuild: median(rebuilds), search: worst[1], worst: worst[0], glossary: gz('glossary/index.html'), reader: gz('wuzhi-2020/index.html') });
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

function alignerScores() {
  const wuzhi = readAlignedText(join(root, 'texts/wuzhi-2020'));
  const score = (paragraphs: AlignedParagraph[]) => {
    const truth = paragraphs.map((p) => groupUnits(p.zh, p.en, p.groups));
    const start = performance.now();
    const drafted = alignTextSentences(paragraphs.map((p) => ({ zh: p.zh, en: p.en })));
    const time = performance.now() - start;
    const naive = paragraphs.map((p) => {
      // Sentence i with sentence i; what is left over on the longer side joins the last pair.
      const n = Math.min(p.zh.length, p.en.length);
      return Array.from({ length: n }, (_, i) => ({ zh: i === n - 1 ? p.zh.slice(i).map((_, k) => i + k + 1) : [i + 1], en: i === n - 1 ? p.en.slice(i).map((_, k) => i + k + 1) : [i + 1] }));
    });
    return {
      aligner: boundaryScores(truth, paragraphs.map((p, k) => groupUnits(p.zh, p.en, drafted[k]!))),
      naive: boundaryScores(truth, paragraphs.map((p, k) => groupUnits(p.zh, p.en, naive[k]!))),
      time,
    };
  };
  const random = seededRandom(2026);
  return [
    { name: 'Wuzhi as authored', ...score(wuzhi) },
    { name: 'Wuzhi, 1 random join or split per paragraph', ...score(wuzhi.map((p) => perturb(p, random, 1))) },
    { name: 'Wuzhi, 3 random joins or splits per paragraph', ...score(wuzhi.map((p) => perturb(p, random, 3))) },
  ];
}

console.log('Policy Reader benchmark');
console.log(`machine: ${execFileSync('nproc').toString().trim()} cores, Node ${process.version}\n`);

const build = buildTime();
console.log(`1. Site build (vite build, median of 3): ${ms(build.cold)} from nothing (RDR_CACHE=off), ${ms(build.warm)} again with nothing changed (content cache)`);

console.log('2. Lighthouse 12.2.3, mobile emulation, two runs per page:');
for (const { page, runs } of await lighthouseScores()) {
  console.log(`   ${page}:`);
  runs.forEach((lh, i) => {
    console.log(`     run ${i + 1}: performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}`);
    console.log(`       first contentful paint ${ms(lh.fcp)}, largest contentful paint ${ms(lh.lcp)}, total blocking time ${ms(lh.tbt)}, cumulative layout shift ${lh.cls.toFixed(3)}`);
    if (lh.failing.length) console.log(`       audits not passed: ${lh.failing.join(', ')}`);
  });
}

const m = matcherThroughput();
const rate = (t: number) => `${((m.chars / t) * 1000 / 1e6).toFixed(2)} M chars/s`;
console.log(`3. Glossary matching, ${m.chars.toLocaleString('en-US')} characters, ${m.terms.toLocaleString('en-US')} terms:`);
console.log(`   Aho–Corasick ${ms(m.ac)} (${rate(m.ac)}), naive scan per term ${ms(m.naive)} (${rate(m.naive)}): ${(m.naive / m.ac).toFixed(1)}× faster; ${m.found.toLocaleString('en-US')} matches (naive: ${m.naiveFound.toLocaleString('en-US')})`);

console.log('4. Content pipeline (load, validate, align, match terms, render HTML) by text volume:');
for (const r of pipelineScaling()) console.log(`   ${String(r.factor).padStart(3)}× Wuzhi (${r.paragraphs.toLocaleString('en-US')} paragraphs): ${ms(r.time)}`);

console.log('5. Sentence aligner (import), boundary scores against a checked alignment:');
const f = (n: number) => n.toFixed(3);
for (const r of alignerScores()) {
  console.log(`   ${r.name}: P ${f(r.aligner.precision)} R ${f(r.aligner.recall)} F1 ${f(r.aligner.f1)} (naive i↔i F1 ${f(r.naive.f1)}), ${r.aligner.checked} checked boundaries, ${ms(r.time)}`);
}

console.log('6. A library of texts (copies of Wuzhi), built with vite build (median of 3 / of 2 at 100):');
const library = await libraryFigures();
for (const r of library) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`   ${String(r.texts).padStart(3)} text(s): build ${ms(r.build)} (${ms(r.build / r.texts)} a text), rebuild after one text changed ${ms(r.rebuild)} (${(r.rebuild / library[0]!.build).toFixed(2)}× the build of 1 text); first search ${kb(r.search)} gzip (worst: ${r.worst}); glossary page ${kb(r.glossary)} gzip; reader page ${kb(r.reader)} gzip`);
}

// Leave dist/ as a normal build of the site.
execFileSync('npx', ['vite', 'build', '--logLevel', 'silent'], { cwd: root, stdio: 'ignore' });
