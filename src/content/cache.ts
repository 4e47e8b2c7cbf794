import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { sitePath } from './base.ts';

/**
 * The build's content cache: what the pipeline made of one text (loaded, checked, annotated,
 * rendered), stored under a hash of everything it was made from, so that a rebuild after one text
 * of a hundred changed redoes that text and the pages that gather all texts, not the other 99.
 *
 * A record's key hashes: every file of the text's folder (names and bytes), every file of
 * glossary/ (the annotation and the term cards read it), the pipeline's own source (every file
 * under src/ and package-lock.json: a change of code or of a library version rebuilds all), the
 * base path and the site address (both are written into links), and the record's kind. Nothing a
 * record holds can come from an input its key leaves out; a record that cannot be read is built
 * again. Records live in .cache/content/<content root and base>/; a build removes the ones it did
 * not use, and the whole folder can be deleted at any time.
 */
export class ContentCache {
  private readonly used = new Set<string>();
  private readonly salt: string;
  private readonly glossaryHash: string;
  /** The texts whose load came from the cache in this build, by slug. */
  readonly reused = new Set<string>();

  private readonly blobs: string;
  private readonly usedBlobs = new Set<string>();
  /** The size and modification time of each copy when the cache wrote it. */
  private readonly blobStamps: Map<string, { size: number; mtimeMs: number }>;

  private constructor(private readonly dir: string, private readonly contentRoot: string) {
    this.blobs = join(dir, BLOBS);
    mkdirSync(this.blobs, { recursive: true });
    let stamps: Record<string, { size: number; mtimeMs: number }> = {};
    try {
      stamps = JSON.parse(readFileSync(join(this.blobs, STAMPS), 'utf8'));
    } catch {
      // No copies yet, or a list that cannot be read: every copy is written again.
    }
    this.blobStamps = new Map(Object.entries(stamps));
    this.glossaryHash = hashTree(join(contentRoot, 'glossary'));
    this.salt = hashParts([codeHash(), sitePath(), process.env.RDR_SITE_URL ?? '']);
  }

  /**
   * The cache for one content root and base path, in its own folder of `cacheDir`
   * (`.cache/content/` of the project); undefined when RDR_CACHE=off (every build from nothing).
   */
  static open(cacheDir: string, contentRoot: string): ContentCache | undefined {
    if (process.env.RDR_CACHE === 'off') return undefined;
    const root = resolve(contentRoot);
    // A folder per content root and base: builds of the site under two bases do not prune each other's records.
    return new ContentCache(join(cacheDir, hashParts([root, sitePath()]).slice(0, 16)), root);
  }

  /** Each text's key, by slug, once `textKey` has made it. */
  readonly textKeys = new Map<string, string>();

  /** The key of a text folder's records: its files, the glossary, the code, the base and site address. */
  textKey(slug: string, textDir: string): string {
    const key = hashParts([this.salt, this.glossaryHash, relative(this.contentRoot, textDir), hashTree(textDir)]);
    this.textKeys.set(slug, key);
    return key;
  }

  /** A key made of other keys and values (a comparison of two texts, the assets of a page). */
  key(...parts: string[]): string {
    return hashParts([this.salt, ...parts]);
  }

  /** The record stored under `kind` and `key`, if there is one that can be read. */
  recall<T>(kind: string, key: string): T | undefined {
    const name = `${kind}-${key}`;
    const file = join(this.dir, name);
    if (!existsSync(file)) return undefined;
    try {
      const value = deserialize(readFileSync(file)) as T;
      this.used.add(name);
      return value;
    } catch {
      // A torn or foreign record is made again.
      return undefined;
    }
  }

  /** Keeps `value` for the next build. */
  store(kind: string, key: string, value: unknown): void {
    const name = `${kind}-${key}`;
    this.used.add(name);
    const file = join(this.dir, name);
    // Written whole, then renamed: a build stopped half way leaves no half record.
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, serialize(value));
    renameSync(part, file);
  }

  /** The record under `kind` and `key`, or what `make` returns, kept for the next build. */
  remember<T>(kind: string, key: string, make: () => T): T {
    const found = this.recall<T>(kind, key);
    if (found !== undefined) return found;
    const value = make();
    this.store(kind, key, value);
    return value;
  }

  /**
   * Writes a file of the site. The cache keeps one copy of each file's bytes, named by their hash,
   * and the site's file is a hard link to it: a rebuild writes only the files whose bytes changed.
   * A copy whose size or modification time is no longer what the cache wrote (someone wrote into a
   * file of the site in place) is written again; where a link cannot be made (another file system),
   * the file is written plainly.
   */
  place(target: string, bytes: Buffer): void {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const blob = join(this.blobs, hash);
    this.usedBlobs.add(hash);
    const known = this.blobStamps.get(hash);
    let stat = existsSync(blob) ? statSync(blob) : undefined;
    if (stat && (!known || known.size !== stat.size || known.mtimeMs !== stat.mtimeMs || stat.size !== bytes.length)) {
      rmSync(blob, { force: true });
      stat = undefined;
    }
    try {
      if (!stat) {
        const part = `${blob}.${process.pid}.part`;
        writeFileSync(part, bytes);
        renameSync(part, blob);
        stat = statSync(blob);
        this.blobStamps.set(hash, { size: stat.size, mtimeMs: stat.mtimeMs });
      }
      rmSync(target, { force: true });
      linkSync(blob, target);
    } catch {
      writeFileSync(target, bytes);
    }
  }

  /** Removes the records and copies this build did not use (texts removed or changed, older code). */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (name !== BLOBS && !this.used.has(name)) rmSync(join(this.dir, name), { force: true });
    if (!this.usedBlobs.size) return;
    for (const name of readdirSync(this.blobs)) if (!this.usedBlobs.has(name)) rmSync(join(this.blobs, name), { force: true });
    for (const hash of this.blobStamps.keys()) if (!this.usedBlobs.has(hash)) this.blobStamps.delete(hash);
    writeFileSync(join(this.blobs, STAMPS), JSON.stringify(Object.fromEntries(this.blobStamps)));
    this.usedBlobs.add(STAMPS);
  }
}

/** The folder of the site's files by hash, and its list of what the cache wrote. */
const BLOBS = 'files';
const STAMPS = 'stamps.json';

function hashParts(parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

/** Every file under `dir` (names relative to it, and bytes), in a fixed order; '' when it does not exist. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) {
        const bytes = readFileSync(path);
        hash.update(`${relative(dir, path)}\0${bytes.length}\0`);
        hash.update(bytes);
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return hash.digest('hex');
}

let code: string | undefined;
/** The pipeline's source and the locked library versions. */
function codeHash(): string {
  if (code === undefined) {
    const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');
    const lock = join(src, '..', 'package-lock.json');
    code = hashParts([hashTree(src), existsSync(lock) ? readFileSync(lock, 'utf8') : '']);
  }
  return code;
}
