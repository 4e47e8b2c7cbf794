import { translate, type UiKey } from '../i18n/resources.ts';
import { renderingForms, type GlossaryEntry } from './glossary.ts';
import { formatHash, phraseContext } from '../citation/hash.ts';
import type { Paragraph, TextDoc } from './load-text.ts';
import type { Site } from './site.ts';
import type { CitableText } from '../citation/formats.ts';
import { citationMetaTags, sentenceCase, titlePinyin } from '../citation/export.ts';
import { citableText } from '../citation/styles.ts';
import type { SearchIndex } from '../search/search.ts';
import type { Indicator } from './indicators.ts';
import { indicatorsBody } from './render-indicators.ts';
import { label, t } from './labels.ts';
import { escapeHtml } from './markdown.ts';
import type { ComparePair } from './compare/pairs.ts';
import { compareList } from './render/compare.ts';
import { termsPanel, trackerLink } from './render/tracker.ts';
import { downloadsList } from './export/index.ts';

/**
 * Static HTML for every page. The pages are complete without JavaScript: the whole text, working
 * paragraph links, the metadata. Lit components only enhance them.
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
  <a class="brand" href="/">${label('site.name')}</a>
  <nav class="site-nav" aria-labelledby="site-nav-label">
    <span id="site-nav-label" hidden>${label('site.navLabel')}</span>
    <a href="/">${label('site.library')}</a>
    <a href="/glossary/">${label('site.glossary')}</a>
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

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[(m ?? 1) - 1]} ${d}, ${y}`;
}

export function formatDateZh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * One aligned row. The row carries the id (the link target); both cells carry `data-para`. The
 * gutter is a toolbar (the paragraph link, Copy link, Cite: one Tab stop, arrow keys inside); its
 * labels are spans the browser re-translates, never English-only attributes.
 */
function row(p: Paragraph): string {
  const id = escapeHtml(p.id);
  const tag = p.kind === 'heading' ? `h${p.depth}` : 'p';
  return `<div class="row row-${p.kind}${p.kind === 'heading' ? ` row-h${p.depth}` : ''}" id="${id}">
<div class="gutter" role="toolbar" aria-labelledby="n-${id}"><a class="para-id" href="#${id}"><span class="visually-hidden">${label('reader.paragraphLink', { id: p.id })}</span><span id="n-${id}" aria-hidden="true">¶&nbsp;${id}</span></a><rdr-para-actions para="${id}"></rdr-para-actions></div>
<${tag} class="cell zh" lang="zh-Hans" data-para="${id}">${p.zh.html}</${tag}>
${englishCell(p, tag)}
</div>`;
}

/**
 * The English cell. A row without English of its own says why in words, never an empty cell: a
 * paragraph not yet translated, or one whose English stands with an earlier row. It is a <p>
 * even for a heading row, so the document outline keeps only real headings.
 */
function englishCell(p: Paragraph, tag: string): string {
  const id = escapeHtml(p.id);
  if (p.english.state === 'own') return `<${tag} class="cell en" lang="en" data-para="${id}">${p.en.html}</${tag}>`;
  const note =
    p.english.state === 'with'
      ? `<a href="#${escapeHtml(p.english.id)}">${label('reader.translatedWith', { id: p.english.id })}</a>`
      : label('reader.untranslated');
  return `<p class="cell en cell-untranslated" data-para="${id}" data-english="${p.english.state}">${note}</p>`;
}

/** How many rows have English of their own or given with another row. */
export function translatedCount(doc: TextDoc): number {
  return doc.paragraphs.filter((p) => p.english.state !== 'missing').length;
}

function metaItem(key: UiKey, zh: string | undefined, en: string | undefined): string {
  if (!zh && !en) return '';
  const values = [zh ? `<span lang="zh-Hans">${escapeHtml(zh)}</span>` : '', en ? `<span lang="en">${escapeHtml(en)}</span>` : ''].filter(Boolean).join(' <span aria-hidden="true">·</span> ');
  return `<div><dt>${label(key)}</dt><dd>${values}</dd></div>`;
}

