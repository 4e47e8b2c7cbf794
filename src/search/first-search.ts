import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ShardedSearch } from './sharded.ts';

/**
 * Node only (the budget check and the bench; never imported by the browser): the gzip bytes of
 * every file a first search for `query` fetches from a built site, found by running the browser's
 * own search code over the built files.
 */
export async function firstSearchBytes(distDir: string, query: string): Promise<number> {
  let bytes = 0;
  await new ShardedSearch(async (path) => {
    const body = readFileSync(join(distDir, path));
    bytes += gzipSync(body, { level: 9 }).length;
    return JSON.parse(body.toString('utf8'));
  }).search(query);
  return bytes;
}
