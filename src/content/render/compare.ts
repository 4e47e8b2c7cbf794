import { countsIn } from '../annotate/occurrence-index.ts';
import { sitePath } from '../base.ts';
import { translate, type UiKey } from '../../i18n/resources.ts';
import { diffChinese } from '../compare/diff.ts';
import { matchParagraphs, type ParagraphLink } from '../compare/match.ts';
import { comparePath, type ComparePair } from '../compare/pairs.ts';
import type { GlossaryEntry } from '../load/glossary.ts';
import type { Indicator } from '../load/indicators.ts';
import { label } from './labels.ts';
import type { Paragraph, TextDoc } from '../load/text.ts';
import { escapeHtml } from '../load/markdown.ts';
import { formatDate, layout, type Page, type PageAssets } from './layout.ts';
import type { Site } from '../model.ts';
import { englishOf, paragraphHref, textName } from './texts.ts';

/**
 * "What changed": a page per pair of texts, `/compare/<older>/<newer>/`. At the top, the terms
 * that are new, dropped or used more or less often, and the indicators both texts give; then
 * every paragraph of both texts, matched (compare/match.ts), with a character diff of the Chinese
 * where a paragraph changed and both English versions beside it. All of it static HTML.
 */

type CompareSite = Pick<Site, 'glossary' | 'occurrences' | 'indicators'>;

const KIND_KEY: Record<ParagraphLink['kind'], UiKey> = { same: 'compare.same', changed: 'compare.changed', added: 'compare.added', removed: 'compare.removed' };

interface Side {
  doc: TextDoc;
  byId: Map<string, Paragraph>;
  which: 'older' | 'newer';
}

const side = (doc: TextDoc, which: Side['which']): Side => ({ doc, which, byId: new Map(doc.paragraphs.map((p) => [p.id, p])) });

/** "Older ¶ 1.0.2", linked; "Older ¶ 1.0.4a, 1.0.4b" for the two parts of a split. */
function paragraphLinks(s: Side, ids: string[]): string {
  if (!ids.length) return '';
  return `<span class="cmp-which">${label(`compare.${s.which}`)}</span> ${ids.map((id) => `<a href="${paragraphHref(s.doc, id)}">¶ ${escapeHtml(id)}</a>`).join(', ')}`;
}

function chineseOf(s: Side, ids: string[]): string {
  return ids.map((id) => s.byId.get(id)!.zh.text).join('');
}

function englishHtml(s: Side, ids: string[]): string {
  const parts = ids.map((id) => englishOf(s.doc, s.byId.get(id)!));
  if (parts.every((p) => !p)) return label('reader.untranslated');
  return parts.map((p) => (p ? `<span lang="en">${escapeHtml(p.text)}</span>` : label('reader.untranslated'))).join(' ');
}

function englishColumn(sides: { s: Side; ids: string[] }[]): string {
  const shown = sides.filter(({ ids }) => ids.length).map(({ s, ids }) => ({ which: label(`compare.${s.which}`), html: englishHtml(s, ids) }));
  // An English that did not change is shown once, under both labels.
  const [a, b] = shown;
  const paragraphs = a && b && a.html === b.html ? [{ which: `${a.which} · ${b.which}`, html: a.html }] : shown;
  return `<div class="cmp-en">${paragraphs.map((p) => `<p><span class="cmp-which">${p.which}</span> ${p.html}</p>`).join('')}</div>`;
}

function rowHtml(link: ParagraphLink, a: Side, b: Side): string {
  const attrs = `data-compare="${link.kind}" data-para-a="${escapeHtml(link.older.join(' '))}" data-para-b="${escapeHtml(link.newer.join(' '))}"${link.moved ? ' data-moved' : ''}`;
  const links = [paragraphLinks(a, link.older), paragraphLinks(b, link.newer)].filter(Boolean).join(' <span aria-hidden="true">→</span> ');
  const flags = [
    link.moved ? label('compare.moved') : '',
    link.newer.length === 2 ? label('compare.split') : '',
    link.older.length === 2 ? label('compare.merged') : '',
  ]
    .filter(Boolean)
    .map((f) => ` <span class="cmp-flag">${f}</span>`)
    .join('');
  const head = `<p class="cmp-head"><strong class="cmp-kind">${label(KIND_KEY[link.kind])}</strong>${flags} <span class="cmp-links">${links}</span>${link.kind === 'changed' ? ` <span class="cmp-sim">${label('compare.similarity', { percent: Math.round(link.similarity * 100) })}</span>` : ''}</p>`;
  if (link.kind === 'same' && !link.moved) {
    const text = chineseOf(b, link.newer);
    const snippet = [...text].length > 48 ? `${[...text].slice(0, 46).join('')}…` : text;
    return `<li class="cmp-row cmp-same" ${attrs}>${head.replace('</p>', ` <span class="cmp-snippet" lang="zh-Hans">${escapeHtml(snippet)}</span></p>`)}</li>`;
  }
  let zh: string;
  if (link.kind === 'changed') zh = diffChinese(chineseOf(a, link.older), chineseOf(b, link.newer)).html;
  else if (link.kind === 'removed') zh = escapeHtml(chineseOf(a, link.older));
  else zh = escapeHtml(chineseOf(b, link.newer));
  return `<li class="cmp-row cmp-${link.kind}${link.moved ? ' cmp-moved' : ''}" ${attrs}>
${head}
<div class="cmp-body"><p class="cmp-zh" lang="zh-Hans">${zh}</p>
${englishColumn([{ s: a, ids: link.older }, { s: b, ids: link.newer }])}</div>
</li>`;
}

