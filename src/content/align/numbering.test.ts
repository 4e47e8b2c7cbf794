import { describe, expect, it } from 'vitest';
import { chineseNumber, romanNumber } from './numbering.ts';

describe('heading numbers', () => {
  it('reads Chinese numerals up to 九十九', () => {
    expect(['一', '九', '十', '十二', '二十', '二十三', '九十九'].map(chineseNumber)).toEqual([1, 9, 10, 12, 20, 23, 99]);
    expect(['', '百', '十十'].map(chineseNumber)).toEqual([0, 0, 0]);
  });

  it('reads Roman numerals', () => {
    expect(['I', 'IV', 'VIII', 'IX', 'XII', 'XL'].map(romanNumber)).toEqual([1, 4, 8, 9, 12, 40]);
  });
});
