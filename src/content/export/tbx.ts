import type { GlossaryEntry } from '../load/glossary.ts';
import { sourceLine } from './csv.ts';
import { markdownPlainText } from './plain-text.ts';
import { CREATION_TOOL, TMX_LANG } from './tmx.ts';
import { xmlAttr, xmlText } from './xml.ts';

/**
 * The glossary as TBX-Basic in the TBX 2008 form (ISO 30042:2008, root `<martif type="TBX-Basic">`):
 * the form memoQ, Trados MultiTerm (through MultiTerm Convert), Phrase, OmegaT and Weblate import.
 * TBX v3 (2019) renames the same structure (`conceptEntry`, `langSec`, `termSec`), and fewer
 * tools read it yet.
 *
 * One `<termEntry>` per glossary entry (its XML id is `g-` and the entry's file name, as an XML
 * id cannot start with a digit: `g-99-gong-yi-ri`); a Chinese `<langSet>` with the term as the
 * preferred term, its pinyin in a note, and its variants as admitted terms; an English `<langSet>`
 * with the definition as plain text, its sources, the rendering as the preferred term and the
 * other renderings found in translations as admitted terms. The level of government that coined
 * the term and the confidence are a note on the entry; related entries are cross-references.
 */

const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';

export const tbxEntryId = (entry: GlossaryEntry) => `g-${entry.id}`;

export function glossaryTbx(glossary: readonly GlossaryEntry[]): string {
  const byId = new Map(glossary.map((e) => [e.id, e]));
  const sorted = [...glossary].sort((a, b) => (a.id < b.id ? -1 : 1));
  const entries = sorted.map((e) => {
    const at = { file: e.file, line: 1 };
    const text = (s: string) => xmlText(s, at);
    const tig = (term: string, status: string, note?: string) =>
      `<tig><term>${text(term)}</term><termNote type="administrativeStatus">${status}</termNote>${note ? `<note>${text(note)}</note>` : ''}</tig>`;
    const level = `Level: ${e.level}${e.levelEstablished ? '' : ' (the likely reading: no source says who coined the term)'}. Confidence: ${e.confidence}.`;
    return [
      `<termEntry id="${xmlAttr(tbxEntryId(e), at)}">`,
      `<note>${text(level)}</note>`,
      ...e.related.map((id) => `<ref type="crossReference" target="g-${xmlAttr(id, at)}">${text(byId.get(id)?.zh ?? id)}</ref>`),
      `<langSet xml:lang="${TMX_LANG.zh}">`,
      tig(e.zh, PREFERRED, `Pinyin: ${e.pinyin}`),
      ...e.variants.map((v) => tig(v, ADMITTED)),
      '</langSet>',
      `<langSet xml:lang="${TMX_LANG.en}">`,
      `<descripGrp><descrip type="definition">${text(markdownPlainText(e.definition))}</descrip>${e.sources.map((s) => `<admin type="source">${text(sourceLine(s))}</admin>`).join('')}</descripGrp>`,
      tig(e.en, PREFERRED),
      ...e.enVariants.map((v) => tig(v, ADMITTED)),
      '</langSet>',
      '</termEntry>',
    ].join('\n');
  });
  const meta = { file: 'glossary', line: 1 };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '<martifHeader>',
    '<fileDesc>',
    `<titleStmt><title>${xmlText(`${CREATION_TOOL.name} glossary of Chinese policy terms`, meta)}</title></titleStmt>`,
    `<sourceDesc><p>${xmlText(`${CREATION_TOOL.name} ${CREATION_TOOL.version}: ${glossary.length} entries, each a Chinese term (${TMX_LANG.zh}) with its English rendering (${TMX_LANG.en}) and an English definition.`, meta)}</p></sourceDesc>`,
    '</fileDesc>',
    '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '</martifHeader>',
    '<text>',
    '<body>',
    ...entries,
    '</body>',
    '</text>',
    '</martif>',
    '',
  ].join('\n');
}
