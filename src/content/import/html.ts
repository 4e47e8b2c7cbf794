/**
 * A saved web page as a source: the article's paragraphs, found with Mozilla's Readability on a
 * linkedom document (import time only; neither reaches the browser bundle). linkedom builds a DOM
 * and runs nothing: scripts, event handlers and forms are inert text to it, and scripts are
 * removed before anything reads the page.
 *
 * Readability decides where the article is; the paragraphs themselves come from the page's own
 * block elements, in page order, so that a paragraph Readability drops inside the article (a
 * dateline in its own <div>, a short salutation) is kept. Everything of the page that is not taken
 * is returned with the reason, for the import report.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ContentError } from '../errors.ts';
import { furnitureRuleFor, type Removal } from './furniture.ts';
import { joinWrappedLines, type Lang, type SourceParagraph } from './paragraphs.ts';

/** A .html/.htm file, or text that opens like a page. */
export function looksLikeHtml(file: string, text: string): boolean {
  return /\.(?:x?html?|shtml)$/i.test(file) || /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 4096));
}

/** The charset a page declares in its first bytes (<meta charset=gbk>, or http-equiv content). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

export interface PageArticle {
  /** The article's paragraphs in page order; the title first. `line` is the line in the HTML file. */
  paragraphs: SourceParagraph[];
  /** Text of the page that is not part of the article, with the reason. */
  leftOut: Removal[];
  /** Paragraphs kept although Readability left them out, with why (for the report). */
  keptAgainstReadability: { line: number; text: string; why: string }[];
  /** Where the title came from. */
  title: 'h1' | 'title element' | 'none';
}

// Elements whose text is not page text at all.
const INERT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'INPUT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP']);
// Elements that end a paragraph where they start and where they end.
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BUTTON CAPTION CENTER DD DETAILS DIALOG DIR DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LEGEND LI MAIN MENU NAV NOSCRIPT OL OPTION P PRE SECTION SELECT SUMMARY TABLE TBODY TD TEXTAREA TFOOT TH THEAD TR UL'.split(' '),
);

// What stands between the links of a menu ("首页 | 新闻"): not text of its own.
const SEPARATORS = /[\s\u00a0\u3000|｜丨·•,，、/>＞»›:：【】[\]()（）-]/g;

interface Segment {
  text: string;
  line: number;
  /** <br> elements before this segment inside its block. */
  breaks: number;
  /** Characters of this segment inside a link, and outside one (not counting spaces and separators). */
  linked: number;
  plain: number;
}

interface PageBlock {
  line: number;
  text: string;
  element: Element;
  /** Number given to its element before Readability ran (data-rdr-el), to find it in the article. */
  id: string;
  /** What part of the page it stands in, when not the main text (navigation, page footer…). */
  region: string | undefined;
  /** All its text is link text (a menu item, a related article). */
  linkOnly: boolean;
}

/**
 * Extracts the article of a saved page. `keep` lines bring back page blocks outside the article.
 * Throws a ContentError naming the file when the page has no article.
 */
