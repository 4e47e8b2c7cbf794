import { sitePath } from '../base.ts';
import { translate } from '../../i18n/resources.ts';
import { byDate } from '../compare/pairs.ts';
import { type GlossaryEntry } from '../load/glossary.ts';
import { renderingForms, type Occurrence } from '../annotate/terms.ts';
import { label, t } from './labels.ts';
import type { Paragraph, TextDoc } from '../load/text.ts';
import type { RenderedBlock } from '../load/markdown.ts';
import { countsIn, usesOf } from '../annotate/occurrence-index.ts';
import { escapeHtml } from '../load/markdown.ts';
import { LEVEL_KEY } from './glossary.ts';
import { formatDate, layout, type Page, type PageAssets } from './layout.ts';
import type { Site } from '../model.ts';
import { LEVEL_ORDER, TEXT_LEVEL_KEY, englishOf, hanCount, textName, textNameZh } from './texts.ts';
import { formatHash, phraseContext } from '../../citation/hash.ts';

/**
 * The formulation tracker: for each glossary entry, a page `/glossary/<id>/` with its uses in every
 * text (texts in order of date, grouped by the level of the issuer), the English rendering each
 * use has, and a chart drawn at build time. And the reader's panel of the terms a text uses.
 */

type TrackerSite = Pick<Site, 'docs' | 'glossary' | 'occurrences'>;

/** How a use is rendered in English: one of the entry's renderings (by index), another, or none. */
type Rendering = { kind: 'glossary'; form: number } | { kind: 'other' } | { kind: 'untranslated' };

interface Use {
  occurrence: Occurrence;
  paragraph: Paragraph;
  rendering: Rendering;
  /** The English around the rendering, as HTML with the rendering marked. */
  englishHtml: string;
}

/**
 * What one text adds to an entry's tracker page, made from that text alone (so the build can keep
 * it with the text, src/content/cache.ts): the count, the links to its first and last use, the
 * renderings its English uses, and its section of the list of uses.
 */
export interface TrackerPart {
  count: number;
  /** Han characters of the text, for a rate that compares a county report with a national one. */
  length: number;
  first: string;
  last: string;
  firstWhere: string;
  lastWhere: string;
  renderings: string;
  section: string;
}

interface TextUses {
  doc: TextDoc;
  part: TrackerPart;
}

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/**
 * The plain text of a paragraph's English HTML and where the build marked each term's rendering
 * in it (`<a class="term" data-term>`): the annotator has already found them, with its folding
 * of case and quotation marks, so nothing is matched twice.
 */
function markedRenderings(html: string): { text: string; spans: { entry: string; start: number; end: number }[] } {
  let text = '';
  const spans: { entry: string; start: number; end: number }[] = [];
  let open: { entry: string; start: number } | undefined;
  for (const m of html.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = m[0];
    if (token.startsWith('<')) {
      const term = /^<a class="term"[^>]*\sdata-term="([^"]+)"/.exec(token);
      if (term) open = { entry: term[1]!, start: text.length };
      else if (token === '</a>' && open) {
        spans.push({ ...open, end: text.length });
        open = undefined;
      }
    } else {
      text += token.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => DECODE[e]!);
    }
  }
  return { text, spans };
}

const paragraphMaps = new WeakMap<TextDoc, Map<string, Paragraph>>();
const paragraphsOf = (doc: TextDoc) => {
  let map = paragraphMaps.get(doc);
  if (!map) paragraphMaps.set(doc, (map = new Map(doc.paragraphs.map((p) => [p.id, p]))));
  return map;
};
/** Each English block read once, however many entries it holds. */
const renderings = new WeakMap<RenderedBlock, ReturnType<typeof markedRenderings>>();
const renderingsOf = (block: RenderedBlock) => {
  let found = renderings.get(block);
  if (!found) renderings.set(block, (found = markedRenderings(block.html)));
  return found;
};

