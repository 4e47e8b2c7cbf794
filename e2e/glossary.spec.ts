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
    // A popup holding links is a non-modal dialog, not a tooltip.
    await expect(popup(page)).toHaveAttribute('role', 'dialog');
    await expect(term).toHaveAttribute('aria-describedby', 'rdr-term-popup');
    await expect(popup(page).locator('.term-zh')).toHaveText('三品一标');
    await expect(popup(page).locator('.term-pinyin')).toHaveText('sān pǐn yī biāo');
    await expect(popup(page).locator('.term-en')).toContainText('Three Products and One Label');
    await expect(popup(page)).toContainText('National level');
    await expect(popup(page).getByRole('link', { name: /1 occurrence — see all/ })).toHaveAttribute('href', '/glossary/san-pin-yi-biao/');
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

  test('the arrow keys reach every term of a paragraph in order, focus opens it, Escape closes it', async ({ page }) => {
    await page.goto(READER);
    // Terms and figures of a cell are one Tab stop; → goes from one to the next (rdr-shortcuts).
    const cell = page.locator('.cell.zh[data-para="2.0.3"]');
    const expected = await cell.locator('a.term').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term));
    expect(expected.length).toBeGreaterThan(10);
    // From the paragraph's gutter toolbar, Tab enters the cell.
    await page.locator('[id="2.0.3"] a.para-id').focus();
    await page.keyboard.press('Tab');
    const reached: string[] = [];
    for (let i = 0; reached.length < expected.length && i < 100; i++) {
      const term = await page.locator(':focus').getAttribute('data-term');
      if (term) {
        reached.push(term);
        await expect(popup(page)).toBeVisible();
        await expect(popup(page).locator('.term-head')).toBeVisible();
      }
      await page.keyboard.press('ArrowRight');
    }
    expect(reached).toEqual(expected);
    await page.keyboard.press('Escape');
    await expect(popup(page)).toBeHidden();
  });

  test('every term in the page is a link to its glossary entry, and each cell has one Tab stop', async ({ page }) => {
    await page.goto(READER);
    const cards = (await (await page.request.get('/wuzhi-2020/cards.json')).json()) as Record<string, string>;
    const bad = await page.locator('a.term').evaluateAll(
      (els, ids) => els.filter((e) => !(e as HTMLAnchorElement).href.includes('/glossary/#') || !ids.includes((e as HTMLElement).dataset.term ?? '')).length,
      Object.keys(cards),
    );
    expect(bad).toBe(0);
    expect(await page.locator('a.term').count()).toBeGreaterThan(300);
    // Roving tabindex: the others are focusable by script (the arrow keys), not by Tab.
    const stops = await page.locator('.cell[data-para]').evaluateAll((cells) => cells.map((c) => [...c.querySelectorAll<HTMLElement>('a.term, .fig')].map((e) => e.tabIndex)));
    for (const s of stops) {
      if (s.length) expect(s.filter((i) => i === 0)).toHaveLength(1);
      expect(s.every((i) => i === 0 || i === -1)).toBe(true);
    }
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
    // Entries whose pinyin order a person can check: bǎi rì, liù wěn, sì hǎo, zuì duō.
    const heads = await entries.evaluateAll((els) => els.map((e) => e.querySelector('.term-zh')?.textContent ?? ''));
    const at = ['百日攻坚', '六稳', '四好农村路', '最多跑一次'].map((zh) => heads.indexOf(zh));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    await page.goto('/glossary/#si-shui-tong-zhi');
    await expect(page.locator('#si-shui-tong-zhi')).toBeInViewport();
  });

  test('says plainly when an entry is not well sourced', async ({ page }) => {
    await page.goto('/glossary/#wu-chuang-san-zhi');
    await expect(page.locator('#wu-chuang-san-zhi .confidence-low')).toContainText('low: not documented in any source we found');
  });

  test('every occurrence, listed on the term page, opens the paragraph it names', async ({ page }) => {
    await page.goto('/glossary/san-da-gai-zao/');
    const links = await page.locator('a.tracker-where').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBeGreaterThan(2);
    await page.goto(READER);
    const missing = await page.evaluate((hrefs) => hrefs.filter((h) => !document.getElementById(decodeURIComponent(h.split('#')[1]!.split('?')[0]!))), links);
    expect(missing).toEqual([]);
    await page.goto('/glossary/san-da-gai-zao/');
    await page.locator('a.tracker-where').first().click();
    await expect(page).toHaveURL(/\/wuzhi-2020\/#1\.1\.1/);
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
