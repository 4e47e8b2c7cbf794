import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseBlocks, type SourceBlock } from './blocks.ts';
import { LIMITS, readContentFile } from '../check/content-file.ts';
import { ErrorList } from '../errors.ts';
import { escapeHtml, inlineSource, renderTextBlock, type RenderedBlock, type SentenceMarks, type TextTransform } from './markdown.ts';
import { parseAlignment, splitSentences } from '../annotate/sentences.ts';
import { AlignmentSchema, SLUG, TextMetaSchema, type TextMeta } from '../check/schema.ts';
import { parseYamlWithLines } from './yaml.ts';

export type Lang = 'zh' | 'en';

/**
 * The English of a row: its own block; none yet (a Chinese-only or partly translated text); or
 * given with an earlier row, where one English paragraph translates several Chinese ones.
 */
export type EnglishState = { state: 'own' } | { state: 'missing' } | { state: 'with'; id: string };

/** One aligned row: the same paragraph (or heading) in both languages. */
export interface Paragraph {
  id: string;
  kind: 'heading' | 'paragraph';
  depth: number;
  zh: RenderedBlock;
  /** The English block; empty (no html, no text) unless `english.state` is `own`. */
  en: RenderedBlock;
  english: EnglishState;
  /** Where each language's block starts, for error messages from later stages. */
  lines: Record<Lang, number>;
  /** Sentence groups when the text has an authored alignment: zh and en sentence numbers per group. */
  sentenceGroups?: { zh: number[]; en: number[] }[];
}

export interface TextDoc {
  slug: string;
  /** Folder relative to the project root, e.g. `texts/wuzhi-2020`. */
  dir: string;
  meta: TextMeta;
  paragraphs: Paragraph[];
  /** Things a person should know that do not stop the build (untranslated paragraphs of an existing translation). */
  notices: { file: string; line: number; text: string }[];
}

export interface LoadOptions {
  /** Project root; file names in errors are relative to it. */
  root: string;
  /** Turns a block's plain text into HTML (the glossary and the figures plug in here; they may read the text's metadata). Defaults to escaping. */
  annotate?: (lang: Lang, paragraphId: string, meta: TextMeta | undefined) => TextTransform;
}


/** Reads a file of a text folder; its size, encoding and characters are checked (check/content-file.ts). */
function readText(path: string, root: string): string {
  const errors = new ErrorList();
  const text = readContentFile(path, relative(root, path), path.endsWith('.yaml') ? LIMITS.yamlFile : LIMITS.textFile, errors);
  errors.throwIfAny();
  return text!; // undefined only with an error, thrown above
}

/** Lists the text folders under `texts/`, sorted, each a slug. */
export function listTextDirs(textsDir: string): string[] {
  if (!existsSync(textsDir)) return [];
  return readdirSync(textsDir)
    .filter((name) => !name.startsWith('.') && statSync(join(textsDir, name)).isDirectory())
    .sort();
}

/**
 * Loads, validates and aligns one text folder. Every problem found is reported (file:line and a
 * plain sentence) before anything is thrown; nothing is dropped to make the rest fit.
 */
