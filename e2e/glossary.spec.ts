import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { READER } from './helpers.ts';

const ENTRY_COUNT = readdirSync(join(import.meta.dirname, '../glossary')).filter((f) => f.endsWith('.md')).length;
const popup = (page: Page) => page.locator('rdr-term-popup');

test.describe('glossary terms in the text', () => {
  test('hovering a term opens its explanation and marks its English counterpart', async ({ page }) => {
    await page.goto(`${READER}#1.3.1`);
    const term = page.locator('.cell.zh[data-para="1.3.1"] a.term[data-term="san-pin-yi-biao"]');
    await term.hover();
    await expect(popup(page)).toBeVisible();
    await expect(popup(page)).toHaveAttribute('role', 'tooltip');
    await expect(term).toHaveAttribute('aria-describedby', 'rdr-term-popup');
    await expect(popup(page).locator('.term-zh')).toHaveText('三品一标');
    await expect(popup(page).locator('.term-pinyin')).toHaveText('sān pǐn yī biāo');
    await expect(popup(page).locator('.term-en')).toContainText('Three Products and One Label');
    await expect(popup(page)).toContainText('National level');
    await expect(popup(page).getByRole('link', { name: /1 occurrence — see all/ })).toHaveAttribute('href', '/glossary/#san-pin-yi-biao');
    const counterpart = page.locator('.cell.en[data-para="1.3.1"] a.term[data-term="san-pin-yi-biao"]');
    await expect(counterpart).toHaveClass(/is-counterpart/);
  });

  test('hovering the English rendering marks the Chinese term', async ({ page }) => {
    await page.goto(`${READER}#1.4.1`);
    await page.locator('.cell.en[data-para="1.4.1"] a.term[data-term="si-shui-tong-zhi"]').first().hover();
    await expect(popup(page).locator('.term-zh')).toHaveText('四水同治');
    await expect(page.locator('.cell.zh[data-para="1.4.1"] a.term[data-term="si-shui-tong-zhi"]').first()).toHaveClass(/is-counterpart/);
  });

  test('the popup stays open while the pointer is over it and its text can be selected', async ({ page }) => {
    await page.goto(`${READER}#1.0.1`);
    const term = page.locator('.cell.zh[data-para="1.0.1"] a.term[data-term="xin-fa-zhan-li-nian"]');
    await term.hover();
    await expect(popup(page)).toBeVisible();
    const box = (await popup(page).boundingBox())!;
    const text = popup(page).locator('.term-def');
    await page.mouse.move(box.x + box.width / 2, box.y + 12, { steps: 5 });
    await page.waitForTimeout(600);
    await expect(popup(page)).toBeVisible();
    await text.dblclick();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected.trim().length).toBeGreaterThan(0);
    // Leaving both closes it.
    await page.mouse.move(5, 5, { steps: 5 });
    await expect(popup(page)).toBeHidden();
  });

  test('the text under the popup never moves', async ({ page }) => {
    await page.goto(`${READER}#1.2.1`);
    const para = page.locator('.cell.en[data-para="1.2.1"]');
    const before = await para.boundingBox();
    await page.locator('.cell.zh[data-para="1.2.1"] a.term').first().hover();
    await expect(popup(page)).toBeVisible();
    expect(await para.boundingBox()).toEqual(before);
  });

  test('Tab reaches every term of a paragraph in order, focus opens it, Escape closes it', async ({ page }) => {
    await page.goto(READER);
    const expected = await page.locator('[id="2.0.3"] a.term').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term));
    expect(expected.length).toBeGreaterThan(10);
    // Start from the last control in the paragraph's gutter (its Cite button).
    await page.locator('[id="2.0.3"] rdr-para-actions').getByRole('button', { name: /^Cite/ }).focus();
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      reached.push((await focused.getAttribute('data-term')) ?? '');
      await expect(popup(page)).toBeVisible();
      await expect(popup(page).locator('.term-head')).toBeVisible();
    }
    expect(reached).toEqual(expected);
    await page.keyboard.press('Escape');
    await expect(popup(page)).toBeHidden();
  });

  test('every term in the page is a focusable link to its glossary entry', async ({ page }) => {
    await page.goto(READER);
    const cards = (await (await page.request.get('/wuzhi-2020/cards.json')).json()) as Record<string, string>;
    const bad = await page.locator('a.term').evaluateAll(
      (els, ids) => els.filter((e) => !(e as HTMLAnchorElement).href.includes('/glossary/#') || (e as HTMLElement).tabIndex < 0 || !ids.includes((e as HTMLElement).dataset.term ?? '')).length,
      Object.keys(cards),
    );
    expect(bad).toBe(0);
    expect(await page.locator('a.term').count()).toBeGreaterThan(300);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap opens the popup without leaving the page, and it stays inside the screen at the right edge', async ({ page }) => {
    await page.goto(READER);
    // The term whose right edge is closest to the screen's right edge.
    const index = await page.locator('.cell.zh a.term').evaluateAll((els) => {
      let best = 0;
      let right = 0;
      els.forEach((e, i) => {
        const r = e.getClientRects();
        const last = r[r.length - 1];
        if (last && last.right > right) {
          right = last.right;
          best = i;
        }
      });
      return best;
    });
    const term = page.locator('.cell.zh a.term').nth(index);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(popup(page)).toBeVisible();
    await expect(page).toHaveURL(/\/wuzhi-2020\/(#.*)?$/);
    const box = (await popup(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // Tapping elsewhere closes it.
    await page.locator('.site-header').tap();
    await expect(popup(page)).toBeHidden();
  });
});

test.describe('the glossary page', () => {
  test('lists every entry sorted by pinyin, with its anchor', async ({ page }) => {
    await page.goto('/glossary/');
    const entries = page.locator('article.entry');
    await expect(entries).toHaveCount(ENTRY_COUNT);
    const order = await entries.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.pinyin ?? ''));
    expect(order).toEqual([...order].sort((a, b) => a.localeCompare(b)));
    expect(order[0]! < order.at(-1)!).toBe(true);
    await page.goto('/glossary/#si-shui-tong-zhi');
    await expect(page.locator('#si-shui-tong-zhi')).toBeInViewport();
  });

  test('says plainly when an entry is not well sourced', async ({ page }) => {
    await page.goto('/glossary/#wu-chuang-san-zhi');
    await expect(page.locator('#wu-chuang-san-zhi .confidence-low')).toContainText('low: not documented in any source we found');
  });

  test('every occurrence link opens the paragraph it names', async ({ page }) => {
    await page.goto('/glossary/');
    const links = await page.locator('a.kwic').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBeGreaterThan(150);
    await page.goto(READER);
    const missing = await page.evaluate((hrefs) => hrefs.filter((h) => !document.getElementById(decodeURIComponent(h.split('#')[1]!))), links);
    expect(missing).toEqual([]);
    await page.goto('/glossary/#san-da-gai-zao');
    const entry = page.locator('#san-da-gai-zao');
    await entry.locator('summary').click();
    await entry.locator('a.kwic').first().click();
    await expect(page).toHaveURL(/\/wuzhi-2020\/#1\.1\.1$/);
    await expect(page.locator('[id="1.1.1"]')).toHaveClass(/is-target/);
  });

  for (const query of ['四好农村路', 'rural roads', 'sihao', 'sì hǎo', 'Si Hao Nongcun']) {
    test(`the filter finds 四好农村路 by "${query}"`, async ({ page }) => {
      await page.goto('/glossary/');
      await page.getByLabel('Filter terms').fill(query);
      await expect(page.locator('#si-hao-nong-cun-lu')).toBeVisible();
      await expect(page.locator('#liu-wen')).toBeHidden();
      await expect(page.getByRole('status')).toContainText(/Showing \d+ of/);
    });
  }
});
