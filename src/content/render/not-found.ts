import { sitePath } from '../base.ts';
import { translate } from '../../i18n/resources.ts';
import { label } from './labels.ts';
import { layout, type Page, type PageAssets } from './layout.ts';

/** `/404.html`, which static hosts serve for an address that has no page. */
export function renderNotFound(assets: PageAssets): Page {
  return {
    path: '404.html',
    html: layout({
      title: `${translate('en', 'notFound.heading')} · ${translate('en', 'site.name')}`,
      description: translate('en', 'notFound.body'),
      assets,
      body: `<main id="main" class="home">
<h1>${label('notFound.heading')}</h1>
<p class="lede">${label('notFound.body')}</p>
<p><a href="${sitePath()}">${label('site.library')}</a> · <a href="${sitePath('glossary/')}">${label('site.glossary')}</a></p>
</main>`,
    }),
  };
}
