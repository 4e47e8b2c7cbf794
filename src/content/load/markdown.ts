import { Lexer, type Token, type Tokens } from 'marked';
import { ErrorList } from '../errors.ts';
import { splitSentences } from '../annotate/sentences.ts';

/**
 * Markdown at build time, by allow-list: marked only lexes; this module decides what HTML each
 * token may become. Raw HTML, images, and links to anything but http(s), mailto or this site
 * (judged as a browser reads them, see judgeLink) are errors, so nothing a text or glossary author writes can run in a reader's browser.
 */

export interface MarkdownPlace {
  file: string;
  /** Line of the first line of `markdown` in `file`. */
  line: number;
  errors: ErrorList;
}

/** Turns plain text into HTML; the glossary matcher plugs in here to wrap the terms it finds. */
export type TextTransform = (text: string) => string;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only this site's origin matters: links are judged as if the page stood at its root. */
const SITE = new URL('https://site.invalid/');
const ALLOWED = 'use http, https, mailto or a path on this site';

/**
 * Judges a link target the way a browser will read it, and returns the address to write: a
 * browser (the WHATWG URL parser) drops leading and trailing spaces and control characters and
 * every tab and line break, reads "\" as "/" in http(s) addresses (so "/\host" is "//host",
 * another site), and ignores the case of the scheme. Only http(s) and mailto addresses, paths
 * on this site and "#fragments" pass; what is written is the normalised address, so the page
 * links to exactly what was judged.
 */
export function judgeLink(href: string): { href: string; external: boolean } | { reason: string } {
  // marked leaves character references in a link target as written; a browser would decode them
  // after this check (&#106;avascript: is javascript:), so they are refused rather than guessed.
  const reference = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.exec(href);
  if (reference) return { reason: `it holds the HTML character reference "${reference[0]}"; write the character itself` };
  const stripped = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (stripped.startsWith('#')) return { href: new URL(stripped, SITE).hash || '#', external: false };
  // An address with a scheme is read on its own: against the base, "https:x" would be a path here.
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(stripped);
  let url: URL;
  try {
    url = absolute ? new URL(stripped) : new URL(stripped, SITE);
  } catch {
    return { reason: `it is not a valid address; ${ALLOWED}` };
  }
  if (absolute) {
    if (url.protocol === 'http:' || url.protocol === 'https:') return { href: url.href, external: true };
    if (url.protocol === 'mailto:') return { href: url.href, external: false };
    return { reason: `it is a ${url.protocol} address; ${ALLOWED}` };
  }
  if (url.origin !== SITE.origin) {
    return { reason: `it leads to another site, ${url.host} (a browser reads "/\\" and "\\\\" as "//"); write the full https:// address for an external link` };
  }
  if (!stripped.startsWith('/')) return { reason: 'a path on this site must start with "/"' };
  // A path that starts with an encoded slash or backslash is turned into another site's address
  // by some servers' redirects; no page of this site has such a path.
  if (/^\/%(?:2f|5c)/i.test(stripped)) return { reason: `its path starts with an encoded "/" or "\\" (${stripped.slice(1, 4)}), which some servers read as another site's address` };
  return { href: url.pathname + url.search + url.hash, external: false };
}

/** A link target as written, with its invisible characters made visible (\t, \n, \u0001). */
function shown(href: string): string {
  const escape = (c: string) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${href.replace(/[\u0000-\u001f\u007f]/g, escape)}"`;
}

function lineOf(markdown: string, raw: string, place: MarkdownPlace): number {
  const at = markdown.indexOf(raw);
  return place.line + (at < 0 ? 0 : markdown.slice(0, at).split('\n').length - 1);
}

function reject(reason: string, raw: string, markdown: string, place: MarkdownPlace): string {
  place.errors.add(place.file, lineOf(markdown, raw, place), reason);
  return '';
}