export function renderReader(doc: TextDoc, assets: PageAssets, site: Pick<Site, 'glossary' | 'occurrences' | 'indicators'>): Page {
  const { meta } = doc;
  const [first, ...rest] = doc.paragraphs;
  const titleRow = first && first.id === 'title' ? row(first) : '';
  const body = (first && first.id === 'title' ? rest : doc.paragraphs).map(row).join('\n');
  const excerpt = meta.excerpt;
  const speaker = meta.speaker ? { zh: `${meta.speaker.role.zh} ${meta.speaker.name.zh}`, en: `${meta.speaker.name.en}, ${meta.speaker.role.en}` } : undefined;

  // On a phone the metadata folds away under its heading, so the excerpt notice and the first
  // paragraph are in the first screen; on a wide screen it is always shown (reader.css).
  const aboutHtml = `<section class="doc-meta" aria-labelledby="about-heading">
<details class="doc-meta-details"><summary><h2 id="about-heading">${label('reader.aboutText')}</h2></summary>
<dl>
${metaItem('reader.issuer', meta.issuer.zh, meta.issuer.en)}
${speaker ? metaItem('reader.speaker', speaker.zh, speaker.en) : ''}
${metaItem('reader.date', formatDateZh(meta.date), formatDate(meta.date))}
${meta.occasion ? metaItem('reader.occasion', meta.occasion.zh, meta.occasion.en) : ''}
${meta.place ? metaItem('reader.place', meta.place.zh, meta.place.en) : ''}
<div><dt>${label('reader.source')}</dt><dd><span lang="en">${escapeHtml(meta.source.description)}</span>${meta.source.url ? ` <a href="${escapeHtml(meta.source.url)}" rel="noopener noreferrer">${escapeHtml(meta.source.url)}</a>` : ''}${meta.source.archived ? ` · <a href="${escapeHtml(meta.source.archived)}" rel="noopener noreferrer">${label('cite.archivedCopy')}</a>` : ''}</dd></div>
<div><dt>${label('reader.translation')}</dt><dd>${meta.translation ? `<span lang="en">${escapeHtml(meta.translation.credit)}${meta.translation.note ? ` ${escapeHtml(meta.translation.note)}` : ''}</span>${translatedCount(doc) < doc.paragraphs.length ? ` (${label('home.translated', { done: translatedCount(doc), count: doc.paragraphs.length })})` : ''}` : label('reader.noTranslation')}</dd></div>
</dl>
${downloadsList(doc, site)}
</details>
${site.indicators.get(doc.slug)?.length ? `<p class="doc-links"><a href="/${escapeHtml(doc.slug)}/indicators/">${label('indicators.link')}</a></p>` : ''}
${excerpt ? `<div class="excerpt-notice" role="note"><strong class="badge">${label('reader.excerptLabel')}</strong> <span lang="en">${escapeHtml(excerpt.note.en)}</span> <span lang="zh-Hans">${escapeHtml(excerpt.note.zh)}</span> <a href="#excerpt-end">${label('reader.excerptJump')}</a></div>` : ''}
</section>`;

  // The first visit's legend, with this text's own first term and figure as they are marked (main.ts shows it).
  const sample = (re: RegExp) => re.exec(body)?.[1];
  const term = sample(/<a class="term"[^>]*>([^<]+)<\/a>/);
  const figure = sample(/<span class="fig"[^>]*>([^<]+)<\/span>/);
  const legend = `<section class="legend" id="rdr-legend" aria-labelledby="legend-title" hidden>
<h2 id="legend-title">${label('reader.legendTitle')}</h2>
<ul>${term ? `<li><span class="legend-term" lang="zh-Hans">${term}</span> ${label('reader.legendTerm')}</li>` : ''}${figure ? `<li><span class="legend-figure" lang="zh-Hans">${figure}</span> ${label('reader.legendFigure')}</li>` : ''}</ul>
<p>${label('reader.legendMore')}</p>
<button type="button">${label('reader.legendOk')}</button>
</section>`;

  const excerptEnd = excerpt
    ? `<div class="excerpt-end" id="excerpt-end" role="note"><p lang="en"><strong>${label('reader.excerptEnd')}</strong> ${escapeHtml(excerpt.note.en)}</p><p lang="zh-Hans">${escapeHtml(excerpt.note.zh)}</p></div>`
    : '';

  const html = layout({
    title: `${meta.title.en} · ${meta.title.zh}`,
    description: `${meta.title.en} (${meta.title.zh}), ${meta.issuer.en}, ${formatDate(meta.date)}: Chinese original and English translation, aligned paragraph by paragraph.`,
    assets,
    head: citationMetaTags(citable(doc)),
    body: `<main id="main" class="reader" data-view="both" data-slug="${escapeHtml(doc.slug)}" data-path="/${escapeHtml(doc.slug)}/" data-aliases="${escapeHtml(JSON.stringify(meta.aliases))}">
<div class="reader-side">
${outline(doc)}
<div class="reader-toolbar"><rdr-view-controls></rdr-view-controls></div>
</div>
<article class="document">
<rdr-para-target></rdr-para-target>
${titleRow}
${aboutHtml}
${termsPanel(doc, site)}
<div class="columns-head" aria-hidden="true"><span></span><span>${label('reader.columnZh')}</span><span>${label('reader.columnEn')}</span></div>
${body}
${excerptEnd}
</article>
<script type="application/json" id="rdr-text">${jsonForScript(citable(doc))}</script>
<rdr-term-popup cards="/${escapeHtml(doc.slug)}/cards.json"></rdr-term-popup>
<rdr-sentence-link></rdr-sentence-link>
<rdr-selection-link></rdr-selection-link>
<rdr-cite-dialog></rdr-cite-dialog>
<rdr-announcer></rdr-announcer>
${legend}
</main>`,
  });
  return { path: `${doc.slug}/index.html`, html };
}

