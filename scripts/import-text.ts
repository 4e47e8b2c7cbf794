/**
 * npm run import -- <chinese.txt> --slug <slug> [--en <english.txt>] [--wrapped] [--force]
 *
 * One paragraph per line; with --wrapped, paragraphs are separated by blank lines and their lines joined.
 *
 * Creates texts/<slug>/ (zh.md, en.md when --en is given, meta.yaml) from a plain-text report and
 * prints what it removed and what it changed. It never overwrites an existing folder without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, decodeUtf8 } from '../src/content/errors.ts';
import { draftMeta, importReport } from '../src/content/import.ts';
import { SLUG } from '../src/content/load-text.ts';

const root = resolve(import.meta.dirname, '..');

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, en: { type: 'string' }, force: { type: 'boolean', default: false }, wrapped: { type: 'boolean', default: false } },
  });
  const [source] = positionals;
  if (!source || !values.slug) {
    console.error('usage: npm run import -- <chinese.txt> --slug <slug> [--en <english.txt>] [--wrapped] [--force]');
    return 2;
  }
  if (!SLUG.test(values.slug)) {
    console.error(`error: slug "${values.slug}" must be lowercase letters, digits and hyphens, e.g. wuzhi-2020`);
    return 2;
  }
  const dir = join(root, 'texts', values.slug);
  if (existsSync(dir) && !values.force) {
    console.error(`error: ${relative(root, dir)} already exists; pass --force to overwrite it (its hand edits would be lost)`);
    return 1;
  }
  const read = (path: string) => decodeUtf8(readFileSync(path), path);
  const chinese = read(source);
  const english = values.en ? read(values.en) : undefined;
  const result = importReport(chinese, { english, englishFile: values.en, wrapped: values.wrapped });

  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'zh.md'), result.zh);
  if (result.en) writeFileSync(join(dir, 'en.md'), result.en);
  const englishTitle = result.en ? /^@title\n# (.*)$/m.exec(result.en)?.[1] : undefined;
  if (!existsSync(join(dir, 'meta.yaml')) || values.force) writeFileSync(join(dir, 'meta.yaml'), draftMeta(result.blocks, englishTitle));

  console.log(`Removed ${result.removed.length} line(s) that are not part of the report:`);
  for (const r of result.removed) console.log(`  ${source}:${r.line}  [${r.why}]  ${r.text}`);
  const changed = Object.entries(result.changes).map(([k, v]) => `${k} ×${v}`).join(', ');
  console.log(`Typography restored: ${changed || 'nothing to change'}`);
  for (const w of result.warnings) console.log(`  warning: ${source} ${w}`);
  console.log(`Wrote ${result.blocks.length} paragraphs to ${relative(root, dir)}/ (ids ${result.blocks[0]?.id} … ${result.blocks.at(-1)?.id}).`);
  if (!result.en) console.log(`Next: translate every paragraph into ${relative(root, dir)}/en.md with the same @ids; the build fails until each has its English.`);
  console.log(`Next: fill in ${relative(root, dir)}/meta.yaml (issuer, source, translation credit), then npm run build.`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
}
