/**
 * npm run check:translation — the translation QA table for every text; exits 1 on any error.
 */
import { resolve } from 'node:path';
import { ErrorList } from '../src/content/errors.ts';
import { GlossaryAnnotator, loadGlossary } from '../src/content/glossary.ts';
import { listTextDirs, loadText } from '../src/content/load-text.ts';
import { checkTranslation, formatTable } from '../src/content/translation-qa.ts';

const root = resolve(import.meta.dirname, '..');
const errors = new ErrorList();
const annotator = new GlossaryAnnotator(loadGlossary(root, errors));
errors.throwIfAny();
let failures = 0;
for (const slug of listTextDirs(resolve(root, 'texts'))) {
  const doc = loadText(resolve(root, 'texts', slug), { root, annotate: (lang, id) => annotator.transform(slug, lang, id) });
  const reports = checkTranslation(doc, annotator.found);
  console.log(formatTable(reports, (s) => `texts/${s}/en.md`));
  const bad = reports.filter((r) => r.problems.length > 0).length;
  failures += bad;
  console.log(`\n${slug}: ${reports.length} paragraphs checked, ${reports.reduce((n, r) => n + r.figures, 0)} figures, ${bad} with errors.\n`);
}
process.exitCode = failures > 0 ? 1 : 0;
