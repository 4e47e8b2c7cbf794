import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { READER, layoutShift, watchLayoutShift } from './helpers.ts';

/** axe-core, WCAG 2.0–2.2 A and AA plus best practices, on what the page shows now. */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('accessibility (axe)', () => {
  // axe reads every element of pages of 1,700 and more: tens of seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });
  test('home page', async ({ page }) => {
    await page.goto('/');
    expect(await axe(page)).toEqual([]);
  });

  test('reader, wide', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(READER);
    expect(await axe(page)).toEqual([]);
  });

  test('reader, narrow', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(READER);
    expect(await axe(page)).toEqual([]);
  });

  test('reader, dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(READER);
    expect(await axe(page)).toEqual([]);
  });

  test('reader, dark, with a range highlighted', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${READER}#1.0.2-1.0.4`);
    expect(await axe(page)).toEqual([]);
  });

  test('reader, popup open', async ({ page }) => {
    await page.goto(`${READER}#1.3.1`);
    await page.locator('.cell.zh[data-para="1.3.1"] a.term').first().focus();
    await expect(page.locator('rdr-term-popup')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('reader, search open', async ({ page }) => {
    await page.goto(READER);
    await page.getByRole('searchbox', { name: 'Search' }).fill('四好农村路');
    await expect(page.locator('rdr-search [part="results"]')).toContainText('¶ 1.3.1');
    expect(await axe(page)).toEqual([]);
  });

  test('reader, citation dialog open, Chinese interface', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(READER);
    await page.locator('[id="1.0.2"] rdr-para-actions').getByRole('button').nth(1).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test('glossary page', async ({ page }) => {
    await page.goto('/glossary/');
    expect(await axe(page)).toEqual([]);
  });

  test('landmarks, one main, headings in order, languages marked', async ({ page }) => {
    await page.goto(READER);
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.locator('header.site-header')).toHaveCount(1);
    await expect(page.locator('footer.site-footer')).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null || h.closest('.visually-hidden')).map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const unmarked = await page.locator('.cell').evaluateAll((cells) => cells.filter((c) => !['zh-Hans', 'en'].includes(c.getAttribute('lang') ?? '')).length);
    expect(unmarked).toBe(0);
  });
});

test.describe('stability and security of the page', () => {
  for (const [name, size] of [
    ['wide', { width: 1280, height: 900 }],
    ['narrow', { width: 390, height: 844 }],
  ] as const) {
    test(`no layout shift when the components upgrade (${name})`, async ({ page }) => {
      await page.setViewportSize(size);
      await watchLayoutShift(page);
      await page.goto(READER);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(800);
      expect(await layoutShift(page)).toBe(0);
    });
  }

  test('everything runs under the Content-Security-Policy, with no violation', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${READER}#1.3.1`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await page.locator('.cell.zh[data-para="1.3.1"] a.term').first().hover();
    await expect(page.locator('rdr-term-popup')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('rural');
    await expect(page.locator('rdr-search [part="results"]')).toContainText('¶');
    await page.locator('[id="1.3.1"] rdr-para-actions').getByRole('button', { name: /^Cite/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  });
});
