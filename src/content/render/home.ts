import { sitePath } from '../base.ts';
import { translate } from '../../i18n/resources.ts';
import type { TextDoc } from '../load/text.ts';
import { label } from './labels.ts';
import { escapeHtml } from '../load/markdown.ts';
import type { ComparePair } from '../compare/pairs.ts';
import { compareList } from './compare.ts';
import { type PageAssets, type Page, layout, formatDate } from './layout.ts';
import { translatedCount } from './reader.ts';

/** The library page: every text, what it is, how much of it is translated, and the comparisons. */

export function renderHome(docs: TextDoc[], assets: PageAssets, comparisons: ComparePair[] = []): Page {
  const items = docs
    .map((doc) => {
      const count = doc.paragraphs.length;
      const done = translatedCount(doc);
      const translation = !doc.meta.translation
        ? label('home.chineseOnly')
        : done < count
          ? label('home.translated', { done, count })
          : doc.meta.translation.kind === 'existing'
            ? label('home.existingTranslation')
            : '';
      return `<li class="library-item">
<h2><a href="${sitePath(`${escapeHtml(doc.slug)}/`)}"><span lang="en">${escapeHtml(doc.meta.title.en)}</span> <span lang="zh-Hans" class="library-zh">${escapeHtml(doc.meta.title.zh)}</span></a></h2>
<p class="library-meta">${escapeHtml(doc.meta.issuer.en)} · <time datetime="${doc.meta.date}">${formatDate(doc.meta.date)}</time> · ${label('home.paragraphs', { count })}${translation ? ` · ${translation}` : ''}${doc.meta.excerpt ? ` · <strong class="badge">${label('home.excerpt')}</strong>` : ''}</p>
</li>`;
    })
    .join('\n');
  return {
    path: 'index.html',
    html: layout({
      title: translate('en', 'site.name'),
      description: translate('en', 'site.tagline'),
      assets,
      body: `<main id="main" class="home">
<h1>${label('home.heading')}</h1>
<p class="lede">${label('home.intro')}</p>
<ul class="library">
${items}
</ul>
${compareList(comparisons)}
</main>`,
    }),
  };
}
