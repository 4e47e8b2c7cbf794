import { sitePath } from '../base.ts';
import { translate } from '../../i18n/resources.ts';
import { type GlossaryEntry } from '../load/glossary.ts';
import { renderingForms } from '../annotate/terms.ts';
import { formatHash, phraseContext } from '../../citation/hash.ts';
import type { Site } from '../model.ts';
import { label } from './labels.ts';
import { escapeHtml } from '../load/markdown.ts';
import { trackerLink } from './tracker.ts';
import { type PageAssets, type Page, layout } from './layout.ts';

/** The glossary page, and the card of a term that the popup and the page share. */

export const LEVEL_KEY = { national: 'glossary.levelNational', Henan: 'glossary.levelHenan', Jiaozuo: 'glossary.levelJiaozuo', Wuzhi: 'glossary.levelWuzhi' } as const;

const CONFIDENCE_KEY = { high: 'glossary.confidenceHigh', medium: 'glossary.confidenceMedium', low: 'glossary.confidenceLow' } as const;

/** What a reader needs to know about a term; shared by the popup and the glossary page. */
/**
 * `where` is the card's place: in the popup (a `<p>` head, and a link to the entry's occurrences) or
 * as an entry of the glossary page (an `<h2>` with an id the entry is labelled by, no such link).
 */
export function termCard(entry: GlossaryEntry, occurrences: number, where: 'popup' | 'page'): string {
  const sources = entry.sources.length
    ? `<ul class="term-sources">${entry.sources
        .map((s) => `<li>${s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>` : `${escapeHtml(s.title)}: <cite>${escapeHtml(s.document ?? '')}</cite>`}</li>`)
        .join('')}</ul>`
    : `<p class="term-sources">${label('glossary.noSources')}</p>`;
  const headingLevel = where === 'page' ? 'h2' : 'p';
  const headingId = where === 'page' ? ` id="${entry.id}-h"` : '';
  const head = `<${headingLevel} class="term-head"${headingId}><span class="term-zh" lang="zh-Hans">${escapeHtml(entry.zh)}</span> <span class="term-pinyin" lang="zh-Latn-pinyin">${escapeHtml(entry.pinyin)}</span></${headingLevel}>`;
  return `${head}
<p class="term-en"><span class="visually-hidden">${label('glossary.rendering')}: </span>${escapeHtml(entry.en)}</p>
<div class="term-def">${entry.definitionHtml}</div>
<dl class="term-facts">
<div><dt>${label('glossary.level')}</dt><dd>${label(LEVEL_KEY[entry.level])}${entry.levelEstablished ? '' : ` ${label('glossary.levelNotEstablished')}`}</dd></div>
<div class="confidence-${entry.confidence}"><dt>${label('glossary.confidence')}</dt><dd>${label(CONFIDENCE_KEY[entry.confidence])}</dd></div>
<div><dt>${label('glossary.sources')}</dt><dd>${sources}</dd></div>
</dl>${where === 'popup' ? `
<p class="term-more"><a href="${sitePath(`glossary/#${entry.id}`)}">${label('glossary.occurrences', { count: occurrences })}</a></p>` : ''}`;
}

export function countByEntry(occurrences: Site['occurrences']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of occurrences) counts.set(o.entry, (counts.get(o.entry) ?? 0) + 1);
  return counts;
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
          return `<li><a class="kwic" href="${sitePath(`${o.slug}/${escapeHtml(hash)}`)}"><span class="kwic-where">${where}</span> <span class="kwic-line" lang="zh-Hans"><span class="kwic-before">${escapeHtml(o.before)}</span><mark>${escapeHtml(o.match)}</mark><span class="kwic-after">${escapeHtml(o.after)}</span></span>${english}</a></li>`;
        })
        .join('');
      const related = e.related.length
        ? `<p class="term-related">${label('glossary.related')}: ${e.related.map((r) => `<a href="#${r}" lang="zh-Hans">${escapeHtml(site.glossary.find((x) => x.id === r)?.zh ?? r)}</a>`).join('、')}</p>`
        : '';
      return `<article class="entry" id="${e.id}" data-pinyin="${escapeHtml(e.pinyinPlain)}" data-search="${escapeHtml(search)}" aria-labelledby="${e.id}-h">
<a class="entry-anchor" href="#${e.id}"><span class="visually-hidden">${label('glossary.entryLink')}: <span lang="zh-Hans">${escapeHtml(e.zh)}</span></span><span aria-hidden="true">#</span></a>
${termCard(e, counts.get(e.id) ?? 0, 'page')}
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
