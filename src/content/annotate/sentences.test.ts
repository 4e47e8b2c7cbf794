import { describe, expect, it } from 'vitest';
import { parseAlignment, splitSentences } from './sentences.ts';

describe('splitting Chinese into sentences', () => {
  const cases: [string, string, string[]][] = [
    ['after 。！？', '全县生产总值增长7%。我们同意！真的吗？是的', ['全县生产总值增长7%。', '我们同意！', '真的吗？', '是的']],
    ['with the closing quotation mark that follows', '他说：“要抓落实。”下一句。', ['他说：“要抓落实。”', '下一句。']],
    ['with a closing bracket that follows', '收入增长（初步统计。）下一句。', ['收入增长（初步统计。）', '下一句。']],
    ['with the closing ** of a bold lead-in', '**（一）稳增长。**全年完成投资。', ['**（一）稳增长。**', '全年完成投资。']],
    ['not at a decimal point or a comma', '增长3.5%，达到463.3亿元。', ['增长3.5%，达到463.3亿元。']],
    ['not at a quoted term', '完成了“六稳”任务。', ['完成了“六稳”任务。']],
  ];
  it.each(cases)('%s', (_name, text, sentences) => {
    expect(splitSentences(text, 'zh')).toEqual(sentences);
  });
});

describe('splitting English into sentences', () => {
  const cases: [string, string, string[]][] = [
    ['after . ! ? when a capital or a digit follows', 'Growth held. Did it? Yes! 2020 was hard.', ['Growth held.', ' Did it?', ' Yes!', ' 2020 was hard.']],
    ['not inside a decimal', 'GDP grew by 7.5 percent to 46.33 billion yuan. Investment rose.', ['GDP grew by 7.5 percent to 46.33 billion yuan.', ' Investment rose.']],
    ['not after "No." before a number', 'The county ranked No. 1 in the province. It led.', ['The county ranked No. 1 in the province.', ' It led.']],
    ['not after other abbreviations', 'Mr. Shen met U.S. buyers, e.g. Example Co. Ltd. in March. They signed.', ['Mr. Shen met U.S. buyers, e.g. Example Co. Ltd. in March.', ' They signed.']],
    ['not after the Roman number of a heading', 'II. General Requirements', ['II. General Requirements']],
    ['after a Roman heading that ends a sentence', 'Part IV. The Tasks. We will act.', ['Part IV. The Tasks.', ' We will act.']],
    ['with the closing quotation mark that follows', 'He said: “We will act.” Then we did.', ['He said: “We will act.”', ' Then we did.']],
    ['with the closing ** of a bold lead-in', '**(1) Stabilizing growth.** We met the plan.', ['**(1) Stabilizing growth.**', ' We met the plan.']],
    ['before an opening bracket', 'He spoke. (Applause.) He left.', ['He spoke.', ' (Applause.)', ' He left.']],
    ['not when a lower-case word follows', 'It works... maybe. Yes? no', ['It works... maybe.', ' Yes? no']],
  ];
  it.each(cases)('%s', (_name, text, sentences) => {
    expect(splitSentences(text, 'en')).toEqual(sentences);
  });

  it('gives back the source exactly when the sentences are joined', () => {
    const text = '  **(2) Reform.** We cut red tape by 3.5 days.  It helped!  ';
    const sentences = splitSentences(text, 'en');
    expect(sentences).toHaveLength(3);
    expect(sentences.join('')).toBe(text);
  });
});

describe('reading a paragraph alignment', () => {
  const counts = { zh: 2, en: 3 };

  it('pairs groups of Chinese and English sentences', () => {
    expect(parseAlignment('1=1 2=2+3', counts)).toEqual({ groups: [{ zh: [1], en: [1] }, { zh: [2], en: [2, 3] }] });
    expect(parseAlignment('1+2=1+2+3', counts)).toEqual({ groups: [{ zh: [1, 2], en: [1, 2, 3] }] });
  });

  it('reads groups separated by any whitespace, a line break too', () => {
    expect(parseAlignment('  1=1\n 2=2+3 ', counts)).toEqual({ groups: [{ zh: [1], en: [1] }, { zh: [2], en: [2, 3] }] });
  });

  const errors: [string, string, string][] = [
    ['a group that is not n=m', '1=1 2-2+3', '"2-2+3" is not a group like 1=1 or 2=2+3'],
    ['a group with no English side', '1=1 2=', '"2=" is not a group like 1=1 or 2=2+3'],
    ['a Chinese sentence past the end', '1=1 2=2 3=3', 'Chinese sentence 3 does not exist (the paragraph has 2)'],
    ['an English sentence past the end', '1=1 2=2+3+4', 'English sentence 4 does not exist (the paragraph has 3)'],
    ['a Chinese sentence used twice', '1=1 1=2+3', 'Chinese sentence 1 is aligned twice'],
    ['an English sentence used twice', '1=1+2 2=2+3', 'English sentence 2 is aligned twice'],
    ['a Chinese sentence skipped', '2=1+2+3', 'Chinese sentence 1 is not aligned to anything'],
    ['an English sentence skipped', '1=1 2=3', 'English sentence 2 is not aligned to anything'],
    ['the last Chinese sentence left out', '1=1+2+3', 'Chinese sentence 2 is not aligned to anything'],
    ['the last English sentence left out', '1=1 2=2', 'English sentence 3 is not aligned to anything'],
  ];
  it.each(errors)('refuses %s', (_name, spec, error) => {
    expect(parseAlignment(spec, counts)).toEqual({ error });
  });
});
