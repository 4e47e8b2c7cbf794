import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/resources.ts';
import { renderSite } from '../site.ts';
import { downloadsList, glossaryDownloads, textDownloads } from './index.ts';
import { chineseOnlySite, fixtureSite, wuzhiSite } from './test-sites.ts';

const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)" download>/g)].map((m) => m[1]);

describe('the downloads of a text', () => {
  it('are the TMX, TSV, JSON files and the indicators CSV of a translated text with indicators', () => {
    const { site, doc } = wuzhiSite();
    expect(textDownloads(doc, site).map((p) => p.path)).toEqual([
      'wuzhi-2020/downloads/wuzhi-2020.tmx',
      'wuzhi-2020/downloads/wuzhi-2020.tsv',
      'wuzhi-2020/downloads/wuzhi-2020.json',
      'wuzhi-2020/downloads/wuzhi-2020_root-zh.json',
      'wuzhi-2020/downloads/wuzhi-2020_translation-en.json',
      'wuzhi-2020/downloads/wuzhi-2020-indicators.csv',
    ]);
    expect(glossaryDownloads(site).map((p) => p.path)).toEqual(['glossary/glossary.csv', 'glossary/glossary.tbx']);
  });

  it('leave out the TMX and the English of a Chinese-only text, and the CSV of a text without indicators', () => {
    const { site, doc } = chineseOnlySite();
    expect(textDownloads(doc, site).map((p) => p.path)).toEqual(['sample/downloads/sample.tsv', 'sample/downloads/sample.json', 'sample/downloads/sample_root-zh.json']);
    expect(hrefs(downloadsList(doc, site))).toEqual([
      '/sample/downloads/sample.tsv',
      '/sample/downloads/sample.json',
      '/sample/downloads/sample_root-zh.json',
      '/glossary/glossary.csv',
      '/glossary/glossary.tbx',
    ]);
  });

  it('are listed on the reader page under "Download", each label re-translatable, every link a file the site builds', () => {
    const { site, doc } = fixtureSite();
    const list = downloadsList(doc, site);
    expect(list).toContain(`<h3 id="downloads-heading"><span data-i18n="downloads.heading">${translate('en', 'downloads.heading')}</span></h3>`);
    expect(list).toContain(`<a href="/sample/downloads/sample.tmx" download><span data-i18n="downloads.tmx">${translate('en', 'downloads.tmx')}</span></a>`);
    const built = new Set(renderSite(site, { head: '' }).map((p) => `/${p.path}`));
    expect(hrefs(list)).toHaveLength(8);
    for (const href of hrefs(list)) expect(built.has(href!), href).toBe(true);
  });
});
