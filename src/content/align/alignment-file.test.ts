import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAlignment } from '../annotate/sentences.ts';
import { AlignmentSchema } from '../check/schema.ts';
import { formatAlignmentFile } from './alignment-file.ts';

const entries = [
  { id: 'title', groups: [{ zh: [1], en: [1], unsure: false }] },
  { id: '1.10', groups: [{ zh: [1], en: [1], unsure: false }, { zh: [2], en: [2, 3], unsure: true }, { zh: [3, 4], en: [4], unsure: true }] },
  { id: '2.0.1', groups: [{ zh: [1], en: [1], unsure: false }], note: 'English line 12 may have no Chinese match\n(attached to the paragraph before it)' },
];

describe('writing a drafted alignment file', () => {
  const file = formatAlignmentFile(entries);

  it('reads back through the alignment schema, ids as strings', () => {
    const read = AlignmentSchema.parse(parse(file));
    expect(read).toEqual({ title: '1=1', '1.10': '1=1 2=2+3 3+4=4', '2.0.1': '1=1' });
    expect(parseAlignment(read['1.10']!, { zh: 4, en: 4 })).toEqual({
      groups: [{ zh: [1], en: [1] }, { zh: [2], en: [2, 3] }, { zh: [3, 4], en: [4] }],
    });
  });

  it('repeats the unsure groups and notes at the end of their line, one line per paragraph', () => {
    const lines = file.trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    expect(lines).toEqual([
      '"title": "1=1"',
      '"1.10": "1=1 2=2+3 3+4=4"  # unsure: 2=2+3 3+4=4',
      '"2.0.1": "1=1"  # English line 12 may have no Chinese match (attached to the paragraph before it)',
    ]);
  });

  it('opens with a comment that says how to read and check it', () => {
    expect(file.split('\n')[0]).toMatch(/^# Sentence alignment drafted/);
  });
});
