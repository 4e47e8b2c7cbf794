import { escapeHtml, type TextTransform } from '../load/markdown.ts';
import { describeFigure, readChineseFigures, readEnglishFigures, sameFigure, type ExchangeRate, type Figure } from './figure-reader.ts';
import type { Lang } from '../load/text.ts';
import { figureCardKey, type CardsFile } from '../../contract.ts';
import { label } from '../render/labels.ts';

/**
 * Whether opening a figure tells a reader something: a Western reading of 万/亿, a conversion, a
 * dollar value or a note, a ratio, or a date with its month. 59个, 第1位 and 7.9% only restate themselves.
 */
export function explainsMore(f: Figure, rate?: ExchangeRate): boolean {
  return describeFigure(f, rate).details.length > 0 || /[万亿]/.test(f.text) || f.kind === 'ratio' || (f.kind === 'date' && !!f.date?.month);
}

/** A figure of the Chinese, with its id (`<paragraph>/<n>`), as the popup and the English refer to it. */
export interface MarkedFigure extends Figure {
  id: string;
  paragraph: string;
}

/**
 * Marks the figures of each paragraph while it is rendered: in the Chinese every figure becomes a
 * focusable `<span class="fig" data-fig>`; in the English the same figure (the first unused one
 * for which the reader's `sameFigure` holds) gets the same `data-fig`, so both open one
 * explanation. Runs on the text the glossary matcher leaves between terms, so a figure is never
 * nested in a term link.
 */
export class FigureAnnotator {
  /** Figures of each text's Chinese, by slug, in reading order. */
  readonly figures = new Map<string, MarkedFigure[]>();
  private readonly counters = new Map<string, number>();
  private readonly linked = new Set<string>();

  /**
   * `rate` is the text's exchange rate: a yuan figure with a dollar value explains more than it says.
   * A figure whose explanation adds nothing to what it says (59个, 第1位, 7.9%) is left as plain text
   * (keeping its number in the paragraph's count, so the ids of the others do not depend on it).
   */
  transform(slug: string, lang: Lang, paragraph: string, rate?: ExchangeRate): TextTransform {
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
        for (const f of readChineseFigures(text)) {
          const n = (this.counters.get(key) ?? 0) + 1;
          this.counters.set(key, n);
          if (!explainsMore(f, rate)) continue;
          const marked: MarkedFigure = { ...f, id: `${paragraph}/${n}`, paragraph };
          list.push(marked);
          wrap(f.start, f.end, marked.id);
        }
      } else {
        const mine = list.filter((f) => f.paragraph === paragraph);
        for (const f of readEnglishFigures(text)) {
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
  cards(slug: string, rate?: ExchangeRate): CardsFile {
    return Object.fromEntries(
      (this.figures.get(slug) ?? []).map((f) => {
        const { reading, details } = describeFigure(f, rate);
        const list = details.length ? `<ul class="fig-details">${details.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : '';
        return [
          figureCardKey(f.id),
          `<p class="term-head"><span class="term-zh" lang="zh-Hans">${escapeHtml(f.text)}</span></p><p class="term-en">${escapeHtml(reading)}</p>${list}<p class="fig-where">${label('cite.paragraph', { id: f.paragraph })}</p>`,
        ];
      }),
    );
  }
}
