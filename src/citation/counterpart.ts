import type { CitationTarget } from './hash.ts';
import { cellOf, textOffset } from './document.ts';

/**
 * The other language's words for a quoted phrase: the sentence(s) aligned with the sentence(s)
 * the phrase lies in, from the authored sentence alignment (`data-s` on sentence spans), or the
 * English rendering of a glossary term when the phrase is exactly one term. Undefined when the
 * page has no alignment to say it.
 */
export function counterpartQuote(target: Extract<CitationTarget, { kind: 'phrase' }>): { zh?: string; en?: string } {
  const other = target.lang === 'zh' ? 'en' : 'zh';
  const cell = cellOf(target.id, target.lang);
  const otherCell = cellOf(target.id, other);
  if (!cell || !otherCell) return {};

  const term = [...cell.querySelectorAll<HTMLElement>('a.term')].find((a) => a.textContent === target.quote);
  if (term) {
    const match = otherCell.querySelector<HTMLElement>(`a.term[data-term="${CSS.escape(term.dataset.term ?? '')}"]`);
    if (match?.textContent) return { [other]: match.textContent };
  }

  const text = cell.textContent ?? '';
  const at = text.indexOf(target.quote);
  if (at < 0) return {};
  const groups = new Set<string>();
  for (const sentence of cell.querySelectorAll<HTMLElement>('[data-s]')) {
    const start = textOffset(cell, sentence, 0);
    const end = start + (sentence.textContent?.length ?? 0);
    if (start < at + target.quote.length && end > at) for (const g of (sentence.dataset.s ?? '').split(' ')) groups.add(g);
  }
  if (groups.size === 0) return {};
  const words = [...otherCell.querySelectorAll<HTMLElement>('[data-s]')]
    .filter((s) => (s.dataset.s ?? '').split(' ').some((g) => groups.has(g)))
    .map((s) => s.textContent?.trim() ?? '')
    .join(' ');
  return words ? { [other]: words } : {};
}
