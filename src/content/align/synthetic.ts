/**
 * Known changes to an aligned paragraph, to measure an aligner where the answer is known: the
 * translation joins two sentences into one, or splits one into two at a comma, and the checked
 * groups change accordingly. Used by the tests and the bench on the Wuzhi text.
 */
import { splitSentences } from '../annotate/sentences.ts';

/** A paragraph pair as sentences, with its checked groups (1-based sentence numbers). */
export interface AlignedParagraph {
  zh: string[];
  en: string[];
  groups: { zh: number[]; en: number[] }[];
}

type Lang = 'zh' | 'en';

/**
 * Joins sentence `k` (0-based) of one language with the next one: a Chinese 。 becomes ；, an
 * English full stop a semicolon before a lowercased word. The groups holding the two sentences
 * become one. Undefined when the joined text does not split back as expected.
 */
export function joinSentences(p: AlignedParagraph, lang: Lang, k: number): AlignedParagraph | undefined {
  const sentences = p[lang];
  if (k < 0 || k + 1 >= sentences.length) return undefined;
  const first = sentences[k]!;
  const second = sentences[k + 1]!;
  let joined: string;
  if (lang === 'zh') {
    if (!/。$/.test(first)) return undefined;
    joined = first.replace(/。$/, '；') + second;
  } else {
    const m = /^(\s*)([A-Z])/.exec(second);
    if (!/\.$/.test(first) || !m || /^\s*(?:I\b|[A-Z]{2})/.test(second)) return undefined;
    joined = first.replace(/\.$/, ';') + second.replace(/^(\s*)([A-Z])/, (_, space: string, c: string) => space + c.toLowerCase());
  }
  const changed = [...sentences.slice(0, k), joined, ...sentences.slice(k + 2)];
  if (!splitsBack(changed, lang)) return undefined;
  // Sentence k+2 onwards move down by one; the groups holding k+1 and k+2 (1-based) merge.
  const groups: AlignedParagraph['groups'] = [];
  for (const g of p.groups) {
    const renumbered = { zh: [...g.zh], en: [...g.en] };
    renumbered[lang] = [...new Set(g[lang].map((n) => (n > k + 1 ? n - 1 : n)))];
    const last = groups.at(-1);
    if (last && last[lang].at(-1) === renumbered[lang][0]) {
      last.zh = [...new Set([...last.zh, ...renumbered.zh])];
      last.en = [...new Set([...last.en, ...renumbered.en])];
    } else {
      groups.push(renumbered);
    }
  }
  return { ...p, [lang]: changed, groups };
}

/**
 * Splits sentence `k` of one language in two at its comma nearest the middle: a Chinese ， becomes
 * 。, an English comma a full stop before a capitalized word. The sentence's group takes both
 * halves. Undefined when the sentence has no such comma.
 */
export function splitSentence(p: AlignedParagraph, lang: Lang, k: number): AlignedParagraph | undefined {
  const sentence = p[lang][k];
  if (sentence === undefined) return undefined;
  const comma = lang === 'zh' ? '，' : ', ';
  let best = -1;
  for (let at = sentence.indexOf(comma); at >= 0; at = sentence.indexOf(comma, at + 1)) {
    const after = sentence.slice(at + comma.length);
    if (lang === 'en' && !/^[a-z]/.test(after)) continue;
    if (at < 4 || after.length < 4) continue;
    if (best < 0 || Math.abs(at - sentence.length / 2) < Math.abs(best - sentence.length / 2)) best = at;
  }
  if (best < 0) return undefined;
  const head = sentence.slice(0, best) + (lang === 'zh' ? '。' : '.');
  const rest = sentence.slice(best + comma.length);
  const tail = lang === 'zh' ? rest : ` ${rest[0]!.toUpperCase()}${rest.slice(1)}`;
  const changed = [...p[lang].slice(0, k), head, tail, ...p[lang].slice(k + 1)];
  if (!splitsBack(changed, lang)) return undefined;
  const groups = p.groups.map((g) => {
    const renumbered = { zh: [...g.zh], en: [...g.en] };
    const numbers = g[lang].flatMap((n) => (n === k + 1 ? [n, n + 1] : [n > k + 1 ? n + 1 : n]));
    renumbered[lang] = numbers;
    return renumbered;
  });
  return { ...p, [lang]: changed, groups };
}

/**
 * Up to `changes` random joins and splits on either side, from a seeded generator, so that a
 * failing case can be replayed.
 */
export function perturb(p: AlignedParagraph, random: () => number, changes: number): AlignedParagraph {
  let current = p;
  for (let c = 0; c < changes; c++) {
    const lang: Lang = random() < 0.5 ? 'zh' : 'en';
    const k = Math.floor(random() * current[lang].length);
    const next = random() < 0.5 ? joinSentences(current, lang, k) : splitSentence(current, lang, k);
    if (next) current = next;
  }
  return current;
}

/** A deterministic generator (a linear congruential one) for replayable random changes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function splitsBack(sentences: readonly string[], lang: Lang): boolean {
  const again = splitSentences(sentences.join(''), lang);
  return again.length === sentences.length && again.every((s, i) => s === sentences[i]);
}