const foldRendering = (text: string) => text.replace(/["“”]/g, '').replace(/^the\s+/i, '').replace(/’/g, "'").trim().toLowerCase();

/** English context of `length` characters each side, cut at a space, with the rendering marked. */
function englishContext(text: string, start: number, end: number, length = 70): string {
  let from = Math.max(0, start - length);
  let to = Math.min(text.length, end + length);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return `<span lang="en">${from > 0 ? '… ' : ''}${escapeHtml(text.slice(from, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(text.slice(end, to))}${to < text.length ? ' …' : ''}</span>`;
}

/** Every use of an entry in one text, each with its English. */
function usesIn(doc: TextDoc, entry: GlossaryEntry, occurrences: Occurrence[]): Use[] {
  const paragraphs = paragraphsOf(doc);
  const forms = renderingForms(entry).map(foldRendering);
  const seen = new Map<string, number>();
  return usesOf(occurrences, doc.slug, entry.id)
    .map((occurrence) => {
      const paragraph = paragraphs.get(occurrence.paragraph)!;
      // The k-th use in a paragraph is shown with the k-th rendering in its English (or the last one).
      const k = seen.get(paragraph.id) ?? 0;
      seen.set(paragraph.id, k + 1);
      const english = englishOf(doc, paragraph);
      if (!english) return { occurrence, paragraph, rendering: { kind: 'untranslated' }, englishHtml: label('reader.untranslated') };
      const { text, spans } = renderingsOf(english);
      const mine = spans.filter((s) => s.entry === entry.id);
      const span = mine[Math.min(k, mine.length - 1)];
      if (!span) {
        // The rendering could be anywhere in the paragraph: the whole English, folded away.
        const englishHtml = `<details class="tracker-other"><summary>${label('tracker.otherRendering')}</summary><p lang="en">${escapeHtml(text)}</p></details>`;
        return { occurrence, paragraph, rendering: { kind: 'other' }, englishHtml };
      }
      const form = forms.indexOf(foldRendering(text.slice(span.start, span.end)));
      return { occurrence, paragraph, rendering: form < 0 ? { kind: 'other' } : { kind: 'glossary', form }, englishHtml: englishContext(text, span.start, span.end) };
    });
}

/** One text's part of an entry's tracker page. */
function trackerPart(doc: TextDoc, entry: GlossaryEntry, occurrences: Occurrence[]): TrackerPart {
  const uses = usesIn(doc, entry, occurrences);
  const where = (use: Use | undefined) =>
    use ? `<a href="${useHref(doc, use)}">${escapeHtml(textName(doc))} ¶ ${escapeHtml(use.paragraph.id)}</a> (<time datetime="${doc.meta.date}">${formatDate(doc.meta.date)}</time>)` : '—';
  return {
    count: uses.length,
    length: hanCount(doc),
    first: useLink(doc, uses[0]),
    last: useLink(doc, uses.at(-1)),
    firstWhere: where(uses[0]),
    lastWhere: where(uses.at(-1)),
    renderings: uses.length ? renderingsSummary(entry, uses) : '—',
    section: textSection(entry, doc, uses),
  };
}

/** A text's parts for every entry it uses, by entry id (entries it does not use have a part of nothing). */
export function trackerParts(doc: TextDoc, site: Pick<Site, 'glossary' | 'occurrences'>): Record<string, TrackerPart> {
  const used = countsIn(site.occurrences, doc.slug);
  return Object.fromEntries(site.glossary.filter((e) => used.has(e.id)).map((e) => [e.id, trackerPart(doc, e, site.occurrences)]));
}

/** Where a text's part of a tracker page comes from: made here, or kept with the text by the build. */
export type TrackerParts = (doc: TextDoc) => Record<string, TrackerPart>;

/** The renderings a text's uses have, most frequent first: "stability on six fronts (3), another rendering (1)". */
function renderingsSummary(entry: GlossaryEntry, uses: Use[]): string {
  const names = [entry.en, ...entry.enVariants];
  const tally = new Map<string, { html: string; count: number }>();
  for (const u of uses) {
    const key = u.rendering.kind === 'glossary' ? `form-${u.rendering.form}` : u.rendering.kind;
    const html = u.rendering.kind === 'glossary' ? `<span lang="en">${escapeHtml(names[u.rendering.form]!)}</span>` : label(u.rendering.kind === 'other' ? 'tracker.otherRendering' : 'tracker.noEnglish');
    tally.set(key, { html, count: (tally.get(key)?.count ?? 0) + 1 });
  }
  return [...tally.values()]
    .sort((a, b) => b.count - a.count)
    .map((r) => `${r.html} (${r.count})`)
    .join(', ');
}

const perTenThousand = (t: TrackerPart) => (t.length ? ((t.count / t.length) * 10_000).toFixed(1) : '0');

function useLink(doc: TextDoc, use: Use | undefined): string {
  return use ? `<a href="${useHref(doc, use)}">¶ ${escapeHtml(use.paragraph.id)}</a>` : '—';
}

/**
 * A use's link: a phrase link to the term itself in its paragraph, with the characters around it
 * (what tells two uses in one paragraph apart), so the reader opens with that use highlighted.
 */
function useHref(doc: TextDoc, use: Use): string {
  const { before, match, after } = use.occurrence;
  const hash = formatHash({ kind: 'phrase', id: use.paragraph.id, lang: 'zh', quote: match, ...phraseContext(`${before}${match}${after}`, before.length, before.length + match.length, 'zh') });
  return sitePath(`${escapeHtml(doc.slug)}/${escapeHtml(hash)}`);
}

/** Horizontal bars, one per text in order of date, each under its name; inline SVG coloured by the tokens. */
function chart(entry: GlossaryEntry, texts: TextUses[]): string {
  const max = Math.max(1, ...texts.map((t) => t.part.count));
  const width = 640;
  const plot = width - 50;
  const rowH = 46;
  const height = texts.length * rowH + 4;
  const bars = texts
    .map((t, k) => {
      const y = k * rowH;
      const w = (t.part.count / max) * plot;
      return `<text class="label" x="0" y="${y + 15}">${escapeHtml(textName(t.doc))} <tspan class="tick">${escapeHtml(t.doc.meta.date)}</tspan></text><rect class="bar" x="0" y="${y + 22}" width="${Math.max(t.part.count ? 2 : 0, w)}" height="16" rx="2"/><text class="value" x="${w + 6}" y="${y + 35}">${t.part.count}</text>`;
    })
    .join('');
  const id = `track-${entry.id}`;
  const desc = texts.map((t) => `${textName(t.doc)} (${t.doc.meta.date}): ${t.part.count}`).join('; ');
  return `<figure class="chart tracker-chart">
<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="${id}-t">${t('tracker.tableCaption')}: ${escapeHtml(entry.zh)} (${escapeHtml(entry.en)})</title>
<desc id="${id}-d">${escapeHtml(desc)}.</desc>
${bars}
</svg>
<figcaption>${label('tracker.chartCaption')}</figcaption>
</figure>`;
}

function table(entry: GlossaryEntry, texts: TextUses[]): string {
  const rows = texts
    .map(
      (t) => `<tr><th scope="row"><a href="${sitePath(`${escapeHtml(t.doc.slug)}/`)}">${escapeHtml(textName(t.doc))}</a></th><td><time datetime="${t.doc.meta.date}">${escapeHtml(t.doc.meta.date)}</time></td><td>${label(TEXT_LEVEL_KEY[t.doc.meta.level])}</td><td class="num">${t.part.count}</td><td class="num">${perTenThousand(t.part)}</td><td>${t.part.first}</td><td>${t.part.last}</td><td>${t.part.renderings}</td></tr>`,
    )
    .join('\n');
  return `<div class="table-scroll" role="region" aria-labelledby="${entry.id}-table" tabindex="0"><table class="tracker-table">
<caption id="${entry.id}-table">${label('tracker.tableCaption')}</caption>
<thead><tr><th scope="col">${label('tracker.text')}</th><th scope="col">${label('tracker.date')}</th><th scope="col">${label('tracker.level')}</th><th scope="col">${label('tracker.uses')}</th><th scope="col">${label('tracker.perTenThousand')}</th><th scope="col">${label('tracker.first')}</th><th scope="col">${label('tracker.last')}</th><th scope="col">${label('tracker.rendering')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}

function textSection(entry: GlossaryEntry, doc: TextDoc, uses: Use[]): string {
  const id = `${entry.id}--${doc.slug}`;
  const items = uses
    .map(
      (u) => `<li><a class="tracker-where" href="${useHref(doc, u)}">¶ ${escapeHtml(u.paragraph.id)}</a>
<span class="kwic-line" lang="zh-Hans"><span class="kwic-before">${escapeHtml(u.occurrence.before)}</span><mark>${escapeHtml(u.occurrence.match)}</mark><span class="kwic-after">${escapeHtml(u.occurrence.after)}</span></span>
<div class="tracker-en">${u.englishHtml}</div></li>`,
    )
    .join('\n');
  return `<article class="tracker-text" data-text="${escapeHtml(doc.slug)}" data-count="${uses.length}" aria-labelledby="${id}">
<h4 id="${id}"><a href="${sitePath(`${escapeHtml(doc.slug)}/`)}"><span lang="en">${escapeHtml(doc.meta.title.en)}</span></a> <span lang="zh-Hans" class="tracker-zh">${escapeHtml(doc.meta.title.zh)}</span></h4>
<p class="tracker-meta"><time datetime="${doc.meta.date}">${formatDate(doc.meta.date)}</time> · ${escapeHtml(doc.meta.issuer.en)} · ${label('tracker.useCount', { count: uses.length })}${uses.length ? ` · ${label('tracker.rendering')}: ${renderingsSummary(entry, uses)}` : ''}</p>
${uses.length ? `<ol class="tracker-uses">\n${items}\n</ol>` : `<p class="tracker-none">${label('tracker.notUsed')}</p>`}
</article>`;
}

export function renderTracker(entry: GlossaryEntry, site: TrackerSite, assets: PageAssets, parts: TrackerParts = (doc) => trackerParts(doc, site), docs = byDate(site.docs)): Page {
  // A text that does not use the entry has a row and a section all the same ("not used").
  const texts = docs.map((doc) => ({ doc, part: parts(doc)[entry.id] ?? trackerPart(doc, entry, []) }));
  const total = texts.reduce((n, t) => n + t.part.count, 0);
  const using = texts.filter((t) => t.part.count);
  const groups = LEVEL_ORDER.map((level) => ({ level, texts: texts.filter((t) => t.doc.meta.level === level) }))
    .filter((g) => g.texts.length)
    .map((g) => `<section class="tracker-level" aria-labelledby="level-${g.level}">
<h3 id="level-${g.level}">${label(TEXT_LEVEL_KEY[g.level])}</h3>
${g.texts.map((t) => t.part.section).join('\n')}
</section>`)
    .join('\n');
  const variants = entry.enVariants.length ? ` <span class="tracker-variants">(${entry.enVariants.map((v) => `<span lang="en">${escapeHtml(v)}</span>`).join(', ')})</span>` : '';
  const body = `<main id="main" class="tracker-page">
<p class="breadcrumb"><a href="${sitePath(`glossary/#${entry.id}`)}">${label('site.glossary')}</a> <span aria-hidden="true">›</span> ${label('tracker.heading')}</p>
<h1 class="term-head tracker-h1"><span class="term-zh" lang="zh-Hans">${escapeHtml(entry.zh)}</span> <span class="term-pinyin" lang="zh-Latn-pinyin">${escapeHtml(entry.pinyin)}</span></h1>
<p class="term-en"><span class="visually-hidden">${label('glossary.rendering')}: </span><span lang="en">${escapeHtml(entry.en)}</span>${variants}</p>
<p class="lede">${label('tracker.intro')}</p>
<dl class="tracker-facts">
<div><dt>${label('tracker.uses')}</dt><dd>${label('tracker.summary', { count: total, texts: using.length, total: texts.length })}</dd></div>
<div><dt>${label('tracker.first')}</dt><dd>${using[0]?.part.firstWhere ?? '—'}</dd></div>
<div><dt>${label('tracker.last')}</dt><dd>${using.at(-1)?.part.lastWhere ?? '—'}</dd></div>
<div><dt>${label('glossary.level')}</dt><dd>${label(LEVEL_KEY[entry.level])}</dd></div>
</dl>
<div class="tracker-overview">
${texts.length > 1 ? chart(entry, texts) : ''}
${table(entry, texts)}
</div>
<section class="tracker" aria-labelledby="every-use">
<h2 id="every-use">${label('tracker.everyUse')}</h2>
${groups}
</section>
</main>`;
  return {
    path: `glossary/${entry.id}/index.html`,
    html: layout({
      title: `${entry.zh} ${entry.en} · ${translate('en', 'tracker.heading')} · ${translate('en', 'site.name')}`,
      description: `${entry.zh} (${entry.en}): every use in the library's texts, in order of date, with its English rendering.`,
      assets,
      body,
    }),
  };
}

