import { join } from 'node:path';
import { loadText, type TextDoc } from '../src/content/load-text.ts';

const root = join(import.meta.dirname, '..');

/** The Wuzhi text as the build sees it, so tests compare the page with the source files. */
export function wuzhi(): TextDoc {
  return loadText(join(root, 'texts/wuzhi-2020'), { root });
}

export const READER = '/wuzhi-2020/';