export function renderHome(docs: TextDoc[], assets: PageAssets, comparisons: ComparePair[] = []): Page {
  const items = docs
    .map((doc) => {
      const count = doc.paragraphs.length;
      const done = translatedCount(doc);
      const translation = !doc.meta.translation
        ? label('home.chineseOnly')
        : done < count
          ? label('home.translated', { done, count })
          : doc.meta.translation.kind === 'existing'
            ? label('home.existingTranslation')
            : '';
      return `<li class="library-item">
<h2><a href="/${escapeHtml(doc.slug)}/"><span lang="en">${escapeHtml(doc.meta.title.en)}</span> <span lang="zh-Hans" class="library-zh">${escapeHtml(doc.meta.title.zh)}</span></a></h2>
<p class="library-meta">${escapeHtml(doc.meta.issuer.en)} · <time datetime="${doc.meta.date}">${formatDate(doc.meta.date)}</time> · ${label('home.paragraphs', { count })}${translation ? ` · ${translation}` : ''}${doc.meta.excerpt ? ` · <strong class="badge">${label('home.excerpt')}</strong>` : ''}</p>
</li>`;
    })
    .join('\n');
  return {
    path: 'index.html',
    html: layout({
      title: translate('en', 'site.name'),
      description: translate('en', 'site.tagline'),
      assets,
      body: `<main id="main" class="home">
<h1>${label('home.heading')}</h1>
<p class="lede">${label('home.intro')}</p>
<ul class="library">
${items}
</ul>
${compareList(comparisons)}
</main>`,
    }),
  };
}

export const LEVEL_KEY = { national: 'glossary.levelNational', Henan: 'glossary.levelHenan', Jiaozuo: 'glossary.levelJiaozuo', Wuzhi: 'glossary.levelWuzhi' } as const;
const CONFIDENCE_KEY = { high: 'glossary.confidenceHigh', medium: 'glossary.confidenceMedium', low: 'glossary.confidenceLow' } as const;

