import { expect, test } from '@playwright/test';
import { SUBPATH_SITE } from '../playwright.config.ts';

/** The site built with `vite build --base=/policy-reader/`, served under that path as a project page is. */
test.describe('under a sub-path', () => {
  test('every link, asset and fetch of the reader stays under the sub-path', async ({ page }) => {
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === new URL(SUBPATH_SITE).origin && !url.pathname.startsWith('/policy-reader/')) outside.push(url.pathname);
    });
    await page.goto(`${SUBPATH_SITE}/`);
    await page.locator('.library-item a').first().click();
    await expect(page).toHaveURL(`${SUBPATH_SITE}/wuzhi-2020/`);
    // The script and styles loaded: the components are defined and the term popup fetches its cards.
    await page.locator('[id="1.1.1"] .cell.zh a.term', { hasText: '三大改造' }).first().hover();
    await expect(page.locator('rdr-term-popup')).toContainText('Three Major Transformations');
    const hrefs = await page.locator('main a[href^="/"], header a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(50);
    expect(hrefs.filter((h) => !h.startsWith('/policy-reader/'))).toEqual([]);
    await page.locator('header').getByRole('link', { name: 'Glossary' }).click();
    await expect(page).toHaveURL(`${SUBPATH_SITE}/glossary/`);
    await expect(page.locator('article.entry').first()).toBeVisible();
    expect(outside).toEqual([]);
  });

  test('search finds a term and opens its paragraph under the sub-path', async ({ page }) => {
    await page.goto(`${SUBPATH_SITE}/wuzhi-2020/`);
    await page.keyboard.press('/');
    await page.keyboard.type('四好农村路');
    const hit = page.locator('rdr-search a[href*="wuzhi-2020"]').first();
    await expect(hit).toHaveAttribute('href', /^\/policy-reader\/wuzhi-2020\//);
    await hit.click();
    await expect(page).toHaveURL(/\/policy-reader\/wuzhi-2020\/#/);
  });
});
