import { describe, expect, it } from 'vitest';
import { joinSentences, perturb, seededRandom, splitSentence, type AlignedParagraph } from './synthetic.ts';

// Invented paragraph, one to one except a Chinese sentence translated as two English ones.
const paragraph: AlignedParagraph = {
  zh: ['道路建设加快。', '新建公路120公里，改造桥梁15座。', '群众出行更方便。'],
  en: ['Road building sped up.', ' We built 120 kilometers of roads.', ' We also rebuilt 15 bridges, as planned.', ' Getting about became easier.'],
  groups: [{ zh: [1], en: [1] }, { zh: [2], en: [2, 3] }, { zh: [3], en: [4] }],
};

describe('known changes to an aligned paragraph', () => {
  it('joins two English sentences and merges their groups', () => {
    const joined = joinSentences(paragraph, 'en', 0)!;
    expect(joined.en[0]).toBe('Road building sped up; we built 120 kilometers of roads.');
    expect(joined.groups).toEqual([{ zh: [1, 2], en: [1, 2] }, { zh: [3], en: [3] }]);
  });

  it('joins two Chinese sentences with ；', () => {
    const joined = joinSentences(paragraph, 'zh', 1)!;
    expect(joined.zh[1]).toBe('新建公路120公里，改造桥梁15座；群众出行更方便。');
    expect(joined.groups).toEqual([{ zh: [1], en: [1] }, { zh: [2], en: [2, 3, 4] }]);
  });

  it('splits a sentence at its middle comma, into the same group', () => {
    const split = splitSentence(paragraph, 'zh', 1)!;
    expect(split.zh.slice(1, 3)).toEqual(['新建公路120公里。', '改造桥梁15座。']);
    expect(split.groups).toEqual([{ zh: [1], en: [1] }, { zh: [2, 3], en: [2, 3] }, { zh: [4], en: [4] }]);
    const english = splitSentence(paragraph, 'en', 2)!;
    expect(english.en.slice(2, 4)).toEqual([' We also rebuilt 15 bridges.', ' As planned.']);
  });

  it('declines a change the splitter would not read back', () => {
    expect(splitSentence(paragraph, 'zh', 0)).toBeUndefined();
    expect(joinSentences(paragraph, 'en', 3)).toBeUndefined();
  });

  it('replays the same random changes from the same seed', () => {
    expect(perturb(paragraph, seededRandom(5), 3)).toEqual(perturb(paragraph, seededRandom(5), 3));
  });
});
