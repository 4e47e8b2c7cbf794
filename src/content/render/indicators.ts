import { sitePath } from '../base.ts';
import type { Indicator } from '../load/indicators.ts';
import type { TextDoc } from '../load/text.ts';
import { label } from './labels.ts';
import { escapeHtml } from '../load/markdown.ts';
import { translate } from '../../i18n/resources.ts';
import { type PageAssets, type Page, layout } from './layout.ts';

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Signed percentage of an indicator's change, when it is a percent. */
function percentChange(i: Indicator): number | undefined {
  if (i.changeFigure?.kind !== 'percent' || !i.change) return undefined;
  return (i.change.startsWith('-') ? -1 : 1) * i.changeFigure.values[0]!;
}

/** Bars of 2019 growth, with the 2020 target as a marker where the report sets one in percent. */
function growthChart(indicators: Indicator[], slug: string): string {
  const rows = indicators.filter((i) => i.chart === 'growth' && percentChange(i) !== undefined);
  if (rows.length === 0) return '';
  const targets = new Map(indicators.filter((i) => i.target && percentChange(i) !== undefined).map((i) => [i.target!, i]));
  const max = Math.ceil(Math.max(...rows.map((r) => percentChange(r)!), ...[...targets.values()].map((r) => percentChange(r)!)) / 5) * 5;
  // Room for the longest English name ("Value added of industry above designated size") at 13 px.
  const left = 350;
  const width = 780;
  const plot = width - left - 60;
  const rowH = 40;
  const top = 30;
  const height = top + rows.length * rowH + 30;
  const x = (v: number) => left + (v / max) * plot;
  const grid = Array.from({ length: max / 5 + 1 }, (_, k) => k * 5)
    .map((v) => `<line class="grid" x1="${x(v)}" x2="${x(v)}" y1="${top - 6}" y2="${height - 24}"/><text class="tick" x="${x(v)}" y="${height - 8}" text-anchor="middle">${v}%</text>`)
    .join('');
  const bars = rows
    .map((r, k) => {
      const y = top + k * rowH;
      const v = percentChange(r)!;
      const target = targets.get(r.id);
      const marker = target
        ? `<path class="target" d="M ${x(percentChange(target)!)} ${y + 2} l 6 10 l -6 10 l -6 -10 z"/><text class="target-label" x="${x(percentChange(target)!) + 9}" y="${y + 33}">2020 target ${fmt(percentChange(target)!)}%</text>`
        : '';
      return `<text class="label" x="${left - 10}" y="${y + 11}" text-anchor="end">${escapeHtml(r.name.en)}</text><text class="label-zh" x="${left - 10}" y="${y + 26}" text-anchor="end" lang="zh-Hans">${escapeHtml(r.name.zh)}</text><rect class="bar" x="${left}" y="${y + 4}" width="${Math.max(1, x(v) - left)}" height="16" rx="2"/><text class="value" x="${x(v) + 6}" y="${y + 17}">${fmt(v)}%</text>${marker}`;
    })
    .join('');
  const desc = rows.map((r) => `${r.name.en} ${fmt(percentChange(r)!)} percent${targets.get(r.id) ? ` (2020 target ${fmt(percentChange(targets.get(r.id)!)!)} percent)` : ''}`).join('; ');
  const id = `${slug}-growth`;
  return `<figure class="chart">
<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="${id}-t">Growth in 2019 of Wuzhi's main indicators, and 2020 targets</title>
<desc id="${id}-d">${escapeHtml(desc)}.</desc>
${grid}${bars}
</svg>
<table class="chart-data"><caption>Data of the chart</caption><thead><tr><th scope="col">Indicator</th><th scope="col">2019</th><th scope="col">2020 target</th></tr></thead><tbody>
${rows.map((r) => `<tr><th scope="row">${escapeHtml(r.name.en)} <span lang="zh-Hans">${escapeHtml(r.name.zh)}</span></th><td>${fmt(percentChange(r)!)}%</td><td>${targets.get(r.id) ? `${fmt(percentChange(targets.get(r.id)!)!)}%` : '—'}</td></tr>`).join('')}
</tbody></table>
<figcaption>Growth of the main indicators in 2019 (bars) and the 2020 target where the report sets one in percent (diamond). The other 2020 growth targets are set relative to Jiaozuo's rate; see the table.</figcaption>
</figure>`;
}

