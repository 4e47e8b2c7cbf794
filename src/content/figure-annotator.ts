import { escapeHtml, type TextTransform } from './markdown.ts';
import { describeFigure, recognizeFigures, type ExchangeRate, type Figure } from './figure-recognizer.ts';
import type { Lang } from './load-text.ts';

/** A figure of the Chinese, with its id (`<paragraph>/<n>`), as the popup and the English refer to it. */
export interface MarkedFigure extends Figure {
  id: string;
  paragraph: string;
}

interface EnglishFigure {
  start: number;
  end: number;
  kind: 'number' | 'percent' | 'points' | 'ratio' | 'range' | 'date' | 'ordinal';
  values: number[];
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUM = '\\d[\\d,]*(?:\\.\\d+)?';
const EN_FIGURE = new RegExp(
  [
    `(?<date>(?<month>${MONTHS.join('|')}) (?<day>\\d{1,2}), (?<year>\\d{4}))`,
    `(?<ratio>${NUM}(?::${NUM}){2,})`,
    `(?<lo>${NUM})[-–](?<hi>${NUM})(?: (?<rscale>thousand|million|billion))?`,
    // An ordinal word is a figure only as a rank ("ranked first"), not in "for the first time".
    `(?<=\\b(?:ranked|ranking|ranks|rank|came|placed)\\s)(?<ord>${ORDINALS.join('|')})\\b`,
    `\\b(?<dord>\\d+(?:st|nd|rd|th))\\b`,
    `(?<n>${NUM})(?: (?<scale>thousand|million|billion))?(?<tail> percentage points?| percent)?`,
    `\\b(?<word>${NUMBER_WORDS.join('|')})\\b`,
  ].join('|'),
  'gi',
);
const num = (s: string) => Number(s.replace(/,/g, ''));
const round = (n: number) => Number(n.toPrecision(12));

/** Figures of an English text with their positions, for linking each to its Chinese original. */
export function englishFigureSpans(text: string): EnglishFigure[] {
  const out: EnglishFigure[] = [];
  for (const m of text.matchAll(EN_FIGURE)) {
    const g = m.groups!;
    const at = { start: m.index, end: m.index + m[0].length };
    if (/[A-Za-z]/.test(text[at.start - 1] ?? '')) continue; // PM2.5, 5G
    if (g.date) out.push({ ...at, kind: 'date', values: [Number(g.year), MONTHS.indexOf(g.month!) + 1, Number(g.day)] });
    else if (g.ratio) out.push({ ...at, kind: 'ratio', values: g.ratio.split(':').map(num) });
    else if (g.lo) {
      const k = g.rscale ? SCALE[g.rscale]! : 1;
      out.push({ ...at, kind: 'range', values: [round(num(g.lo) * k), round(num(g.hi!) * k)] });
    } else if (g.n) {
      const kind = g.tail?.includes('point') ? 'points' : g.tail ? 'percent' : 'number';
      out.push({ ...at, kind, values: [round(num(g.n) * (g.scale ? SCALE[g.scale]! : 1))] });
    } else if (g.word) {
      out.push({ ...at, kind: 'number', values: [NUMBER_WORDS.indexOf(g.word.toLowerCase()) + 1] });
    } else if (g.ord) {
      out.push({ ...at, kind: 'ordinal', values: [ORDINALS.indexOf(g.ord.toLowerCase()) + 1] });
    } else if (g.dord) {
      out.push({ ...at, kind: 'ordinal', values: [parseInt(g.dord, 10)] });
    }
  }
  return out;
}

function sameFigure(zh: MarkedFigure, en: EnglishFigure): boolean {
  const kind = zh.kind === 'amount' ? 'number' : zh.kind;
  return kind === en.kind && zh.values.length === en.values.length && zh.values.every((v, i) => v === en.values[i]);
}

/**
 * Marks the figures of each paragraph while it is rendered: in the Chinese every figure becomes a
 * focusable `<span class="fig" data-fig>`; in the English the same figure (same value and kind,
 * first unused one) gets the same `data-fig`, so both open one explanation. Runs on the text the
 * glossary matcher leaves between terms, so a figure is never nested in a term link.
 */
export class FigureAnnotator {
  /** Figures of each text's Chinese, by slug, in reading order. */
  readonly figures = new Map<string, MarkedFigure[]>();
  private readonly counters = new Map<string, number>();
  private readonly linked = new Set<string>();

  transform(slug: string, lang: Lang, paragraph: string): TextTransform {
    const list = this.figures.get(slug) ?? [];
    this.figures.set(slug, list);
    const key = `${slug}#${paragraph}`;
    return (text: string) => {
      let html = '';
      let at = 0;
      const wrap = (start: number, end: number, id: string) => {
        html += `${escapeHtml(text.slice(at, start))}<span class="fig" tabindex="0" data-fig="${escapeHtml(id)}">${escapeHtml(text.slice(start, end))}</span>`;
        at = end;
      };
      if (lang === 'zh') {
        for (const f of recognizeFigures(text)) {
          const n = (this.counters.get(key) ?? 0) + 1;
          this.counters.set(key, n);
          const marked: MarkedFigure = { ...f, id: `${paragraph}/${n}`, paragraph };
          list.push(marked);
          wrap(f.start, f.end, marked.id);
        }
      } else {
        const mine = list.filter((f) => f.paragraph === paragraph);
        for (const f of englishFigureSpans(text)) {
          const match = mine.find((z) => !this.linked.has(`${slug}#${z.id}`) && sameFigure(z, f));
          if (!match) continue;
          this.linked.add(`${slug}#${match.id}`);
          wrap(f.start, f.end, match.id);
        }
      }
      return html + escapeHtml(text.slice(at));
    };
  }

  /** The popup cards of one text's figures: `fig:<id>` -> card HTML. */
  cards(slug: string, rate?: ExchangeRate): Record<string, string> {
    return Object.fromEntries(
      (this.figures.get(slug) ?? []).map((f) => {
        const { reading, details } = describeFigure(f, rate);
        const list = details.length ? `<ul class="fig-details">${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '';
        return [
          `fig:${f.id}`,
          `<p class="term-head"><span class="term-zh" lang="zh-Hans">${escapeHtml(f.text)}</span></p><p class="term-en">${escapeHtml(reading)}</p>${list}<p class="fig-where">¶ ${escapeHtml(f.paragraph)}</p>`,
        ];
      }),
    );
  }
}