export function loadText(dir: string, options: LoadOptions): TextDoc {
  const { root } = options;
  const errors = new ErrorList();
  const rel = relative(root, dir);
  const slug = rel.split(/[\\/]/).pop() ?? rel;
  if (!SLUG.test(slug)) errors.add(rel, 1, `folder name "${slug}" is not a valid slug (lowercase letters, digits and hyphens)`);

  const files = { meta: join(dir, 'meta.yaml'), zh: join(dir, 'zh.md'), en: join(dir, 'en.md') };
  if (!existsSync(files.meta)) errors.add(relative(root, files.meta), 1, 'the metadata file is missing');
  if (!existsSync(files.zh)) errors.add(relative(root, files.zh), 1, 'the Chinese text is missing');
  errors.throwIfAny();

  const metaSource = readText(files.meta, root);
  const metaYaml = parseYamlWithLines(metaSource, relative(root, files.meta), TextMetaSchema, errors);
  const meta = metaYaml.data;
  const hasEnglishFile = existsSync(files.en);
  // A translation is declared in meta.yaml and kept in en.md: one without the other is a mistake.
  if (meta && meta.translation && !hasEnglishFile) {
    errors.add(relative(root, files.en), 1, 'the English text is missing: meta.yaml declares a translation; add en.md or remove "translation" from meta.yaml for a Chinese-only text');
  }
  if (meta && !meta.translation && hasEnglishFile) {
    errors.add(relative(root, files.meta), 1, 'translation is missing: en.md exists, so meta.yaml must say who made the translation (translation: kind, credit, citeAs)');
  }
  // Strict (`project`) translations must cover every paragraph; existing ones may be partial.
  const strict = meta?.translation?.kind === 'project';
  const blocks: Record<Lang, SourceBlock[]> = {
    zh: parseBlocks(readText(files.zh, root), relative(root, files.zh), errors),
    en: hasEnglishFile ? parseBlocks(readText(files.en, root), relative(root, files.en), errors) : [],
  };
  const fileOf = (lang: Lang) => relative(root, files[lang]);
  const byId: Record<Lang, Map<string, SourceBlock>> = {
    zh: new Map(blocks.zh.map((b) => [b.id, b])),
    en: new Map(blocks.en.map((b) => [b.id, b])),
  };

  for (const b of blocks.en) {
    if (!byId.zh.has(b.id)) errors.add(fileOf('en'), b.line, `paragraph ${b.id} has no Chinese counterpart in ${fileOf('zh')}`);
  }
  const shared = (lang: Lang) => blocks[lang].filter((b) => byId[lang === 'zh' ? 'en' : 'zh'].has(b.id));
  const zhOrder = shared('zh');
  const enOrder = shared('en');
  for (let i = 0; i < Math.min(zhOrder.length, enOrder.length); i++) {
    if (zhOrder[i]!.id !== enOrder[i]!.id) {
      errors.add(fileOf('en'), enOrder[i]!.line, `paragraph ${enOrder[i]!.id} is out of order: the Chinese has ${zhOrder[i]!.id} here`);
      break;
    }
  }

  const alignmentFile = join(dir, 'alignment.yaml');
  const alignmentSource = existsSync(alignmentFile) ? readText(alignmentFile, root) : undefined;
  const alignmentYaml = alignmentSource === undefined ? undefined : parseYamlWithLines(alignmentSource, relative(root, alignmentFile), AlignmentSchema, errors);
  const alignment = alignmentYaml?.data;
  const alignmentLine = (id: string) => alignmentYaml?.lineOf([id]) ?? 1;
  if (alignment) {
    for (const id of Object.keys(alignment)) {
      if (!byId.zh.has(id)) errors.add(relative(root, alignmentFile), alignmentLine(id), `paragraph ${id} is aligned but is not in the text`);
    }
  }

  const notices: TextDoc['notices'] = [];
  for (const b of blocks.zh) {
    // A paragraph whose English stands with another row ("with 1.0.1") is translated.
    if (byId.en.has(b.id) || !hasEnglishFile || togetherWith(alignment?.[b.id]) !== undefined) continue;
    if (strict) errors.add(fileOf('zh'), b.line, `paragraph ${b.id} has no English translation in ${fileOf('en')}`);
    else notices.push({ file: fileOf('zh'), line: b.line, text: `paragraph ${b.id} has no English yet; the reader says "translation not yet available"` });
  }

  const paragraphs: Paragraph[] = [];
  // Rows follow the Chinese; the order check above has made sure the English follows it too.
  for (const zhBlock of blocks.zh) {
    const enBlock = byId.en.get(zhBlock.id);
    let marks: Record<Lang, SentenceMarks> | undefined;
    let sentenceGroups: Paragraph['sentenceGroups'];
    const together = alignment ? togetherWith(alignment[zhBlock.id]) : undefined;
    if (together !== undefined && (enBlock || !byId.en.has(together) || !blocks.zh.some((b) => b.id === together))) {
      const why = enBlock ? 'it has an English block of its own' : `${together} is not a translated paragraph of this text`;
      errors.add(relative(root, alignmentFile), alignmentLine(zhBlock.id), `paragraph ${zhBlock.id} is marked "with ${together}", but ${why}`);
    }
    if (alignment && enBlock && together === undefined) {
      const spec = alignment[zhBlock.id];
      const counts = {
        zh: splitSentences(inlineSource(zhBlock.markdown), 'zh').length,
        en: splitSentences(inlineSource(enBlock.markdown), 'en').length,
      };
      if (spec === undefined) {
        errors.add(relative(root, alignmentFile), 1, `paragraph ${zhBlock.id} has no sentence alignment (it has ${counts.zh} Chinese and ${counts.en} English sentences)`);
      } else {
        const parsed = parseAlignment(spec, counts);
        if ('error' in parsed) {
          errors.add(relative(root, alignmentFile), alignmentLine(zhBlock.id), `paragraph ${zhBlock.id}: ${parsed.error}`);
        } else {
          sentenceGroups = parsed.groups;
          const groupOf = (lang: Lang) => parsed.groups.flatMap((g, i) => g[lang].map(() => i + 1));
          marks = { zh: { lang: 'zh', groupOf: groupOf('zh') }, en: { lang: 'en', groupOf: groupOf('en') } };
        }
      }
    }
    const render = (lang: Lang, block: SourceBlock) =>
      renderTextBlock(
        block.markdown,
        { file: fileOf(lang), line: block.line + 1, errors },
        options.annotate?.(lang, block.id, meta) ?? escapeHtml,
        marks?.[lang],
      );
    const zh = render('zh', zhBlock);
    const en: RenderedBlock = enBlock ? render('en', enBlock) : { kind: zh.kind, depth: zh.depth, html: '', text: '' };
    if (enBlock && (zh.kind !== en.kind || zh.depth !== en.depth)) {
      errors.add(fileOf('en'), enBlock.line, `paragraph ${zhBlock.id} is a ${describeKind(en)} in English but a ${describeKind(zh)} in Chinese`);
    }
    const english: EnglishState = enBlock ? { state: 'own' } : together !== undefined ? { state: 'with', id: together } : { state: 'missing' };
    paragraphs.push({ id: zhBlock.id, kind: zh.kind, depth: zh.depth, zh, en, english, lines: { zh: zhBlock.line, en: enBlock?.line ?? zhBlock.line }, sentenceGroups });
  }

  if (meta) {
    const ids = new Set(paragraphs.map((p) => p.id));
    const counts = meta.source.counts;
    if (counts) {
      const chinese = paragraphs.map((p) => p.zh.text).join('');
      const found = { han: chinese.match(/[\u4e00-\u9fff]/g)?.length ?? 0, sentences: chinese.match(/[。！？]/g)?.length ?? 0 };
      for (const key of ['han', 'sentences'] as const) {
        if (found[key] !== counts[key]) {
          const what = key === 'han' ? 'Han characters' : 'sentences (。！？)';
          errors.add(relative(root, files.meta), metaYaml.lineOf(['source', 'counts', key]), `the source holds ${counts[key]} ${what}, but the Chinese text has ${found[key]}: a sentence was lost or added`);
        }
      }
    }
    const last = paragraphs.at(-1);
    if (meta.excerpt && last && meta.excerpt.endsAfter !== last.id) {
      errors.add(relative(root, files.meta), metaYaml.lineOf(['excerpt', 'endsAfter']), `excerpt.endsAfter is ${meta.excerpt.endsAfter}, but the text's last paragraph is ${last.id}`);
    }
    for (const [alias, target] of Object.entries(meta.aliases)) {
      if (ids.has(alias)) errors.add(relative(root, files.meta), metaYaml.lineOf(['aliases', alias]), `alias ${alias} is also a current paragraph id; an alias must name an id that no longer exists`);
      if (!ids.has(target)) errors.add(relative(root, files.meta), metaYaml.lineOf(['aliases', alias]), `alias ${alias} points to ${target}, which is not a paragraph of this text`);
    }
  }
  errors.throwIfAny();
  return { slug, dir: rel, meta: meta!, paragraphs, notices };
}

/**
 * An alignment entry `with 3.0.2` says that the paragraph's English is given with paragraph
 * 3.0.2: one English paragraph translates both. Returns that id, or undefined for sentence groups.
 */
function togetherWith(spec: string | undefined): string | undefined {
  const m = spec === undefined ? null : /^with\s+(\S+)$/.exec(spec.trim());
  return m ? m[1] : undefined;
}

function describeKind(b: RenderedBlock): string {
  return b.kind === 'heading' ? `level-${b.depth} heading` : 'paragraph';
}
