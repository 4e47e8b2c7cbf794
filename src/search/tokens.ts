import { fold } from './fold.ts';

/**
 * The tokens of the sharded search index, shared by the build (which indexes every paragraph) and
 * the browser (which looks a query up). Chinese is not written with spaces, so a run of Han
 * characters gives its overlapping character pairs (四好农村路: 四好 好农 农村 村路), the usual
 * CJK indexing: any substring of two or more characters is found through its pairs. Other
 * letters and digits give words (rural, roads, 463.3, pm2.5), folded as search folds them.
 */
const TOKEN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.:](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;
const HAN = /^\p{Script=Han}/u;

/** Every token of a text, each once. A lone Han character between other characters is its own token. */
export function textTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const [run] of fold(text).matchAll(TOKEN)) {
    if (!HAN.test(run)) tokens.add(run);
    else if (run.length === 1) tokens.add(run);
    else for (let i = 0; i + 1 < run.length; i++) tokens.add(run.slice(i, i + 2));
  }
  return tokens;
}

/**
 * What a query asks of the index: each part is a token a matching paragraph must hold, exactly, or
 * (`prefix`) any token starting with it, for a word typed in part or cut by the query ("road" in
 * "roads"). A lone Han character of a longer query asks nothing: its pairs are in the neighbouring
 * parts. A query of one Han character is looked up as that character standing alone.
 */
export interface QueryPart {
  token: string;
  prefix: boolean;
}

export function queryParts(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  const runs = [...fold(query).matchAll(TOKEN)].map((m) => m[0]);
  for (const run of runs) {
    if (!HAN.test(run)) parts.push({ token: run, prefix: run.length >= PREFIX_KEY });
    else if (run.length === 1) {
      if (runs.length === 1) parts.push({ token: run, prefix: false });
    } else for (let i = 0; i + 1 < run.length; i++) parts.push({ token: run.slice(i, i + 2), prefix: false });
  }
  return parts;
}

/**
 * A word is sharded by its first three characters, so a prefix of three or more is looked up in one
 * shard; a Han pair, by itself.
 */
export const PREFIX_KEY = 3;
export const shardKey = (token: string): string => (HAN.test(token) ? token : token.slice(0, PREFIX_KEY));

/** A posting list as the shard files write it: base-36 differences, comma-separated. */
export function encodePostings(refs: number[]): string {
  let last = 0;
  return refs
    .map((ref) => {
      const step = ref - last;
      last = ref;
      return step.toString(36);
    })
    .join(',');
}

export function decodePostings(list: string): number[] {
  let last = 0;
  return list.split(',').map((step) => (last += parseInt(step, 36)));
}
