import { describe, expect, it } from 'vitest';
import { joinWrappedLines, splitParagraphs, wrappingSuspicion } from './paragraphs.ts';

describe('joining the lines of a hard-wrapped paragraph', () => {
  it('puts no space inside a Chinese figure, before a unit or inside quotation marks', () => {
    expect(joinWrappedLines('全县生产总值增长1', '8%', 'zh')).toBe('全县生产总值增长18%');
    expect(joinWrappedLines('完成技术改造投资14', '亿元', 'zh')).toBe('完成技术改造投资14亿元');
    expect(joinWrappedLines('新增“专精特新', '”企业12家', 'zh')).toBe('新增“专精特新”企业12家');
    expect(joinWrappedLines('新增“专精特新”', '企业12家', 'zh')).toBe('新增“专精特新”企业12家');
    expect(joinWrappedLines('三次产业结构由12.3:45.', '6:42.1调整', 'zh')).toBe('三次产业结构由12.3:45.6:42.1调整');
    expect(joinWrappedLines('推进PM2', '.5治理', 'zh')).toBe('推进PM2.5治理');
  });

  it('keeps the space between two Latin words inside Chinese text', () => {
    expect(joinWrappedLines('举办Made in', 'China展会', 'zh')).toBe('举办Made in China展会');
  });

  it('joins English lines with one space, and a line-end hyphen of the text without one', () => {
    expect(joinWrappedLines('GRP grew in', '2022', 'en')).toBe('GRP grew in 2022');
    expect(joinWrappedLines('a well-', 'known project', 'en')).toBe('a well-known project');
    expect(joinWrappedLines('ranges of 200 -', '400 yuan', 'en')).toBe('ranges of 200 - 400 yuan');
  });

  it('keeps the first and last line of each joined paragraph', () => {
    expect(splitParagraphs('第一行\n第二行\n\n第三行', true)).toEqual([
      { line: 1, endLine: 2, text: '第一行第二行' },
      { line: 4, endLine: 4, text: '第三行' },
    ]);
    expect(splitParagraphs('第一行\n第二行\n\nsecond').map((p) => p.text)).toEqual(['第一行', '第二行', 'second']);
  });
});

describe('warning about the wrong wrapping', () => {
  const paragraph = '过去的一年，面对复杂严峻的发展环境，我们坚持稳中求进工作总基调，全县生产总值达到286.4亿元、增长5.2%，一般公共预算收入18.7亿元、增长8.1%。';
  const wrap = (text: string, width: number) => [...text].reduce<string[]>((lines, ch, i) => (i % width === 0 ? [...lines, ch] : [...lines.slice(0, -1), lines.at(-1)! + ch]), []);
  const wrapped = [paragraph, paragraph, paragraph].map((p) => wrap(p, 20).join('\n')).join('\n\n');

  it('warns when a hard-wrapped file is read line by line', () => {
    expect(wrappingSuspicion(wrapped, false)).toMatch(/looks hard-wrapped.*--wrapped/);
  });

  it('does not warn for one paragraph per line', () => {
    const lines = ['2023年示例县政府工作报告', '各位代表！', paragraph, '一、2022年工作回顾', `${paragraph}${paragraph}`, '各位代表！', paragraph];
    expect(wrappingSuspicion(lines.join('\n'), false)).toBeUndefined();
  });

  it('warns when --wrapped is given for a file without a blank line', () => {
    expect(wrappingSuspicion('第一段。\n第二段。\n第三段。', true)).toMatch(/no blank line.*become one paragraph/);
    expect(wrappingSuspicion(wrapped, true)).toBeUndefined();
  });
});
