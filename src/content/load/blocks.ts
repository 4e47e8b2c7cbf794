import { PARAGRAPH_ID } from '../../contract.ts';
import { PARAGRAPH_LIMIT } from '../check/content-file.ts';
import { ErrorList, splitLines } from '../errors.ts';

export { PARAGRAPH_ID };

/**
 * One aligned unit of a text (a heading or a paragraph) as written in a language file.
 * `line` is where its `@id` marker stands, so every later error can point at it.
 */
export interface SourceBlock {
  id: string;
  /** Markdown source of the block, trimmed. */
  markdown: string;
  line: number;
}

/**
 * Parses a language file: each block starts with a line `@<id>` and runs to the next marker.
 * Text before the first marker, a malformed id, a duplicate id, an empty block and a block longer
 * than PARAGRAPH_LIMIT characters are errors. Lines may end in CR LF, LF or a lone CR.
 */
export function parseBlocks(source: string, file: string, errors: ErrorList): SourceBlock[] {
  const lines = splitLines(source);
  const blocks: SourceBlock[] = [];
  const firstLine = new Map<string, number>();
  let current: { id: string; line: number; body: string[] } | undefined;

  const close = () => {
    if (!current) return;
    const markdown = current.body.join('\n').trim();
    if (markdown === '') {
      errors.add(file, current.line, `paragraph ${current.id} is empty`);
    } else {
      if (markdown.length > PARAGRAPH_LIMIT) {
        // Kept as a block all the same, so that its counterpart in the other language is not also
        // reported as missing; the build stops on this error.
        errors.add(
          file,
          current.line,
          `paragraph ${current.id} has ${markdown.length.toLocaleString('en-US')} characters, more than the ${PARAGRAPH_LIMIT.toLocaleString('en-US')} a paragraph may have (the longest of a national report has about 2,400); give each paragraph its own "@id"`,
        );
      }
      blocks.push({ id: current.id, markdown, line: current.line });
    }
  };

  lines.forEach((text, index) => {
    const line = index + 1;
    const marker = /^@(\S*)\s*$/.exec(text);
    if (marker) {
      close();
      const id = marker[1] ?? '';
      if (!PARAGRAPH_ID.test(id)) {
        errors.add(file, line, `"@${id}" is not a valid paragraph id (use digits and dots such as 1.2.3, or a lowercase word)`);
      }
      const seen = firstLine.get(id);
      if (seen !== undefined) {
        errors.add(file, line, `duplicate paragraph id ${id} (first used at line ${seen})`);
      } else {
        firstLine.set(id, line);
      }
      current = { id, line, body: [] };
      return;
    }
    if (!current) {
      if (text.trim() !== '') {
        errors.add(file, line, 'text before the first "@id" marker belongs to no paragraph');
      }
      return;
    }
    current.body.push(text);
  });
  close();
  return blocks;
}

/** Writes blocks back in the same format the parser reads. */
export function formatBlocks(blocks: ReadonlyArray<{ id: string; markdown: string }>): string {
  return blocks.map((b) => `@${b.id}\n${b.markdown}\n`).join('\n');
}