function lex(markdown: string): Token[] {
  // Fresh lexer each time: marked's lexer keeps link definitions between calls otherwise.
  return new Lexer({ gfm: true, breaks: false }).lex(markdown);
}

function inline(tokens: Token[] | undefined, markdown: string, place: MarkdownPlace, transform: TextTransform): string {
  if (!tokens) return '';
  return tokens.map((t) => inlineToken(t, markdown, place, transform)).join('');
}

function inlineToken(token: Token, markdown: string, place: MarkdownPlace, transform: TextTransform): string {
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? inline(t.tokens, markdown, place, transform) : transform(t.text);
    }
    case 'escape':
      return transform((token as Tokens.Escape).text);
    case 'strong':
      return `<strong>${inline((token as Tokens.Strong).tokens, markdown, place, transform)}</strong>`;
    case 'em':
      return `<em>${inline((token as Tokens.Em).tokens, markdown, place, transform)}</em>`;
    case 'del':
      return `<del>${inline((token as Tokens.Del).tokens, markdown, place, transform)}</del>`;
    case 'codespan':
      return `<code>${escapeHtml((token as Tokens.Codespan).text)}</code>`;
    case 'br':
      return '<br>';
    case 'link': {
      const t = token as Tokens.Link;
      const link = judgeLink(t.href);
      if ('reason' in link) {
        return reject(`link target ${shown(t.href)} is not allowed: ${link.reason}`, t.raw, markdown, place);
      }
      const title = t.title ? ` title="${escapeHtml(t.title)}"` : '';
      const rel = link.external ? ' rel="noopener noreferrer"' : '';
      // Link text is not transformed: a glossary term inside a link would nest interactive elements.
      return `<a href="${escapeHtml(link.href)}"${title}${rel}>${inline(t.tokens, markdown, place, escapeHtml)}</a>`;
    }
    case 'html':
      return reject(`raw HTML is not allowed in Markdown: ${JSON.stringify(token.raw.trim().slice(0, 60))}`, token.raw, markdown, place);
    case 'image':
      return reject('images are not allowed in Markdown', token.raw, markdown, place);
    default:
      return reject(`unsupported Markdown (${token.type})`, token.raw, markdown, place);
  }
}

