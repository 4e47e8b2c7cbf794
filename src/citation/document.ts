import type { CitableText } from './formats.ts';
import type { CitationTarget } from './hash.ts';

/** The citation data the build wrote into the reader page (`<script type="application/json" id="rdr-text">`). */
export function citableText(): CitableText | undefined {
  const el = document.getElementById('rdr-text');
  if (!el?.textContent) return undefined;
  try {
    return JSON.parse(el.textContent) as CitableText;
  } catch {
    return undefined;
  }
}

/** Current paragraph ids in document order, and the text's aliases for retired ids. */
export function paragraphOrder(): { order: Map<string, number>; aliases: Record<string, string> } {
  const rows = [...document.querySelectorAll<HTMLElement>('.row[id]')];
  const order = new Map(rows.map((row, i) => [row.id, i]));
  let aliases: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(document.querySelector('[data-aliases]')?.getAttribute('data-aliases') ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) aliases = parsed as Record<string, string>;
  } catch {
    // A damaged alias list must not stop links from working.
  }
  return { order, aliases };
}

export function rowById(id: string): HTMLElement | undefined {
  const row = document.getElementById(id);
  return row?.classList.contains('row') ? row : undefined;
}

/** The rows a target covers, in document order. */
export function rowsOf(target: CitationTarget): HTMLElement[] {
  if (target.kind !== 'range') {
    const row = rowById(target.id);
    return row ? [row] : [];
  }
  const rows = [...document.querySelectorAll<HTMLElement>('.row[id]')];
  const from = rows.findIndex((r) => r.id === target.from);
  const to = rows.findIndex((r) => r.id === target.to);
  return from < 0 || to < 0 ? [] : rows.slice(from, to + 1);
}

/** The cell of a paragraph in one language. */
export function cellOf(id: string, lang: 'zh' | 'en'): HTMLElement | undefined {
  return rowById(id)?.querySelector<HTMLElement>(`.cell.${lang}`) ?? undefined;
}

/** A DOM Range over characters [start, end) of an element's text, across child elements. */
export function rangeInText(root: Node, start: number, end: number): Range | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}

/** Character offset of a DOM position within an element's text. */
export function textOffset(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}
