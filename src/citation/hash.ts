import { PARAGRAPH_ID as ID } from '../contract.ts';

/**
 * What a reader's URL hash points at: a paragraph (`#1.3.2`), a range of paragraphs, both ends
 * included (`#1.3.2-1.3.4`), or a phrase inside one paragraph
 * (`#1.3.2?lang=zh&q=四好农村路&pre=把“&suf=”作为`). The phrase carries a little context on each
 * side so that a phrase occurring twice in a paragraph is found again at the right place; this
 * works for Chinese, unlike a text fragment (`#:~:text=`) whose word-boundary rules do not.
 */

export type CitationTarget =
  | { kind: 'paragraph'; id: string }
  | { kind: 'range'; from: string; to: string }
  | { kind: 'phrase'; id: string; lang: 'zh' | 'en'; quote: string; prefix: string; suffix: string };

export type HashResult = { ok: true; target: CitationTarget } | { ok: false; reason: 'malformed' | 'unknown' | 'reversed'; shown: string };


function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * Reads a hash (with or without the leading #). `order` gives each current paragraph id its
 * position; `aliases` maps retired ids to current ones. Never throws.
 */
export function parseHash(hash: string, order: ReadonlyMap<string, number>, aliases: Readonly<Record<string, string>> = {}): HashResult | undefined {
  const raw = hash.replace(/^#/, '');
  if (raw === '') return undefined;
  const shown = (decode(raw) ?? raw).slice(0, 80);
  const resolve = (id: string) => (order.has(id) ? id : Object.hasOwn(aliases, id) && order.has(aliases[id]!) ? aliases[id]! : undefined);

  const [head = '', query] = raw.split(/\?(.*)/s, 2);
  const id = decode(head);
  if (id === undefined) return { ok: false, reason: 'malformed', shown };

  if (query !== undefined) {
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(query);
    } catch {
      return { ok: false, reason: 'malformed', shown };
    }
    const quote = params.get('q') ?? '';
    const lang = params.get('lang');
    if (!ID.test(id) || quote === '' || (lang !== 'zh' && lang !== 'en')) return { ok: false, reason: 'malformed', shown };
    const current = resolve(id);
    if (!current) return { ok: false, reason: 'unknown', shown };
    return { ok: true, target: { kind: 'phrase', id: current, lang, quote, prefix: params.get('pre') ?? '', suffix: params.get('suf') ?? '' } };
  }

  const dash = /^(.+?)-(.*)$/.exec(id);
  // Paragraph ids themselves never contain "-" followed by a digit-led id, so the split is unambiguous
  // for structural ids; word ids (e.g. "title") may contain hyphens and are tried whole first.
  if (dash && !order.has(id) && !Object.hasOwn(aliases, id)) {
    const [, fromRaw = '', toRaw = ''] = dash;
    if (!ID.test(fromRaw) || !ID.test(toRaw)) return { ok: false, reason: 'malformed', shown };
    const from = resolve(fromRaw);
    const to = resolve(toRaw);
    if (!from || !to) return { ok: false, reason: 'unknown', shown };
    if (order.get(from)! > order.get(to)!) return { ok: false, reason: 'reversed', shown };
    return { ok: true, target: from === to ? { kind: 'paragraph', id: from } : { kind: 'range', from, to } };
  }

  if (!ID.test(id)) return { ok: false, reason: 'malformed', shown };
  const current = resolve(id);
  if (!current) return { ok: false, reason: 'unknown', shown };
  return { ok: true, target: { kind: 'paragraph', id: current } };
}

/** The hash for a target, percent-encoding what needs it. */
export function formatHash(target: CitationTarget): string {
  switch (target.kind) {
    case 'paragraph':
      return `#${target.id}`;
    case 'range':
      return `#${target.from}-${target.to}`;
    case 'phrase': {
      const params = new URLSearchParams({ lang: target.lang, q: target.quote });
      if (target.prefix) params.set('pre', target.prefix);
      if (target.suffix) params.set('suf', target.suffix);
      // URLSearchParams writes spaces as "+"; %20 survives being pasted into more places.
      return `#${target.id}?${params.toString().replace(/\+/g, '%20')}`;
    }
  }
}

/** Where a phrase is in a paragraph's text: the occurrence whose context matches best. */
export function locatePhrase(text: string, quote: string, prefix: string, suffix: string): { start: number; end: number } | undefined {
  let best: { start: number; score: number } | undefined;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    let score = 0;
    for (let i = 1; i <= prefix.length && text[at - i] === prefix[prefix.length - i]; i++) score++;
    for (let i = 0; i < suffix.length && text[at + quote.length + i] === suffix[i]; i++) score++;
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + quote.length };
}

/** The context a phrase link carries: a few characters on each side (fewer words in English). */
export function phraseContext(text: string, start: number, end: number, lang: 'zh' | 'en'): { prefix: string; suffix: string } {
  const span = lang === 'zh' ? 6 : 16;
  return { prefix: text.slice(Math.max(0, start - span), start), suffix: text.slice(end, end + span) };
}
