/**
 * Writes a drafted texts/<slug>/alignment.yaml so that the groups a person must check stand out:
 * each paragraph on one line, its unsure groups repeated in a comment at the end of it. The file
 * reads back through src/content/schema.ts AlignmentSchema like an authored one.
 */
import { formatAlignment, type SentenceGroupDraft } from './sentences.ts';

export interface AlignmentEntry {
  /** The paragraph id, as in the @id markers of zh.md and en.md. */
  id: string;
  groups: readonly SentenceGroupDraft[];
  /** What else a person should know about the paragraph (e.g. the paragraph aligner's doubt). */
  note?: string;
}

const HEADER = [
  '# Sentence alignment drafted by `npm run import`: for each paragraph, which Chinese sentences',
  '# (left of = in each group) the English sentences (right) translate; "+" joins sentences',
  '# translated together, numbered as src/content/sentences.ts splits them. A comment marks the',
  '# groups the aligner was unsure of: check them against the text, then delete the comment.',
];

/** The whole file; ids and groups are quoted, so an id such as 1.10 stays a string. */
export function formatAlignmentFile(entries: readonly AlignmentEntry[]): string {
  const lines = [...HEADER];
  for (const entry of entries) {
    const unsure = entry.groups.filter((g) => g.unsure);
    const doubts = [
      ...(unsure.length > 0 ? [`unsure: ${formatAlignment(unsure)}`] : []),
      ...(entry.note ? [oneLine(entry.note)] : []),
    ];
    lines.push(`${JSON.stringify(entry.id)}: ${JSON.stringify(formatAlignment(entry.groups))}${doubts.length > 0 ? `  # ${doubts.join('; ')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A YAML comment ends at the line's end: whatever a note says must stay on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