/** Runs of unchanged paragraphs fold into one line, so that the changes stand out without script. */
function rowsHtml(links: ParagraphLink[], a: Side, b: Side): string {
  const out: string[] = [];
  for (let k = 0; k < links.length; ) {
    let end = k;
    while (end < links.length && links[end]!.kind === 'same' && !links[end]!.moved) end++;
    if (end - k >= 2) {
      const run = links.slice(k, end);
      const from = run[0]!.newer[0]!;
      const to = run.at(-1)!.newer.at(-1)!;
      out.push(`<li class="cmp-group"><details><summary>${label('compare.unchanged', { count: run.length })} (¶ ${escapeHtml(from)}–${escapeHtml(to)})</summary><ol class="cmp-rows">${run.map((l) => rowHtml(l, a, b)).join('\n')}</ol></details></li>`);
      k = end;
    } else {
      out.push(rowHtml(links[k]!, a, b));
      k++;
    }
  }
  return out.join('\n');
}

const termCounts = countsIn;

function termItem(e: GlossaryEntry, before: number, after: number): string {
  return `<li><a href="${sitePath(`glossary/${e.id}/`)}"><span lang="zh-Hans">${escapeHtml(e.zh)}</span> <span lang="en">${escapeHtml(e.en)}</span></a> <span class="cmp-count">${before} → ${after}</span></li>`;
}

/** Terms new in the newer text, dropped from it, and the ten whose count changed most. */
function termsSummary(pair: ComparePair, site: CompareSite): string {
  const a = termCounts(site.occurrences, pair.older.slug);
  const b = termCounts(site.occurrences, pair.newer.slug);
  const rows = site.glossary.map((e) => ({ e, before: a.get(e.id) ?? 0, after: b.get(e.id) ?? 0 })).filter((r) => r.before || r.after);
  const byZh = (x: { e: GlossaryEntry }, y: { e: GlossaryEntry }) => x.e.pinyinPlain.localeCompare(y.e.pinyinPlain);
  const list = (items: typeof rows) => (items.length ? `<ul class="cmp-terms">${items.map((r) => termItem(r.e, r.before, r.after)).join('')}</ul>` : `<p>${label('compare.none')}</p>`);
  const added = rows.filter((r) => !r.before).sort((x, y) => y.after - x.after || byZh(x, y));
  const dropped = rows.filter((r) => !r.after).sort((x, y) => y.before - x.before || byZh(x, y));
  const changed = rows
    .filter((r) => r.before && r.after && r.before !== r.after)
    .sort((x, y) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before) || byZh(x, y))
    .slice(0, 10);
  return `<div class="cmp-summary-terms">
<section aria-labelledby="terms-new"><h3 id="terms-new">${label('compare.termsNew')}</h3>${list(added)}</section>
<section aria-labelledby="terms-dropped"><h3 id="terms-dropped">${label('compare.termsDropped')}</h3>${list(dropped)}</section>
<section aria-labelledby="terms-changed"><h3 id="terms-changed">${label('compare.termsChanged')}</h3>${list(changed)}</section>
</div>`;
}

function indicatorCell(doc: TextDoc, i: Indicator): string {
  const figures = [i.value, i.change].filter(Boolean).map((f) => `<span lang="zh-Hans">${escapeHtml(f!)}</span>`).join(' · ');
  const western = [i.valueEn, i.changeEn].filter(Boolean).map((f) => escapeHtml(f!)).join(' · ');
  return `${figures}${western ? `<br><span class="western">${western}</span>` : ''}<br><a href="${paragraphHref(doc, i.paragraph)}">¶ ${escapeHtml(i.paragraph)}</a> <span class="western">${escapeHtml(i.period)}</span>`;
}