/** What a reader needs to know about a term; shared by the popup and the glossary page. */
function termCard(entry: GlossaryEntry, occurrences: number, headingLevel: 'h2' | 'p'): string {
  const sources = entry.sources.length
    ? `<ul class="term-sources">${entry.sources
        .map((s) => `<li>${s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>` : `${escapeHtml(s.title)}: <cite>${escapeHtml(s.document ?? '')}</cite>`}</li>`)
        .join('')}</ul>`
    : `<p class="term-sources">${label('glossary.noSources')}</p>`;
  const head = `<${headingLevel} class="term-head"><span class="term-zh" lang="zh-Hans">${escapeHtml(entry.zh)}</span> <span class="term-pinyin" lang="zh-Latn-pinyin">${escapeHtml(entry.pinyin)}</span></${headingLevel}>`;
  return `${head}
<p class="term-en"><span class="visually-hidden">${label('glossary.rendering')}: </span>${escapeHtml(entry.en)}</p>
<div class="term-def">${entry.definitionHtml}</div>
<dl class="term-facts">
<div><dt>${label('glossary.level')}</dt><dd>${label(LEVEL_KEY[entry.level])}${entry.levelEstablished ? '' : ` ${label('glossary.levelNotEstablished')}`}</dd></div>
<div class="confidence-${entry.confidence}"><dt>${label('glossary.confidence')}</dt><dd>${label(CONFIDENCE_KEY[entry.confidence])}</dd></div>
<div><dt>${label('glossary.sources')}</dt><dd>${sources}</dd></div>
</dl>
<p class="term-more"><a href="/glossary/#${entry.id}">${label('glossary.occurrences', { count: occurrences })}</a></p>`;
}

function countByEntry(occurrences: Site['occurrences']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.entry, (counts.get(o.entry) ?? 0) + 1);
  return counts;
}

/** The cards of the terms used in one text, for the popup to fetch: entry id -> card HTML. */
export function termCards(doc: TextDoc, site: Pick<Site, 'glossary' | 'occurrences'>): Record<string, string> {
  const used = new Set(site.occurrences.filter((o) => o.slug === doc.slug).map((o) => o.entry));
  const counts = countByEntry(site.occurrences);
  return Object.fromEntries(site.glossary.filter((e) => used.has(e.id)).map((e) => [e.id, termCard(e, counts.get(e.id) ?? 0, 'p')]));
}

export function renderGlossaryPage(site: Site, assets: PageAssets): Page {
  const counts = countByEntry(site.occurrences);
  const titles = new Map(site.docs.map((d) => [d.slug, d.meta.shortTitle?.en ?? d.meta.title.en]));
  const docsBySlug = new Map(site.docs.map((d) => [d.slug, d]));
  const byEntry = new Map<string, Site['occurrences']>();
  for (const o of site.occurrences) byEntry.set(o.entry, [...(byEntry.get(o.entry) ?? []), o]);
  const sorted = [...site.glossary].sort((a, b) => a.pinyinPlain.localeCompare(b.pinyinPlain) || a.zh.localeCompare(b.zh, 'zh'));
  const entries = sorted
    .map((e) => {
      const search = [e.zh, ...e.variants, e.pinyin, e.pinyin.replace(/\s+/g, ''), e.pinyinPlain, e.en, ...e.enVariants].join(' ').toLowerCase();
      // Each occurrence: where it stands (numbered when the term stands more than once in one
      // paragraph, and linked to that very place as a phrase link), the Chinese around it, and the
      // English around the term's rendering in the same paragraph.
      const list = byEntry.get(e.id) ?? [];
      const concordance = list
        .map((o) => {
          const same = list.filter((x) => x.slug === o.slug && x.paragraph === o.paragraph);
          const nth = same.indexOf(o);
          const p = docsBySlug.get(o.slug)?.paragraphs.find((x) => x.id === o.paragraph);
          const zh = p?.zh.text ?? '';
          let at = -1;
          for (let k = 0; k <= nth; k++) at = zh.indexOf(o.match, at + 1);
          const hash = at >= 0 ? formatHash({ kind: 'phrase', id: o.paragraph, lang: 'zh', quote: o.match, ...phraseContext(zh, at, at + o.match.length, 'zh') }) : `#${o.paragraph}`;
          const en = p?.en.text ?? '';
          const lower = en.toLowerCase();
          const places: [number, number][] = [];
          for (const form of renderingForms(e).map((f) => f.toLowerCase()).filter(Boolean)) {
            for (let j = lower.indexOf(form); j >= 0; j = lower.indexOf(form, j + 1)) places.push([j, j + form.length]);
          }
          places.sort((a, b) => a[0] - b[0]);
          const [from, to] = places[Math.min(nth, places.length - 1)] ?? [];
          // About 40 characters either side, cut at a space so no word is shown in half.
          const before = from === undefined ? '' : en.slice(Math.max(0, from - 40), from);
          const after = to === undefined ? '' : en.slice(to, to + 40);
          const english =
            from !== undefined && to !== undefined
              ? `<span class="kwic-en" lang="en">${from > 40 ? '…' : ''}${escapeHtml(from > 40 ? before.slice(before.indexOf(' ') + 1) : before)}<mark>${escapeHtml(en.slice(from, to))}</mark>${escapeHtml(to + 40 < en.length ? after.slice(0, Math.max(0, after.lastIndexOf(' '))) : after)}${to + 40 < en.length ? '…' : ''}</span>`
              : '';
          const where = `${escapeHtml(titles.get(o.slug) ?? o.slug)} ¶ ${escapeHtml(o.paragraph)}${same.length > 1 ? ` (${nth + 1}/${same.length})` : ''}`;
          return `<li><a class="kwic" href="/${o.slug}/${escapeHtml(hash)}"><span class="kwic-where">${where}</span> <span class="kwic-line" lang="zh-Hans"><span class="kwic-before">${escapeHtml(o.before)}</span><mark>${escapeHtml(o.match)}</mark><span class="kwic-after">${escapeHtml(o.after)}</span></span>${english}</a></li>`;
        })
        .join('');
      const related = e.related.length
        ? `<p class="term-related">${label('glossary.related')}: ${e.related.map((r) => `<a href="#${r}" lang="zh-Hans">${escapeHtml(site.glossary.find((x) => x.id === r)?.zh ?? r)}</a>`).join('、')}</p>`
        : '';
      return `<article class="entry" id="${e.id}" data-pinyin="${escapeHtml(e.pinyinPlain)}" data-search="${escapeHtml(search)}" aria-labelledby="${e.id}-h">
<a class="entry-anchor" href="#${e.id}"><span class="visually-hidden">${label('glossary.entryLink')}: <span lang="zh-Hans">${escapeHtml(e.zh)}</span></span><span aria-hidden="true">#</span></a>
${termCard(e, counts.get(e.id) ?? 0, 'h2').replace('<h2 class="term-head">', `<h2 class="term-head" id="${e.id}-h">`).replace(/<p class="term-more">[\s\S]*?<\/p>$/, '')}
${related}
${trackerLink(e)}
<details class="concordance"><summary>${label('glossary.concordance')} (${counts.get(e.id) ?? 0})</summary><ol>${concordance}</ol></details>
</article>`;
    })
    .join('\n');
  return {
    path: 'glossary/index.html',
    html: layout({
      title: `${translate('en', 'glossary.heading')} · ${translate('en', 'site.name')}`,
      description: translate('en', 'glossary.intro'),
      assets,
      // The filter is this page's one search box.
      search: false,
      body: `<main id="main" class="glossary">
<h1>${label('glossary.heading')}</h1>
<p class="lede">${label('glossary.intro')}</p>
<rdr-glossary-filter total="${sorted.length}"></rdr-glossary-filter>
<nav class="letter-index" aria-labelledby="letters-label"><span id="letters-label" hidden>${label('glossary.letters')}</span>${[...new Map([...sorted].reverse().map((e) => [e.pinyinPlain.charAt(0).toUpperCase(), e.id])).entries()]
        // Built from the last entry back, so each letter keeps its first entry; then A to Z again.
        .reverse()
        .map(([letter, id]) => `<a href="#${id}">${escapeHtml(letter)}</a>`)
        .join('')}</nav>
<div class="entries">
${entries}
</div>
</main>`,
    }),
  };
}

