/**
 * npm run import -- <chinese.txt|.html> --slug <slug> [--en <english.txt|.html>] [options]
 *
 *   --wrapped            the Chinese is hard-wrapped: paragraphs separated by blank lines
 *   --en-wrapped         the English is hard-wrapped
 *   --encoding <name>    read the Chinese in this encoding (default: detected; utf-8, gb18030 …)
 *   --en-encoding <name> the same for the English
 *   --keep <line>        keep this Chinese line although a furniture rule takes it (repeatable)
 *   --keep-en <line>     the same for the English
 *   --keep-all-lines     remove nothing
 *   --force              overwrite texts/<slug>/
 *
 * Creates texts/<slug>/ (zh.md; en.md and alignment.yaml with --en; meta.yaml) and prints the import
 * report: the encoding read, every line removed and why, warnings, the alignment to check and the
 * metadata to fill in. It writes nothing when the import fails (the report so far is printed), and
 * never overwrites an existing folder without --force.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/content/errors.ts';
import { formatReport, ImportFailure, importReport, type ImportResult } from '../src/content/import/index.ts';
import { SLUG } from '../src/content/check/schema.ts';

// RDR_CONTENT_ROOT: import into another folder of texts/ (as the build reads one), e.g. a scratch copy.
const root = process.env.RDR_CONTENT_ROOT ? resolve(process.env.RDR_CONTENT_ROOT) : resolve(import.meta.dirname, '..');
const USAGE =
  'usage: npm run import -- <chinese.txt|.html> --slug <slug> [--en <english.txt|.html>] [--wrapped] [--en-wrapped] [--encoding <name>] [--en-encoding <name>] [--keep <line>]… [--keep-en <line>]… [--keep-all-lines] [--force]';

function lineNumbers(values: string[] | undefined, option: string): number[] {
  return (values ?? []).map((v) => {
    if (!/^\d+$/.test(v)) throw new UsageError(`${option} takes a line number, not "${v}"`);
    return Number(v);
  });
}

class UsageError extends Error {}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(path, 1, code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `the file cannot be read (${code ?? String(error)})`);
  }
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      en: { type: 'string' },
      force: { type: 'boolean', default: false },
      wrapped: { type: 'boolean', default: false },
      'en-wrapped': { type: 'boolean', default: false },
      encoding: { type: 'string' },
      'en-encoding': { type: 'string' },
      keep: { type: 'string', multiple: true },
      'keep-en': { type: 'string', multiple: true },
      'keep-all-lines': { type: 'boolean', default: false },
    },
  });
  const [source] = positionals;
  if (!source || !values.slug) throw new UsageError('a Chinese source and --slug are required');
  if (!SLUG.test(values.slug)) throw new UsageError(`slug "${values.slug}" must be lowercase letters, digits and hyphens, e.g. wuzhi-2020`);
  const dir = join(root, 'texts', values.slug);
  if (existsSync(dir) && !values.force) {
    console.error(`error: ${relative(root, dir)} already exists; pass --force to overwrite it (its hand edits would be lost)`);
    return 1;
  }

  let result: ImportResult;
  try {
    result = importReport(readBytes(source), {
      chineseFile: source,
      english: values.en === undefined ? undefined : readBytes(values.en),
      englishFile: values.en,
      wrapped: values.wrapped,
      englishWrapped: values['en-wrapped'],
      encoding: values.encoding,
      englishEncoding: values['en-encoding'],
      keep: lineNumbers(values.keep, '--keep'),
      keepEnglish: lineNumbers(values['keep-en'], '--keep-en'),
      keepAllLines: values['keep-all-lines'],
    });
  } catch (error) {
    if (error instanceof ImportFailure) {
      console.log(formatReport(error.report));
      console.log('');
    }
    throw error;
  }

  mkdirSync(dir, { recursive: true });
  const write = (name: string, content: string | undefined) => {
    const path = join(dir, name);
    if (content !== undefined) writeFileSync(path, content);
    else if (existsSync(path)) {
      // --force without --en: an old English would no longer match the new Chinese.
      rmSync(path);
      console.log(`Removed the old ${relative(root, path)} (this import has no English).`);
    }
  };
  write('zh.md', result.zh);
  write('en.md', result.en);
  write('alignment.yaml', result.alignment);
  write('meta.yaml', result.meta);

  console.log(formatReport(result.report));
  console.log('');
  const written = ['zh.md', result.en && 'en.md', result.alignment && 'alignment.yaml', 'meta.yaml'].filter(Boolean).join(', ');
  console.log(`Wrote ${result.blocks.length} paragraphs (ids ${result.blocks[0]?.id} … ${result.blocks.at(-1)?.id}) to ${relative(root, dir)}/: ${written}.`);
  if (!result.en) console.log(`Next: translate every paragraph into ${relative(root, dir)}/en.md with the same @ids, or keep the text Chinese only.`);
  console.log(`Next: check the report above, fill in ${relative(root, dir)}/meta.yaml, then npm run build.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`error: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else throw error;
}
