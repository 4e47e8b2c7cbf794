import { occurrenceIndex } from '../annotate/occurrence-index.ts';
import { sitePath } from '../base.ts';
import { translate } from '../../i18n/resources.ts';
import { type GlossaryEntry } from '../load/glossary.ts';
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
${usesLink(entry, occurrences)}` : ''}`;
}

/**
 * The link from a card to every use of its term, each in context in both languages, on the term's
 * own page (render/tracker.ts): the glossary page stays light however large the library.
 */
function usesLink(entry: GlossaryEntry, occurrences: number): string {
  return `<p class="term-more"><a href="${sitePath(`glossary/${entry.id}/`)}">${label('glossary.occurrences', { count: occurrences })}</a></p>`;
}


export function renderGlossaryPage(site: Site, assets: PageAssets): Page {
  const { counts } = occurrenceIndex(site.occurrences);
  const sorted = [...site.glossary].sort((a, b) => a.pinyinPlain.localeCompare(b.pinyinPlain) || a.zh.localeCompare(b.zh, 'zh'));
  const entries = sorted
    .map((e) => {
      const search = [e.zh, ...e.variants, e.pinyin, e.pinyin.replace(/\s+/g, ''), e.pinyinPlain, e.en, ...e.enVariants].join(' ').toLowerCase();
      const related = e.related.length
        ? `<p class="term-related">${label('glossary.related')}: ${e.related.map((r) => `<a href="#${r}" lang="zh-Hans">${escapeHtml(site.glossary.find((x) => x.id === r)?.zh ?? r)}</a>`).join('、')}</p>`
        : '';
      return `<article class="entry" id="${e.id}" data-pinyin="${escapeHtml(e.pinyinPlain)}" data-search="${escapeHtml(search)}" aria-labelledby="${e.id}-h">
<a class="entry-anchor" href="#${e.id}"><span class="visually-hidden">${label('glossary.entryLink')}: <span lang="zh-Hans">${escapeHtml(e.zh)}</span></span><span aria-hidden="true">#</span></a>
${termCard(e, counts.get(e.id) ?? 0, 'page')}
${related}
${trackerLink(e)}
${usesLink(e, counts.get(e.id) ?? 0)}
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