/** The three-sector structure before and after, as two stacked bars. */
function structureChart(indicators: Indicator[], slug: string): string {
  const rows = indicators.filter((i) => i.valueFigure?.kind === 'ratio' && i.valueFigure.values.length === 3);
  if (rows.length === 0) return '';
  const left = 80;
  const width = 640;
  const plot = width - left - 20;
  const rowH = 46;
  const top = 40;
  const height = top + rows.length * rowH + 10;
  const names = ['Primary', 'Secondary', 'Tertiary'];
  const legend = names.map((n, k) => `<rect class="sector-${k + 1}" x="${left + k * 180}" y="8" width="14" height="14" rx="2"/><text class="legend" x="${left + k * 180 + 20}" y="20">${n} industry</text>`).join('');
  const bars = rows
    .map((r, k) => {
      const y = top + k * rowH;
      const values = r.valueFigure!.values;
      const total = values.reduce((a, b) => a + b, 0);
      let at = left;
      const parts = values
        .map((v, s) => {
          const w = (v / total) * plot;
          const part = `<rect class="sector-${s + 1}" x="${at}" y="${y}" width="${w}" height="28"/><text class="sector-value sector-value-${s + 1}" x="${at + w / 2}" y="${y + 19}" text-anchor="middle">${fmt(v)}%</text>`;
          at += w;
          return part;
        })
        .join('');
      return `<text class="label" x="${left - 10}" y="${y + 19}" text-anchor="end">${escapeHtml(r.period)}</text>${parts}`;
    })
    .join('');
  const id = `${slug}-structure`;
  const desc = rows.map((r) => `${r.period}: primary ${r.valueFigure!.values[0]}, secondary ${r.valueFigure!.values[1]}, tertiary ${r.valueFigure!.values[2]} percent`).join('; ');
  return `<figure class="chart">
<svg role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="${id}-t">Wuzhi's three-sector structure, 2018 and 2019</title>
<desc id="${id}-d">${escapeHtml(desc)}.</desc>
${legend}${bars}
</svg>
<table class="chart-data"><caption>Data of the chart</caption><thead><tr><th scope="col">Year</th><th scope="col">Primary</th><th scope="col">Secondary</th><th scope="col">Tertiary</th></tr></thead><tbody>
${rows.map((r) => `<tr><th scope="row">${escapeHtml(r.period)}</th>${r.valueFigure!.values.map((v) => `<td>${fmt(v)}%</td>`).join('')}</tr>`).join('')}
</tbody></table>
<figcaption>Shares of the primary, secondary and tertiary industries in gross regional product (三次产业结构), ¶ 1.0.3.</figcaption>
</figure>`;
}

/**
 * The table of all indicators: sortable in the browser, complete without it. On a narrow screen it
 * scrolls inside its own box (a focusable region, so the keyboard can scroll it too), with shadows
 * at the edges that have more columns, never the whole page.
 */
function table(indicators: Indicator[], doc: TextDoc): string {
  const rows = indicators
    .map((i) => {
      const value = i.value ? `<span lang="zh-Hans">${escapeHtml(i.value)}</span><br><span class="western" lang="en">${escapeHtml(i.valueEn ?? '')}</span>` : '—';
      const change = i.change ? `<span lang="zh-Hans">${escapeHtml(i.change)}</span><br><span class="western" lang="en">${escapeHtml(i.changeEn ?? '')}</span>` : '—';
      const sortValue = i.valueFigure?.kind === 'amount' ? i.valueFigure.values[0] : '';
      return `<tr id="indicator-${i.id}"><th scope="row"><span class="ind-zh" lang="zh-Hans">${escapeHtml(i.name.zh)}</span><br><span class="ind-en" lang="en">${escapeHtml(i.name.en)}</span></th><td>${escapeHtml(i.period)}</td><td data-sort="${sortValue}">${value}</td><td data-sort="${i.changeFigure ? (i.change!.startsWith('-') ? -1 : 1) * i.changeFigure.values[0]! : ''}">${change}</td><td data-sort="${escapeHtml(i.paragraph)}"><a href="${sitePath(`${doc.slug}/#${escapeHtml(i.paragraph)}`)}"><span class="visually-hidden">${label('reader.paragraphLink', { id: i.paragraph })}</span><span aria-hidden="true">¶&nbsp;${escapeHtml(i.paragraph)}</span></a></td></tr>`;
    })
    .join('\n');
  return `<rdr-sortable-table>
<div class="indicators-scroll" role="region" tabindex="0" aria-labelledby="indicators-caption">
<table class="indicators">
<caption id="indicators-caption">${label('indicators.tableCaption')}</caption>
<thead><tr><th scope="col">${label('indicators.name')}</th><th scope="col">${label('indicators.period')}</th><th scope="col">${label('indicators.value')}</th><th scope="col">${label('indicators.change')}</th><th scope="col">${label('indicators.source')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</rdr-sortable-table>`;
}

/** The body of a text's Indicators page. */
export function indicatorsBody(doc: TextDoc, indicators: Indicator[]): string {
  return `<main id="main" class="indicators-page">
<p class="breadcrumb"><a href="${sitePath(`${doc.slug}/`)}">${escapeHtml(doc.meta.title.en)}</a> · <span lang="zh-Hans">${escapeHtml(doc.meta.title.zh)}</span></p>
<h1>${label('indicators.heading')}</h1>
<p class="lede">${label('indicators.intro')}</p>
${table(indicators, doc)}
<h2>${label('indicators.charts')}</h2>
${growthChart(indicators, doc.slug)}
${structureChart(indicators, doc.slug)}
</main>`;
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
