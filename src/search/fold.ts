/**
 * Folding for search: lower case, accents and tone marks removed (so ü is u). Length-preserving
 * per character, so a match in folded text has the same offsets in the original.
 */
export function foldChar(ch: string): string {
  const folded = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return folded.length === 1 ? folded : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

/**
 * Folded and without spaces, for pinyin typed with or without syllable breaks ("sihao", "si hao");
 * v is read as ü, as pinyin keyboards write it (lv for lǜ).
 */
export function foldCompact(text: string): string {
  return fold(text).replace(/[\s'’·-]+/g, '').replace(/v/g, 'u');
}
