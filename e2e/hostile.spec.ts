import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_SITE } from '../playwright.config.ts';
import { HOSTILE } from '../src/content/fixtures/hostile.ts';
import { READER } from './helpers.ts';

/** Fails the test if any script the page did not ship runs: an alert, a page error, an injected node. */
function guard(page: Page): () => Promise<void> {
  const ran: string[] = [];
  page.on('dialog', (d) => {
    ran.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => ran.push(`error: ${e.message}`));
  return async () => {
    const injected = await page.evaluate(() => document.querySelectorAll('img, iframe, object, embed, svg[onload], script:not([type="module"]):not([type="application/json"]), base, meta[http-equiv="refresh"]').length);
    expect(ran).toEqual([]);
    expect(injected).toBe(0);
  };
}

test.describe('hostile input never runs', () => {
  test('hostile metadata, text and glossary content show as text', async ({ page }) => {
    const check = guard(page);
    await page.goto(`${FIXTURE_SITE}/hostile-demo/`);
    await expect(page.locator('.doc-meta')).toContainText('<svg onload=alert(1)>');
    await expect(page.locator('.cell.en[data-para="1.0.1"]')).toContainText('<script>alert(1)</script> is only text');
    await expect(page.locator('.cell.en[data-para="1.0.2"] code')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(page).toHaveTitle(/Hostile Input Example "><img src=x onerror=alert\(1\)>/);
    await page.locator('.cell.zh[data-para="1.0.1"] a.term').hover();
    await expect(page.locator('rdr-term-popup')).toContainText('<svg onload=alert(1)>');
    await page.locator('[id="1.0.1"] rdr-para-actions').getByRole('button', { name: /^Cite/ }).click();
    await expect(page.getByRole('dialog').locator('pre[data-format="chicago"]')).toContainText('trans. Test fixture"}</script><script>alert(1)</script>');
    await page.goto(`${FIXTURE_SITE}/glossary/`);
    await expect(page.locator('#san-da-gai-zao')).toContainText('</template><script>alert(1)</script>');
    await check();
  });

  test(`${HOSTILE.length} hostile URL hashes show a notice at most`, async ({ page }) => {
    test.setTimeout(90_000);
    const check = guard(page);
    await page.goto(READER);
    for (const payload of HOSTILE) {
      await page.evaluate((h) => (location.hash = h), payload);
      await page.evaluate((h) => (location.hash = encodeURIComponent(h)), payload);
    }
    await page.goto(`${READER}#${encodeURIComponent('1.3.1?lang=zh&q=<img src=x onerror=alert(1)>&pre="><script>alert(1)</script>')}`);
    await page.goto(`${READER}#1.3.1?lang=zh&q=${encodeURIComponent('<svg onload=alert(1)>')}`);
    await expect(page.locator('rdr-para-target').getByRole('status')).toContainText('was not found in paragraph 1.3.1');
    await check();
  });

  test(`${HOSTILE.length} hostile searches show as text`, async ({ page }) => {
    test.setTimeout(90_000);
    const check = guard(page);
    await page.goto(READER);
    const box = page.getByRole('searchbox', { name: 'Search' });
    for (const payload of HOSTILE) await box.fill(payload);
    await expect(page.locator('rdr-search [part="results"]')).toContainText('Nothing found for “</script><script>alert(1)</script>”');
    await check();
  });
});