/** JSON inside a <script> data block: "</script>" and "<!--" must not appear in it. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The citation data of a text: written into its reader page, and the source of its RIS and CSL-JSON records. */
export function citable(doc: TextDoc): CitableText {
  const { meta } = doc;
  const { speaker, translation, source } = meta;
  const names = [meta.issuer.en, speaker?.name.en, meta.place?.en].filter((n): n is string => !!n);
  return citableText({
    slug: doc.slug,
    title: { zh: meta.title.zh, en: meta.title.en, pinyin: titlePinyin(meta.title.zh, meta.title.pinyin), sentence: sentenceCase(meta.title.en, names) },
    issuer: meta.issuer,
    ...(speaker && { speaker }),
    ...(meta.occasion && { occasion: meta.occasion }),
    date: meta.date,
    ...(translation && { translation: { by: translation.citeAs, ...(translation.date && { date: translation.date }) } }),
    site: translate('en', 'site.name'),
    ...((source.url || source.archived) && { source: { url: source.url, archived: source.archived } }),
  });
}

/** The run-in heading of a section's first paragraph: the bold words it opens with. */
function runIn(html: string): string | undefined {
  const m = /^(?:<span class="s"[^>]*>)?<strong>([\s\S]*?)<\/strong>/.exec(html);
  return m ? m[1]!.replace(/<[^>]+>/g, '') : undefined;
}