export function extractArticle(html: string, file: string, lang: Lang, keep: ReadonlySet<number> = new Set()): PageArticle {
  const { document } = parseHTML(withLineNumbers(html));
  for (const inert of [...document.querySelectorAll('script, style, template')]) inert.remove();
  document.querySelectorAll('*').forEach((el, i) => el.setAttribute('data-rdr-el', String(i)));
  const blocks = pageBlocks(document, lang);

  // Readability works on a copy (it rearranges the tree); the element numbers survive in what it returns.
  const copy = document.cloneNode(true) as Document;
  const article = new Readability<Node>(copy, { serializer: (n) => n }).parse();
  const content = article?.content as Element | null | undefined;
  const inArticleIds = new Set<string>();
  content?.querySelectorAll('[data-rdr-el]').forEach((el) => inArticleIds.add(el.getAttribute('data-rdr-el')!));
  const articleText = squeeze(content?.textContent ?? '');
  const inArticle = (b: PageBlock) => inArticleIds.has(b.id) || ([...b.text].length >= 10 && articleText.includes(squeeze(b.text)));

  let first = blocks.findIndex(inArticle);
  let last = blocks.findLastIndex(inArticle);
  if (!content || first < 0 || articleText === '') {
    throw new ContentError(file, 1, 'this page has no article that could be found (Readability found no main text); save the page that shows the report, or copy its text into a .txt file');
  }

  const [readFirst, readLast] = [first, last];
  // The title: the page's <h1> (not a site logo in the header), else the <title> as Readability reads it.
  const h1 = blocks.findIndex((b, i) => b.element.tagName === 'H1' && i <= last && b.region === undefined);
  const titleIndex = h1 >= 0 && h1 <= first ? h1 : blocks.findIndex((b, i) => i >= first && i <= last && b.element.tagName === 'H1');
  if (titleIndex >= 0) first = Math.min(first, titleIndex);
  // Prose next to the article that Readability left out continues it (a closing paragraph in its own box).
  const isProse = (b: PageBlock | undefined) => !!b && b.region === undefined && !b.linkOnly && prose(b.text);
  if (titleIndex < 0) while (isProse(blocks[first - 1])) first--;
  while (isProse(blocks[last + 1])) last++;

  // An article is more than its title: some text that stands in no menu, header or footer.
  if (!blocks.some((b, i) => i >= first && i <= last && i !== titleIndex && b.region === undefined && !b.linkOnly && !furnitureRuleFor(b.text))) {
    throw new ContentError(file, 1, 'this page has no article that could be found (only menus, headers and footers); save the page that shows the report, or copy its text into a .txt file');
  }

  const paragraphs: SourceParagraph[] = [];
  const leftOut: Removal[] = [];
  const keptAgainstReadability: PageArticle['keptAgainstReadability'] = [];
  let title: PageArticle['title'] = titleIndex >= 0 ? 'h1' : 'none';
  const titleLine = Number(document.querySelector('title')?.getAttribute('data-rdr-line') ?? 1);
  let pageTitle = titleIndex < 0 ? collapse(article?.title ?? '') : '';
  // "政府工作报告_中国政府网": the site's name after the title is the site's, not the report's.
  const site = /\s*(?:[_|｜]|\s[-–—]\s)\s*([^_|｜]+)$/.exec(pageTitle);
  if (site && /(?:网|网站|门户|政府|Online|\.cn|\.com)$/i.test(site[1]!.trim())) {
    leftOut.push({ line: titleLine, endLine: titleLine, text: site[1]!.trim(), why: "the site's name in the page's <title>", rule: 'site name in title' });
    pageTitle = pageTitle.slice(0, site.index);
  }
  if (pageTitle && squeeze(blocks[first]!.text) !== squeeze(pageTitle)) {
    paragraphs.push({ line: titleLine, endLine: titleLine, text: pageTitle });
    title = 'title element';
  }
  blocks.forEach((b, i) => {
    const paragraph = { line: b.line, endLine: b.line, text: b.text };
    const inside = i >= first && i <= last;
    const found = inArticle(b);
    if (keep.has(b.line) || (inside && (found || (b.region === undefined && !b.linkOnly)))) {
      paragraphs.push(paragraph);
      if (!found && !keep.has(b.line)) {
        keptAgainstReadability.push({ line: b.line, text: b.text, why: i < readFirst || i > readLast ? 'Readability left it out, but it continues the article' : 'Readability left it out, but it stands inside the article' });
      }
      return;
    }
    const what = furnitureRuleFor(b.text)?.reason ?? b.region ?? (b.linkOnly ? 'a link' : 'text');
    const why = inside ? `${what}; inside the article's frame, but Readability left it out` : `${what}; ${i < first ? 'before' : 'after'} the article`;
    leftOut.push({ ...paragraph, why, rule: 'outside the article' });
  });
  return { paragraphs, leftOut, keptAgainstReadability, title };
}

/** Whitespace and nothing else removed, for comparing texts across the two trees. */
function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, '');
}

function prose(text: string): boolean {
  return /[。！？][”’」』）]?$/.test(text) || (/[.!?]["”’)]?$/.test(text) && /\s/.test(text) && text.length >= 40);
}

/**
 * Writes each start tag's source line into it (data-rdr-line), so every paragraph taken from the
 * page can be named by `file:line` like a line of a text file. linkedom keeps no positions.
 */
function withLineNumbers(html: string): string {
  let line = 1;
  let from = 0;
  return html.replace(/<([a-zA-Z][\w:-]*)(?=[\s/>])/g, (tag: string, _name: string, at: number) => {
    for (let i = from; i < at; i++) if (html.charCodeAt(i) === 10) line++;
    from = at;
    return `${tag} data-rdr-line="${line}"`;
  });
}

function regionOf(element: Element): string | undefined {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const tag = el.tagName;
    const style = el.getAttribute('style') ?? '';
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden on the page';
    if (tag === 'NOSCRIPT') return 'shown only when scripts are off';
    if (tag === 'BUTTON' || tag === 'SELECT' || tag === 'OPTION' || tag === 'TEXTAREA') return 'a form control';
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (tag === 'NAV' || el.getAttribute('role') === 'navigation' || /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location)(?:$|[\s_-])/i.test(names)) return 'navigation';
    if (tag === 'FOOTER' || el.getAttribute('role') === 'contentinfo' || /(?:^|[\s_-])(?:footer|foot|copyright|bottom)(?:$|[\s_-])/i.test(names)) return 'page footer';
    if (tag === 'ASIDE' || /(?:^|[\s_-])(?:sidebar|side|aside|related|recommend)(?:$|[\s_-])/i.test(names)) return 'sidebar';
    if ((tag === 'HEADER' && !el.closest('article, main')) || el.getAttribute('role') === 'banner' || /(?:^|[\s_-])(?:header|topbar|masthead|banner)(?:$|[\s_-])/i.test(names)) return 'page header';
  }
  return undefined;
}

