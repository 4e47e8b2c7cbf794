import packageJson from '../../../package.json' with { type: 'json' };
import type { TextDoc } from '../load/text.ts';
import { segments } from './segments.ts';
import { xmlAttr, xmlText } from './xml.ts';

/** Written into the TMX header and the TBX file description. */
export const CREATION_TOOL = { name: 'Policy Reader', version: packageJson.version } as const;

/** Language tags: the Chinese is the source of every unit; the English is its translation. */
export const TMX_LANG = { zh: 'zh-CN', en: 'en' } as const;

/**
 * A TMX 1.4 translation memory of a text's aligned sentence pairs, what CAT tools (OmegaT, memoQ,
 * Trados) import: one `<tu>` per sentence group, or per paragraph when the text has no sentence
 * alignment, its `tuid` `<paragraph id>.<group n>` (`1.0.2.3`; `1.0.2.1` for a whole paragraph):
 * the group number never holds a dot, so the id before the last dot is always the paragraph.
 *
 * Paragraphs without English of their own get no unit (a Chinese-only unit gives a translator
 * nothing to reuse, and some tools count it as an empty translation): those not translated yet,
 * and those translated together with an earlier paragraph, whose Chinese that paragraph's English
 * covers. The TSV and JSON downloads keep every paragraph. A text with no English at all gets no
 * TMX (index.ts). No creation date is written, so the file changes only when the text does.
 */
export function tmx(doc: TextDoc): string {
  const meta = { file: `${doc.dir}/meta.yaml`, line: 1 };
  const units = doc.paragraphs.flatMap((p) => {
    const at = { zh: { file: `${doc.dir}/zh.md`, line: p.lines.zh }, en: { file: `${doc.dir}/en.md`, line: p.lines.en } };
    return segments(doc, p).map((s) =>
      [
        `    <tu tuid="${xmlAttr(`${p.id}.${s.n}`, at.zh)}">`,
        `      <prop type="x-paragraph">${xmlText(p.id, at.zh)}</prop>`,
        `      <tuv xml:lang="${TMX_LANG.zh}"><seg>${xmlText(s.zh, at.zh)}</seg></tuv>`,
        `      <tuv xml:lang="${TMX_LANG.en}"><seg>${xmlText(s.en, at.en)}</seg></tuv>`,
        '    </tu>',
      ].join('\n'),
    );
  });
  const aligned = doc.paragraphs.some((p) => p.sentenceGroups);
  const credit = doc.meta.translation ? ` ${doc.meta.translation.credit}` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${xmlAttr(CREATION_TOOL.name, meta)}" creationtoolversion="${xmlAttr(CREATION_TOOL.version, meta)}" datatype="plaintext" segtype="${aligned ? 'sentence' : 'paragraph'}" adminlang="en" srclang="${TMX_LANG.zh}" o-tmf="${xmlAttr(CREATION_TOOL.name, meta)}">`,
    `    <note>${xmlText(`${doc.meta.title.zh} (${doc.meta.title.en}), ${doc.meta.issuer.en}, ${doc.meta.date}.${credit}`, meta)}</note>`,
    '  </header>',
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