/** Table of contents: the parts (headings) and their numbered sections (run-in headings). */
function outline(doc: TextDoc): string {
  const items: string[] = [];
  let open = false;
  for (const p of doc.paragraphs) {
    if (p.kind === 'heading' && p.depth === 2) {
      if (open) items.push('</ol></li>');
      items.push(`<li><a href="#${escapeHtml(p.id)}"><span lang="zh-Hans">${escapeHtml(p.zh.text)}</span>${p.en.text ? ` <span lang="en">${escapeHtml(p.en.text)}</span>` : ''}</a><ol>`);
      open = true;
    } else if (/^\d+\.[1-9]\d*\.1$/.test(p.id)) {
      const zh = runIn(p.zh.html);
      const en = runIn(p.en.html);
      // A section not yet translated is listed by its Chinese heading alone.
      if (zh) items.push(`<li><a href="#${escapeHtml(p.id)}"><span lang="zh-Hans">${zh}</span>${en ? ` <span lang="en">${en}</span>` : ''}</a></li>`);
    }
  }
  if (open) items.push('</ol></li>');
  return `<rdr-outline class="outline"><details><summary id="outline-label">${label('outline.label')}</summary><nav aria-labelledby="outline-label"><ol>${items.join('')}</ol></nav></details></rdr-outline>`;
}

/** The search index: every paragraph's plain text in both languages, and the glossary. */
export function searchIndex(site: Site): SearchIndex {
  return {
    texts: site.docs.map((d) => ({ slug: d.slug, title: d.meta.title, paragraphs: d.paragraphs.map((p) => ({ id: p.id, zh: p.zh.text, en: p.en.text })) })),
    terms: site.glossary.map((e) => ({ id: e.id, zh: [e.zh, ...e.variants], pinyin: e.pinyin, en: e.en })),
  };
}

export function renderIndicators(doc: TextDoc, indicators: Indicator[], assets: PageAssets): Page {
  return {
    path: `${doc.slug}/indicators/index.html`,
    html: layout({
      title: `${translate('en', 'indicators.heading')} · ${doc.meta.title.en} · ${doc.meta.title.zh}`,
      description: `The headline figures of ${doc.meta.title.en}, in Chinese and in Western notation, each linked to its paragraph.`,
      assets,
      body: indicatorsBody(doc, indicators),
    }),
  };
}
