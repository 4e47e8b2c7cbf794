import { describe, expect, it } from 'vitest';
import { boundaryScores, groupUnits, type Unit } from './measure.ts';

// Invented paragraph: three checked units, the second ending at a comma (a boundary the splitter
// cannot draw, since it cuts only after 。 and full stops).
const checked: Unit[] = [
  ['今年经济平稳。', 'The economy was stable this year.'],
  ['就业扩大，', 'Employment grew,'],
  ['收入增加。', 'and incomes rose.'],
];

describe('boundary precision and recall', () => {
  it('counts a drafted boundary that is a checked one, and ignores checked ones the splitter cannot reach', () => {
    const drafted: Unit[] = [checked[0]!, ['就业扩大，收入增加。', 'Employment grew, and incomes rose.']];
    expect(boundaryScores([checked], [drafted])).toMatchObject({ checked: 2, reachable: 1, drafted: 1, correct: 1, found: 1, precision: 1, recall: 1, f1: 1 });
  });

  it('scores a misplaced boundary as wrong and a missing one as not found', () => {
    const misplaced: Unit[] = [['今年经济平稳。就业扩大，收入增加。', 'The economy was stable this year.'], ['', 'Employment grew, and incomes rose.']];
    expect(boundaryScores([checked], [misplaced])).toMatchObject({ drafted: 1, correct: 0, precision: 0, recall: 0, f1: 0 });
    const none: Unit[] = [['今年经济平稳。就业扩大，收入增加。', 'The economy was stable this year. Employment grew, and incomes rose.']];
    expect(boundaryScores([checked], [none])).toMatchObject({ drafted: 0, precision: 1, recall: 0, f1: 0 });
  });

  it('counts letters, digits and Han only, so typography does not matter', () => {
    const retyped: Unit[] = [['今年经济平稳.', 'The economy  was stable this year!'], ['就业扩大,收入增加.', 'Employment grew — and incomes rose']];
    expect(boundaryScores([checked], [retyped]).correct).toBe(1);
  });

  it('adds up over paragraphs', () => {
    const second: Unit[] = [['一。', 'One.'], ['二。', 'Two.'], ['三。', 'Three.']];
    const draftedSecond: Unit[] = [['一。二。', 'One. Two.'], ['三。', 'Three.']];
    const s = boundaryScores([checked, second], [[checked[0]!, ['就业扩大，收入增加。', 'Employment grew, and incomes rose.']], draftedSecond]);
    expect(s).toMatchObject({ reachable: 3, drafted: 2, correct: 2, found: 2, precision: 1 });
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(0.8);
  });

  it('turns sentence groups into units', () => {
    expect(groupUnits(['甲。', '乙。'], ['A.', ' B.', ' C.'], [{ zh: [1], en: [1, 2] }, { zh: [2], en: [3] }])).toEqual([
      ['甲。', 'A.  B.'],
      ['乙。', ' C.'],
    ]);
  });

  it('refuses paragraph lists of different lengths', () => {
    expect(() => boundaryScores([checked], [])).toThrow(/1 checked paragraphs but 0 drafted/);
  });
});
