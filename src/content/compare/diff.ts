import { diffChars } from 'diff';
import { label } from '../render/labels.ts';
import { escapeHtml } from '../load/markdown.ts';

/**
 * A character-level diff of two Chinese paragraphs, at build time (the `diff` package never
 * reaches the browser). Chinese has no spaces to diff words by, so a raw character diff pairs
 * stray common characters (的, 和, 进) across rewritten clauses and reads as confetti; runs of
 * one or two unchanged characters between two edits are therefore folded into the edit, as
 * diff-match-patch's semantic clean-up does.
 */

export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export interface ChineseDiff {
  parts: DiffPart[];
  /** Characters deleted from the older and inserted into the newer paragraph. */
  deleted: number;
  inserted: number;
  /** `<del>`/`<ins>` with a visually hidden "deleted:"/"inserted:" so that colour is not the only sign. */
  html: string;
}

const length = (text: string) => [...text].length;

/** Folds short unchanged runs that sit between edits into the edits, until nothing changes. */
function cleanUp(parts: DiffPart[], shortest: number): DiffPart[] {
  let current = parts;
  for (;;) {
    const merged: DiffPart[] = [];
    let del = '';
    let ins = '';
    let folded = false;
    const flush = () => {
      if (del) merged.push({ op: 'delete', text: del });
      if (ins) merged.push({ op: 'insert', text: ins });
      del = ins = '';
    };
    current.forEach((part, k) => {
      const between = k > 0 && k < current.length - 1 && current[k - 1]!.op !== 'equal' && current[k + 1]!.op !== 'equal';
      if (part.op === 'equal' && between && length(part.text) <= shortest) {
        del += part.text;
        ins += part.text;
        folded = true;
      } else if (part.op === 'delete') del += part.text;
      else if (part.op === 'insert') ins += part.text;
      else {
        flush();
        merged.push(part);
      }
    });
    flush();
    if (!folded) return merged;
    current = merged;
  }
}

export function diffChinese(older: string, newer: string): ChineseDiff {
  const raw: DiffPart[] = diffChars(older, newer).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
  const parts = cleanUp(raw, 2);
  const deletedLabel = `<span class="visually-hidden">${label('compare.deleted')} </span>`;
  const insertedLabel = `<span class="visually-hidden">${label('compare.inserted')} </span>`;
  const html = parts
    .map((p) => (p.op === 'equal' ? escapeHtml(p.text) : p.op === 'delete' ? `<del>${deletedLabel}${escapeHtml(p.text)}</del>` : `<ins>${insertedLabel}${escapeHtml(p.text)}</ins>`))
    .join('');
  const count = (op: DiffPart['op']) => parts.filter((p) => p.op === op).reduce((n, p) => n + length(p.text), 0);
  return { parts, deleted: count('delete'), inserted: count('insert'), html };
}