/** Indicators both texts give (same id, or the same Chinese name): changed ones first. */
function indicatorsSummary(pair: ComparePair, site: CompareSite): string {
  const older = site.indicators.get(pair.older.slug) ?? [];
  const newer = site.indicators.get(pair.newer.slug) ?? [];
  const shared = older.flatMap((a) => {
    const b = newer.find((n) => n.id === a.id) ?? newer.find((n) => n.name.zh === a.name.zh);
    return b ? [{ a, b, changed: a.value !== b.value || a.change !== b.change }] : [];
  });
  if (!shared.length) return `<p>${label('compare.indicatorsNone')}</p>`;
  shared.sort((x, y) => Number(y.changed) - Number(x.changed));
  return `<div class="table-scroll" role="region" aria-labelledby="cmp-ind" tabindex="0"><table class="cmp-indicators" aria-labelledby="cmp-ind">
<thead><tr><th scope="col">${label('indicators.name')}</th><th scope="col">${label('compare.older')}</th><th scope="col">${label('compare.newer')}</th><th scope="col">${label('indicators.change')}</th></tr></thead>
<tbody>
${shared.map(({ a, b, changed }) => `<tr><th scope="row">${escapeHtml(b.name.en)}<br><span lang="zh-Hans">${escapeHtml(b.name.zh)}</span></th><td>${indicatorCell(pair.older, a)}</td><td>${indicatorCell(pair.newer, b)}</td><td>${label(changed ? 'compare.changed' : 'compare.same')}</td></tr>`).join('\n')}
</tbody>
</table></div>`;
}

function textLine(doc: TextDoc, which: 'older' | 'newer'): string {
  return `<p><span class="cmp-which">${label(`compare.${which}`)}</span> <a href="${sitePath(escapeHtml(doc.slug))}/"><span lang="en">${escapeHtml(doc.meta.title.en)}</span></a> <span lang="zh-Hans">${escapeHtml(doc.meta.title.zh)}</span> · <time datetime="${doc.meta.date}">${formatDate(doc.meta.date)}</time></p>`;
}

export function renderCompare(pair: ComparePair, site: CompareSite, assets: PageAssets): Page {
  const a = side(pair.older, 'older');
  const b = side(pair.newer, 'newer');
  const input = (doc: TextDoc) => doc.paragraphs.map((p) => ({ id: p.id, text: p.zh.text, kind: p.kind }));
  const links = matchParagraphs(input(pair.older), input(pair.newer));
  const count = (test: (l: ParagraphLink) => boolean) => links.filter(test).length;
  const counts: [UiKey, number][] = [
    ['compare.same', count((l) => l.kind === 'same')],
    ['compare.changed', count((l) => l.kind === 'changed')],
    ['compare.added', count((l) => l.kind === 'added')],
    ['compare.removed', count((l) => l.kind === 'removed')],
    ['compare.moved', count((l) => l.moved)],
  ];
  const body = `<main id="main" class="compare-page">
<h1>${label('compare.heading')}</h1>
<div class="cmp-texts">
${textLine(pair.older, 'older')}
${textLine(pair.newer, 'newer')}
</div>
<p class="lede">${label('compare.intro')}</p>
<section aria-labelledby="cmp-summary">
<h2 id="cmp-summary">${label('compare.summary')}</h2>
<dl class="cmp-counts">${counts.map(([key, n]) => `<div><dt>${label(key)}</dt><dd>${n}</dd></div>`).join('')}</dl>
${termsSummary(pair, site)}
<h3 id="cmp-ind">${label('compare.indicators')}</h3>
${indicatorsSummary(pair, site)}
</section>
<section aria-labelledby="cmp-rows">
<h2 id="cmp-rows">${label('compare.paragraphs')}</h2>
<ol class="cmp-rows">
${rowsHtml(links, a, b)}
</ol>
</section>
</main>`;
  return {
    path: `${comparePath(pair).slice(1)}index.html`,
    html: layout({
      title: `${translate('en', 'compare.heading')}: ${textName(pair.older)} → ${textName(pair.newer)} · ${translate('en', 'site.name')}`,
      description: `What changed from ${pair.older.meta.title.en} (${pair.older.meta.date}) to ${pair.newer.meta.title.en} (${pair.newer.meta.date}), paragraph by paragraph, in Chinese and English.`,
      assets,
      body,
    }),
  };
}

/** The home page's list of comparisons; empty when the library has none. */
export function compareList(pairs: ComparePair[]): string {
  if (!pairs.length) return '';
  const items = pairs
    .map((p) => `<li class="library-item"><a href="${comparePath(p)}">${escapeHtml(textName(p.older))} → ${escapeHtml(textName(p.newer))}</a><p class="library-meta">${[...new Set([p.older.meta.issuer.en, p.newer.meta.issuer.en])].map(escapeHtml).join(' / ')} · <time datetime="${p.older.meta.date}">${formatDate(p.older.meta.date)}</time> → <time datetime="${p.newer.meta.date}">${formatDate(p.newer.meta.date)}</time></p></li>`)
    .join('\n');
  return `<section class="compare-list" aria-labelledby="compare-heading">
<h2 id="compare-heading">${label('compare.homeHeading')}</h2>
<ul class="library">
${items}
</ul>
</section>`;
}