/** One tracker page per glossary entry. */
export function trackerPages(site: TrackerSite, assets: PageAssets, parts?: TrackerParts): Page[] {
  const docs = byDate(site.docs);
  // Each text's parts once, not once per entry.
  const made = new Map<TextDoc, Record<string, TrackerPart>>();
  const partsOf: TrackerParts = (doc) => {
    let p = made.get(doc);
    if (!p) made.set(doc, (p = parts ? parts(doc) : trackerParts(doc, site)));
    return p;
  };
  return site.glossary.map((entry) => renderTracker(entry, site, assets, partsOf, docs));
}

/** The glossary page's link from an entry to its tracker. */
export function trackerLink(entry: GlossaryEntry): string {
  return `<p class="term-tracker"><a href="${sitePath(`glossary/${entry.id}/`)}">${label('tracker.heading')}</a></p>`;
}

/** The reader's panel: the text's glossary entries, most used first, each linked to its tracker. */
export function termsPanel(doc: TextDoc, site: Pick<Site, 'glossary' | 'occurrences'>): string {
  const counts = countsIn(site.occurrences, doc.slug);
  const entries = site.glossary.filter((e) => counts.has(e.id)).sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || a.pinyinPlain.localeCompare(b.pinyinPlain));
  if (!entries.length) return '';
  const items = entries
    .map((e) => `<li><a href="${sitePath(`glossary/${e.id}/`)}"><span lang="zh-Hans" class="terms-zh">${escapeHtml(e.zh)}</span> <span lang="en">${escapeHtml(e.en)}</span></a> <span class="terms-count">${label('tracker.useCount', { count: counts.get(e.id)! })}</span></li>`)
    .join('');
  return `<details class="terms-panel">
<summary>${label('tracker.panel')} (${entries.length})</summary>
<ol class="terms-list">${items}</ol>
</details>`;
}