/**
 * The page's paragraphs in order: the text of each block element outside its child blocks, with
 * whitespace collapsed as a browser shows it. A <br> inside a block separates paragraphs when two
 * stand together, or when the line before it ends a sentence or the next is indented (a page that
 * sets its whole text in one box with <br>s), or when the line before it has no closing punctuation
 * at all (a dateline, then the speaker); otherwise (after ，：； — the items of a list after
 * "目标是：") it breaks a line inside one paragraph, and the lines are joined as hard-wrapped lines
 * are. Inside a heading a <br> never separates.
 */
function pageBlocks(document: Document, lang: Lang): PageBlock[] {
  const blocks: PageBlock[] = [];
  let cursor = 1;
  let segments: Segment[] = [];
  let pendingBreaks = 0;

  const flush = (element: Element) => {
    const pieces = segments.filter((s) => s.text.trim() !== '');
    segments = [];
    pendingBreaks = 0;
    if (pieces.length === 0) return;
    const region = regionOf(element);
    // A heading broken over lines is still one heading.
    const heading = /^H[1-6]$/.test(element.tagName);
    let current: { line: number; text: string; linked: number; plain: number } | undefined;
    const close = () => {
      if (!current) return;
      const text = collapse(current.text);
      if (text !== '') {
        blocks.push({ line: current.line, text, element, id: element.getAttribute('data-rdr-el') ?? '', region, linkOnly: current.linked > 0 && current.plain === 0 });
      }
      current = undefined;
    };
    for (const piece of pieces) {
      const before = current ? collapse(current.text) : '';
      const startsParagraph =
        !current ||
        piece.breaks >= 2 ||
        (piece.breaks === 1 && !heading && (/[。！？.!?][”’」』"')）]*$/.test(before) || /[\p{L}\p{N}]$/u.test(before) || /^[\u3000\u00a0]|^ {2,}/.test(piece.text)));
      if (startsParagraph) {
        close();
        current = { line: piece.line, text: piece.text, linked: piece.linked, plain: piece.plain };
        continue;
      }
      current!.text = piece.breaks > 0 ? joinWrappedLines(before, collapse(piece.text), lang) : current!.text + piece.text;
      current!.linked += piece.linked;
      current!.plain += piece.plain;
    }
    close();
  };

  const visit = (node: Node, block: Element, inLink: boolean) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      const leading = /^\s*/.exec(text)![0];
      const line = cursor + (leading.match(/\n/g)?.length ?? 0);
      cursor += text.match(/\n/g)?.length ?? 0;
      if (text.trim() === '' && segments.length === 0) return;
      const counted = text.replace(SEPARATORS, '').length;
      const last = segments.at(-1);
      if (last && pendingBreaks === 0) last.text += text;
      else {
        segments.push({ text, line, breaks: pendingBreaks, linked: 0, plain: 0 });
        pendingBreaks = 0;
      }
      segments.at(-1)![inLink ? 'linked' : 'plain'] += counted;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const line = Number(el.getAttribute('data-rdr-line'));
    if (line) cursor = line;
    if (INERT.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      // Whitespace between two <br>s does not separate them.
      if (segments.at(-1)?.text.trim() === '') pendingBreaks += segments.pop()!.breaks;
      pendingBreaks++;
      return;
    }
    const isBlock = BLOCK.has(el.tagName);
    if (isBlock) flush(block);
    const link = inLink || el.tagName === 'A';
    el.childNodes.forEach((child) => visit(child, isBlock ? el : block, link));
    if (isBlock) flush(el);
  };
  visit(document.documentElement, document.documentElement, false);
  return blocks;
}

/**
 * Whitespace as a browser shows it: a run becomes one space, or nothing where a line break stood
 * between two Chinese characters (the source's line break inside a Chinese sentence).
 */
function collapse(text: string): string {
  return text
    .replace(/(?<=[\u2e80-\u9fff\uff00-\uffef“”‘’])[ \t\r]*\n[\s]*(?=[\u2e80-\u9fff\uff00-\uffef“”‘’])/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}
