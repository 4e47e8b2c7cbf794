import type { Translate } from '../i18n/keys.ts';
import { emit } from '../events/index.ts';
import { copyWithNotice, pageUrl } from './clipboard.ts';
import { formatHash, type CitationTarget } from './hash.ts';

/** The permalink of a paragraph, range or phrase of the current page. */
export function citationUrl(target: CitationTarget): string {
  return pageUrl() + formatHash(target);
}

/** "Copy link": the target's permalink to the clipboard, confirmed in the live region. */
export async function copyCitationLink(from: EventTarget, target: CitationTarget, t: Translate): Promise<void> {
  const url = citationUrl(target);
  await copyWithNotice(from, url, { copied: t('cite.linkCopied', { url }), manual: t('cite.copyManually') });
}

/** "Cite": asks the page's citation dialog to open on the target. */
export function requestCitation(from: EventTarget, target: CitationTarget): void {
  emit(from, 'rdr-cite-request', { target });
}