function blockToken(token: Token, markdown: string, place: MarkdownPlace, transform: TextTransform): string {
  switch (token.type) {
    case 'space':
      return '';
    case 'paragraph':
      return `<p>${inline((token as Tokens.Paragraph).tokens, markdown, place, transform)}</p>`;
    case 'heading': {
      const t = token as Tokens.Heading;
      return `<h${t.depth}>${inline(t.tokens, markdown, place, transform)}</h${t.depth}>`;
    }
    case 'list': {
      const t = token as Tokens.List;
      const tag = t.ordered ? 'ol' : 'ul';
      const start = t.ordered && t.start !== 1 && t.start !== '' ? ` start="${Number(t.start)}"` : '';
      const items = t.items
        .map((item) => `<li>${item.tokens.map((c) => (c.type === 'text' ? inlineToken(c, markdown, place, transform) : blockToken(c, markdown, place, transform))).join('')}</li>`)
        .join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>${(token as Tokens.Blockquote).tokens.map((c) => blockToken(c, markdown, place, transform)).join('')}</blockquote>`;
    case 'html':
      return reject(`raw HTML is not allowed in Markdown: ${JSON.stringify(token.raw.trim().slice(0, 60))}`, token.raw, markdown, place);
    default:
      return reject(`unsupported Markdown (${token.type})`, token.raw, markdown, place);
  }
}

/** Renders a whole Markdown body (a glossary definition, a note) to safe HTML. */
export function renderMarkdown(markdown: string, place: MarkdownPlace, transform: TextTransform = escapeHtml): string {
  return lex(markdown).map((t) => blockToken(t, markdown, place, transform)).join('\n');
}

/** One aligned block of a text: exactly one heading or one paragraph. */
export interface RenderedBlock {
  kind: 'heading' | 'paragraph';
  /** Heading depth 1–6; 0 for paragraphs. */
  depth: number;
  /** Inline HTML, without the wrapping element. */
  html: string;
  /** The block's plain text (what a reader sees), for search, checks and citations. */
  text: string;
  /**
   * The plain text of each sentence, from the same tokens as the sentence's HTML, when the block
   * is split into sentences (an aligned text): what the downloads (src/content/export) pair.
   */
  sentences?: string[];
}

function plainText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => ('tokens' in t && t.tokens ? plainText(t.tokens) : t.type === 'br' ? '\n' : 'text' in t ? String(t.text) : ''))
    .join('');
}

/**
 * Renders a text block. A block must be a single heading or a single paragraph: two paragraphs in
 * one block would silently share one id, so that is an error.
 */
/** Sentence markup for a block: its language, and the aligned group of each sentence in order. */
export interface SentenceMarks {
  lang: 'zh' | 'en';
  groupOf: readonly number[];
}

/** The inline Markdown of a one-heading-or-paragraph block (what sentences are split from). */
export function inlineSource(markdown: string): string {
  const first = lex(markdown).find((t) => t.type !== 'space');
  return first && (first.type === 'heading' || first.type === 'paragraph') ? (first as Tokens.Paragraph).text : markdown;
}

function inlineWithSentences(source: string, tokens: Token[] | undefined, marks: SentenceMarks | undefined, markdown: string, place: MarkdownPlace, transform: TextTransform): { html: string; sentences?: string[] } {
  if (!marks) return { html: inline(tokens, markdown, place, transform) };
  const chunks = splitSentences(source, marks.lang).map((chunk) => Lexer.lexInline(chunk, { gfm: true }));
  return {
    html: chunks.map((chunk, i) => `<span class="s" data-s="${marks.groupOf[i] ?? 0}">${inline(chunk, markdown, place, transform)}</span>`).join(''),
    sentences: chunks.map((chunk) => plainText(chunk)),
  };
}

export function renderTextBlock(markdown: string, place: MarkdownPlace, transform: TextTransform = escapeHtml, sentences?: SentenceMarks): RenderedBlock {
  const tokens = lex(markdown).filter((t) => t.type !== 'space');
  const first = tokens[0];
  if (tokens.length !== 1 || !first) {
    place.errors.add(place.file, place.line, `a paragraph block must hold exactly one paragraph or heading, found ${tokens.length}; give each its own "@id"`);
    return { kind: 'paragraph', depth: 0, html: '', text: '' };
  }
  if (first.type === 'heading') {
    const t = first as Tokens.Heading;
    return { kind: 'heading', depth: t.depth, ...inlineWithSentences(t.text, t.tokens, sentences, markdown, place, transform), text: plainText(t.tokens) };
  }
  if (first.type === 'paragraph') {
    const t = first as Tokens.Paragraph;
    const text = plainText(t.tokens);
    // Escaped asterisks (\*\*) are text a person wrote on purpose; only unescaped ones are markup that failed to close.
    if (/\*\*|__/.test(plainText(t.tokens?.filter((c) => c.type !== 'escape')))) {
      // CommonMark does not close ** after punctuation when a letter follows: **标题。**正文 shows
      // its asterisks. Put the closing ** before the punctuation: **标题**。正文
      place.errors.add(place.file, place.line, 'bold markers "**" did not close and would show as asterisks; put the closing ** before the punctuation (**标题**。)');
    }
    return { kind: 'paragraph', depth: 0, ...inlineWithSentences(t.text, t.tokens, sentences, markdown, place, transform), text };
  }
  blockToken(first, markdown, place, transform); // reports html / unsupported with its line
  if (first.type !== 'html') {
    place.errors.add(place.file, place.line, `a paragraph block must be a paragraph or a heading, not ${first.type}`);
  }
  return { kind: 'paragraph', depth: 0, html: '', text: '' };
}
