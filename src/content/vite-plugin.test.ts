import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { clientModulesFile, contentPlugin } from './vite-plugin.ts';
import { sampleProject } from './fixtures/sample.ts';

const tempCache = () => mkdtempSync(join(tmpdir(), 'rdr-cache-'));

/** Every file under `dir`, by path, with its bytes as text. */
function filesOf(dir: string, at = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(dir, at))) {
    const path = join(at, name);
    if (statSync(join(dir, path)).isDirectory()) for (const [p, text] of filesOf(dir, path)) files.set(p, text);
    else files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

/** The content pipeline as Vite runs it: a production build, and the dev server's pages. */
const root = join(import.meta.dirname, '../..');
const ZH = '@title\n# 示例\n\n@1.0.1\n第一段，增长3.6%，达到4.36万亿元。\n';
const EN = '@title\n# Example\n\n@1.0.1\nThe first paragraph: up 3.6 percent, to 4.36 trillion yuan.\n';

describe('the Vite plugin', { timeout: 120_000 }, () => {
  it('builds every page of the content, with the bundle linked in each', async () => {
    const content = sampleProject({ 'zh.md': ZH, 'en.md': EN });
    const outDir = mkdtempSync(join(tmpdir(), 'rdr-build-'));
    await build({ configFile: false, root, logLevel: 'silent', plugins: [contentPlugin({ contentRoot: content, cacheDir: tempCache() })], build: { outDir, emptyOutDir: true } });
    const reader = readFileSync(join(outDir, 'sample/index.html'), 'utf8');
    expect(reader).toContain('4.36万亿元');
    expect(reader).not.toContain('<!--rdr:assets-->');
    const script = /<script type="module" src="\/(assets\/[^"]+\.js)"><\/script>/.exec(reader)?.[1];
    expect(script && existsSync(join(outDir, script))).toBe(true);
    expect(JSON.parse(readFileSync(join(outDir, 'sample/cards.json'), 'utf8'))['fig:1.0.1/2']).toContain('4.36 trillion yuan');
    // The module list for the budget check is written beside the site, not in it.
    expect(existsSync(clientModulesFile(root, outDir))).toBe(true);
    expect(existsSync(join(outDir, '.vite'))).toBe(false);
  });

  it('reuses an unchanged text at the next build, and writes the same site', async () => {
    const content = sampleProject({ 'zh.md': ZH, 'en.md': EN });
    const cacheDir = tempCache();
    const lines: string[] = [];
    const customLogger = { ...createLogger('info'), info: (line: string) => void lines.push(line) };
    const once = async () => {
      const outDir = mkdtempSync(join(tmpdir(), 'rdr-build-'));
      await build({ configFile: false, root, customLogger, plugins: [contentPlugin({ contentRoot: content, cacheDir })], build: { outDir, emptyOutDir: true } });
      return filesOf(outDir);
    };
    const first = await once();
    const second = await once();
    expect(lines.filter((l) => l.startsWith('rdr-content: ') && l.includes('reused'))).toEqual([
      'rdr-content: 0 of 1 text(s) reused from the content cache (RDR_CACHE=off builds every text)',
      'rdr-content: 1 of 1 text(s) reused from the content cache (RDR_CACHE=off builds every text)',
    ]);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [path, text] of first) expect(second.get(path), path).toBe(text);
    expect(first.get('sample/index.html')).toContain('4.36万亿元');
  });

  it('stops the build on bad content with file:line and no stack trace', async () => {
    const content = sampleProject({ 'zh.md': ZH, 'en.md': EN.replace('@1.0.1', '@1.0.9') });
    const outDir = mkdtempSync(join(tmpdir(), 'rdr-build-'));
    await expect(build({ configFile: false, root, logLevel: 'silent', plugins: [contentPlugin({ contentRoot: content, cacheDir: tempCache() })], build: { outDir } })).rejects.toThrow(
      /texts\/sample\/zh\.md:4: paragraph 1\.0\.1 has no English translation/,
    );
  });

  it('serves the pages in development, rebuilt from the files at every request, and shows content errors as file:line', async () => {
    const content = sampleProject({ 'zh.md': ZH, 'en.md': EN });
    const server = await createServer({ configFile: false, root, logLevel: 'silent', plugins: [contentPlugin({ contentRoot: content, cacheDir: tempCache() })], server: { host: '127.0.0.1', port: 0, strictPort: false } });
    await server.listen();
    try {
      const address = server.httpServer!.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const page = await fetch(`${base}/sample/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      expect(html).toContain('第一段');
      expect(html).toContain('src="/src/main.ts"');
      const cards = await fetch(`${base}/sample/cards.json`);
      expect(cards.headers.get('content-type')).toBe('application/json; charset=utf-8');
      // An edit shows at the next request; a mistake shows as its file and line.
      writeFileSync(join(content, 'texts/sample/en.md'), EN.replace('@1.0.1', '@1.0.9'));
      const broken = await fetch(`${base}/sample/`);
      expect(broken.status).toBe(500);
      const message = await broken.text();
      expect(message).toMatch(/^Content errors:\n/);
      expect(message).toMatch(/^texts\/sample\/zh\.md:4: paragraph 1\.0\.1 has no English translation/m);
      expect(message).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    } finally {
      await server.close();
    }
  });
});
