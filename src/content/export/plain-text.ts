import { Lexer, type Token, type Tokens } from 'marked';

/**
 * A Markdown body (a glossary definition) as plain text for the downloads: paragraphs separated
 * by a blank line, list items one a line with their number or a dash, emphasis dropped, a link as
 * its text with the address after it in parentheses (a CSV or TBX cell cannot link), a soft line
 * break as the space a reader sees. The Markdown was checked when the glossary was loaded
 * (markdown.ts refuses raw HTML, images and unsafe links), so only what it allows is met here.
 */
export function markdownPlainText(markdown: string): string {
  return blocks(new Lexer({ gfm: true, breaks: false }).lex(markdown)).trim();
}

function blocks(tokens: Token[]): string {
  return tokens
    .map((t) => block(t))
    .filter((text) => text !== '')
    .join('\n\n');
}

function block(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
    case 'text':
      return 'tokens' in token && token.tokens ? inline(token.tokens) : String((token as Tokens.Text).text);
    case 'list': {
      const list = token as Tokens.List;
      const start = list.ordered && typeof list.start === 'number' ? list.start : 1;
      return list.items.map((item, i) => `${list.ordered ? `${start + i}.` : '-'} ${item.tokens.map(block).filter(Boolean).join('\n')}`).join('\n');
    }
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens);
    case 'space':
      return '';
    default:
      return 'text' in token ? String(token.text) : '';
  }
}

function inline(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'br') return '\n';
      if (t.type === 'link') {
        const link = t as Tokens.Link;
        const text = inline(link.tokens);
        return text === link.href || `mailto:${text}` === link.href ? text : `${text} (${link.href})`;
      }
      if ('tokens' in t && t.tokens) return inline(t.tokens);
      if (t.type === 'text') return String(t.text).replace(/\n/g, ' ');
      return 'text' in t ? String(t.text) : '';
    })
    .join('');
}
