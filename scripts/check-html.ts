/**
 * npm run check:html — the Nu Html Checker (vnu-jar, run with Java) over every built page in
 * dist/. Prints each error with its file and line; exits 1 when there is any.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import vnu from 'vnu-jar';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, process.argv[2] ?? 'dist');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const files = pages(dist);
if (files.length === 0) {
  console.error(`error: no HTML pages in ${relative(root, dist)}; run npm run build first`);
  process.exit(1);
}
const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
if (run.error) {
  console.error(`error: could not run Java for the Nu Html Checker (${run.error.message}); install default-jre-headless`);
  process.exit(1);
}
const errors = (run.stderr + run.stdout).split('\n').filter((l) => l.trim() !== '');
// gnu format: "file:/abs/path.html":line.col-line.col: error: message
for (const line of errors) console.log(line.replace(/^"?(?:file:)?([^"]+)"?:/, (_, file: string) => `${relative(root, file)}:`));
console.log(`Nu Html Checker: ${files.length} pages, ${errors.length} errors.`);
process.exitCode = errors.length > 0 ? 1 : 0;
