import { sitePath } from '../base.ts';
import { translate, type UiKey } from '../../i18n/resources.ts';
import type { Paragraph, TextDoc } from '../load/text.ts';
import type { Site } from '../model.ts';
import type { CitableText } from '../../citation/formats.ts';
import { citationMetaTags, sentenceCase, titlePinyin } from '../../citation/export.ts';
import { citableText } from '../../citation/styles.ts';
import { label } from './labels.ts';
import { escapeHtml } from '../load/markdown.ts';
import { termsPanel } from './tracker.ts';
import { downloadsList } from '../export/index.ts';
import { type PageAssets, type Page, layout, formatDate, formatDateZh, jsonForScript } from './layout.ts';

/**
 * The reader page of one text: the aligned rows, the metadata, the contents, and the data the
 * browser's components read (the citable facts). Complete without JavaScript: the whole text and
 * working paragraph links.
 */

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
${site.indicators.get(doc.slug)?.length ? `<p class="doc-links"><a href="${sitePath(escapeHtml(doc.slug))}/indicators/">${label('indicators.link')}</a></p>` : ''}
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
    body: `<main id="main" class="reader" data-view="both" data-slug="${escapeHtml(doc.slug)}" data-path="${sitePath(`${escapeHtml(doc.slug)}/`)}" data-aliases="${escapeHtml(JSON.stringify(meta.aliases))}">
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
<rdr-term-popup cards="${sitePath(`${escapeHtml(doc.slug)}/cards.json`)}"></rdr-term-popup>
<rdr-sentence-link></rdr-sentence-link>
<rdr-selection-link></rdr-selection-link>
<rdr-cite-dialog></rdr-cite-dialog>
<rdr-announcer></rdr-announcer>
${legend}
</main>`,
  });
  return { path: `${doc.slug}/index.html`, html };
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
