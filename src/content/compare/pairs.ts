import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CompareConfigSchema } from '../check/schema.ts';
import { LIMITS, readContentFile } from '../check/content-file.ts';
import { ErrorList } from '../errors.ts';
import type { TextDoc } from '../load/text.ts';
import { parseYamlWithLines } from '../load/yaml.ts';


export const COMPARE_FILE = 'compare.yaml';

export interface ComparePair {
  older: TextDoc;
  newer: TextDoc;
  /** Why the pair is compared: the next text of the same issuer, or listed in compare.yaml. */
  reason: 'issuer' | 'config';
}

/** Texts by date, then slug: the order in which reports follow one another. */
export function byDate(docs: TextDoc[]): TextDoc[] {
  return [...docs].sort((x, y) => x.meta.date.localeCompare(y.meta.date) || x.slug.localeCompare(y.slug));
}

export const comparePath = (pair: { older: TextDoc; newer: TextDoc }) => `/compare/${pair.older.slug}/${pair.newer.slug}/`;

/**
 * Every comparison the site builds: each text against the next text of the same issuer (the
 * issuer's Chinese name, which does not vary with translation), and, given the content root, the
 * pairs of its compare.yaml. A listed pair must name two different texts, the older first.
 * Problems are added to `into` when given (to be reported with the rest of the content), or thrown.
 */
export function comparePairs(docs: TextDoc[], root?: string, into?: ErrorList): ComparePair[] {
  const pairs: ComparePair[] = [];
  const seen = new Set<string>();
  const push = (older: TextDoc, newer: TextDoc, reason: ComparePair['reason']) => {
    const key = `${older.slug}/${newer.slug}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ older, newer, reason });
  };
  const byIssuer = new Map<string, TextDoc[]>();
  for (const doc of byDate(docs)) byIssuer.set(doc.meta.issuer.zh, [...(byIssuer.get(doc.meta.issuer.zh) ?? []), doc]);
  for (const texts of byIssuer.values()) for (let k = 0; k + 1 < texts.length; k++) push(texts[k]!, texts[k + 1]!, 'issuer');

  const path = root === undefined ? undefined : join(root, COMPARE_FILE);
  if (!path || !existsSync(path)) return pairs;
  const errors = into ?? new ErrorList();
  const source = readContentFile(path, COMPARE_FILE, LIMITS.yamlFile, errors);
  const yaml = source === undefined ? undefined : parseYamlWithLines(source, COMPARE_FILE, CompareConfigSchema, errors);
  const config = yaml?.data;
  if (yaml && config) {
    const lineOf = (k: number) => yaml.lineOf(['pairs', k]);
    const bySlug = new Map(docs.map((d) => [d.slug, d]));
    config.pairs.forEach(([a, b], k) => {
      const older = bySlug.get(a);
      const newer = bySlug.get(b);
      for (const [slug, doc] of [[a, older], [b, newer]] as const) {
        if (!doc) errors.add(COMPARE_FILE, lineOf(k), `pair ${k + 1} names "${slug}", which is not a text in texts/`);
      }
      if (!older || !newer) return;
      if (a === b) errors.add(COMPARE_FILE, lineOf(k), `pair ${k + 1} compares ${a} with itself`);
      else if (older.meta.date > newer.meta.date) errors.add(COMPARE_FILE, lineOf(k), `pair ${k + 1} lists ${a} (${older.meta.date}) before ${b} (${newer.meta.date}); list the older text first`);
      else push(older, newer, 'config');
    });
  }
  if (!into) errors.throwIfAny();
  return pairs;
}
