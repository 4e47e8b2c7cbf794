/**
 * npm run check:translation — the translation QA of every text, from the same loader as the build.
 *
 * A translation made for this reader (`translation.kind: project`, the Wuzhi text) is checked
 * strictly: any problem fails the command. An existing translation (`kind: existing`, e.g. an
 * official English) is reported, never refused: the QA table, the paragraphs whose English renders
 * a glossary term otherwise, the untranslated paragraphs, and the candidate terms the glossary
 * lacks — the editor's to-do list. A Chinese-only text lists its candidate terms.
 */
import { resolve } from 'node:path';
import { ContentError, ContentErrors } from '../src/content/errors.ts';
import { renderingForms } from '../src/content/annotate/terms.ts';
import { loadSite } from '../src/content/site.ts';
import { checkTranslation, formatTable } from '../src/content/check/translation-qa.ts';

const root = resolve(import.meta.dirname, '..');

function main(): number {
  const site = loadSite(root);
  let failures = 0;
  for (const doc of site.docs) {
    const kind = doc.meta.translation?.kind;
    const file = `${doc.dir}/en.md`;
    console.log(`\n=== ${doc.dir}: ${kind === 'project' ? 'translation made for this reader, checked strictly' : kind === 'existing' ? 'existing translation, reported (not refused)' : 'Chinese only'}`);
    if (kind) {
      const translated = { ...doc, paragraphs: doc.paragraphs.filter((p) => p.english.state === 'own') };
      const reports = checkTranslation(translated, site.found);
      console.log(formatTable(reports, () => file));
      const bad = reports.filter((r) => r.problems.length > 0).length;
      if (kind === 'project') failures += bad;
      console.log(`\n${doc.slug}: ${reports.length} paragraphs checked, ${reports.reduce((n, r) => n + r.figures, 0)} figures, ${bad} with ${kind === 'project' ? 'errors' : 'points to check'}.`);
      const untranslated = doc.paragraphs.filter((p) => p.english.state === 'missing');
      if (untranslated.length) {
        console.log(`\nNot yet translated (${untranslated.length}):`);
        for (const p of untranslated) console.log(`  ${doc.dir}/zh.md:${p.lines.zh}: paragraph ${p.id}`);
      }
    }
    const differences = site.termDifferences.filter((d) => d.slug === doc.slug);
    if (differences.length) {
      console.log(`\nRenderings that differ from the glossary (${differences.length}); add the translation's wording to the entry's enVariants if it is an accepted rendering:`);
      for (const d of differences) console.log(`  ${d.file}:${d.line}: paragraph ${d.paragraph}: ${d.entry.zh} (${d.entry.file}) is not rendered "${renderingForms(d.entry).join('" or "')}"`);
    }
    const candidates = site.candidates.get(doc.slug) ?? [];
    if (candidates.length && kind !== 'project') {
      console.log(`\nCandidate terms not in the glossary (${candidates.length}), most frequent first:`);
      for (const c of candidates) console.log(`  ${c.zh} ×${c.count} (${c.shape === 'quoted' ? 'quoted' : 'numbered formula'}; ¶ ${c.paragraphs.slice(0, 6).join(', ')}${c.paragraphs.length > 6 ? ' …' : ''})`);
    }
  }
  console.log(failures ? `\n${failures} paragraph(s) of strictly checked texts have errors.` : '\nNo errors in strictly checked texts.');
  return failures > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof ContentError || error instanceof ContentErrors) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
