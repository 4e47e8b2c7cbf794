import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_SITE } from '../playwright.config.ts';
import { READER, sourceParagraphs } from './helpers.ts';

// The Wuzhi paragraphs as texts/wuzhi-2020/zh.md and en.md are written.
const paragraphs = sourceParagraphs('wuzhi-2020');
const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

test.describe('view modes', () => {
  test('Chinese only, English only and both; swap; all remembered across a reload', async ({ page }) => {
    await page.goto(READER);
    const controls = page.locator('rdr-view-controls');
    await controls.getByRole('button', { name: '中文 only' }).click();
    await expect(page.locator('.cell.en').first()).toBeHidden();
    await expect(page.locator('.cell.zh').first()).toBeVisible();
    await page.reload();
    await expect(page.locator('.cell.en').first()).toBeHidden();
    await expect(controls.getByRole('button', { name: '中文 only' })).toHaveAttribute('aria-pressed', 'true');

    await controls.getByRole('button', { name: 'English only' }).click();
    await expect(page.locator('.cell.zh').first()).toBeHidden();
    await expect(page.locator('.cell.en').first()).toBeVisible();

    await controls.getByRole('button', { name: 'Both' }).click();
    await controls.getByRole('button', { name: 'Swap columns' }).click();
    await page.reload();
    const zh = await box(page, '[id="1.0.2"] .cell.zh');
    const en = await box(page, '[id="1.0.2"] .cell.en');
    expect(en.x + en.width).toBeLessThan(zh.x);
    expect(Math.abs(en.y - zh.y)).toBeLessThanOrEqual(1);
  });

  test('a corrupted stored view is ignored', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('rdr:view', '{"mode": "klingon", "swap": "yes"');
      localStorage.setItem('rdr:theme', '<script>');
      localStorage.setItem('rdr:font-step', '999');
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(READER);
    await expect(page.locator('.cell.zh').first()).toBeVisible();
    await expect(page.locator('.cell.en').first()).toBeVisible();
    await expect(page.locator('rdr-view-controls').getByRole('button', { name: 'Both' })).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    test('stacked, and with "English on tap" a paragraph shows its English when tapped', async ({ page }) => {
      await page.goto(READER);
      // On a phone the view controls are behind the sticky bar's "View" button.
      await page.locator('rdr-view-controls').getByRole('button', { name: 'View: Both' }).tap();
      await page.locator('rdr-view-controls').getByRole('button', { name: 'English on tap' }).tap();
      const en = page.locator('[id="1.0.4"] .cell.en');
      await expect(en).toBeHidden();
      await page.locator('[id="1.0.4"] .cell.zh').tap({ position: { x: 5, y: 5 } });
      await expect(en).toBeVisible();
      await expect(page.locator('[id="1.0.5"] .cell.en')).toBeHidden();
      // Keyboard users get a button for the same thing.
      const show = page.locator('[id="1.0.5"] rdr-para-actions').getByRole('button', { name: 'Show English of paragraph 1.0.5' });
      await show.click();
      await expect(page.locator('[id="1.0.5"] .cell.en')).toBeVisible();
      await expect(page.locator('[id="1.0.5"] rdr-para-actions').getByRole('button', { name: 'Hide English of paragraph 1.0.5' })).toHaveAttribute('aria-expanded', 'true');
    });
  });
});

test.describe('sentence-level linking', () => {
  test('hovering a Chinese sentence highlights the English that translates it, and the reverse', async ({ page }) => {
    await page.goto(`${READER}#1.0.2`);
    await page.locator('[id="1.0.2"] .cell.zh span.s[data-s="3"]').hover();
    const aligned = page.locator('[id="1.0.2"] .cell.en span.s.is-aligned');
    await expect(aligned).toHaveCount(1);
    await expect(aligned).toContainText('46.33 billion yuan');
    await page.locator('[id="1.0.2"] .cell.en span.s[data-s="5"]').hover();
    await expect(page.locator('[id="1.0.2"] .cell.zh span.s.is-aligned')).toContainText('税收收入达11.5亿元');
  });

  test('a sentence translated as two is linked to both', async ({ page }) => {
    // The Wuzhi translation is sentence for sentence; the imported fixture's English splits one (1.0.5: 2=2+3).
    await page.goto(`${FIXTURE_SITE}/example-province-2021/#1.0.5`);
    await page.locator('[id="1.0.5"] .cell.zh span.s', { hasText: '优良天数比例' }).hover();
    const aligned = page.locator('[id="1.0.5"] .cell.en span.s.is-aligned');
    await expect(aligned).toHaveCount(2);
    await expect(aligned.nth(0)).toContainText('PM2.5 concentration');
    await expect(aligned.nth(1)).toContainText('good or excellent air quality');
  });

  test('every paragraph of the text has its sentences aligned', async ({ page }) => {
    await page.goto(READER);
    const unaligned = await page.locator('.cell').evaluateAll((cells) => cells.filter((c) => c.querySelectorAll('span.s[data-s]').length === 0).length);
    expect(unaligned).toBe(0);
  });
});

test.describe('interface language', () => {
  test.describe('a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('gets a Chinese interface and the same document text', async ({ page }) => {
      await page.goto(READER);
      await expect(page.locator('.site-nav')).toContainText('文库');
      await expect(page.locator('.site-nav')).toContainText('术语表');
      await expect(page.locator('rdr-view-controls').getByRole('button', { name: '对照' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      for (const p of paragraphs.slice(0, 8)) {
        await expect(page.locator(`.cell.en[data-para="${p.id}"]`)).toHaveText(p.en);
        await expect(page.locator(`.cell.zh[data-para="${p.id}"]`)).toHaveText(p.zh);
      }
    });
  });

  test.describe('an English browser', () => {
    test.use({ locale: 'en-US' });
    test('gets an English interface, can switch to Chinese, and it is remembered', async ({ page }) => {
      await page.goto(READER);
      await expect(page.locator('.site-nav')).toContainText('Library');
      await page.locator('rdr-settings').getByRole('button', { name: 'Settings' }).click();
      await page.locator('rdr-settings').getByRole('button', { name: '中文' }).click();
      await expect(page.locator('.site-nav')).toContainText('文库');
      await expect(page.locator('rdr-para-actions').first().getByRole('button').first()).toHaveText('复制链接');
      await expect(page.locator('.cell.en[data-para="1.0.2"]')).toHaveText(paragraphs.find((p) => p.id === '1.0.2')!.en);
      await page.reload();
      await expect(page.locator('.site-nav')).toContainText('文库');
      await page.locator('rdr-settings').getByRole('button', { name: '设置' }).click();
      await page.locator('rdr-settings').getByRole('button', { name: 'English' }).click();
      await expect(page.locator('.site-nav')).toContainText('Library');
    });
  });
});

test.describe('search', () => {
  const searchFor = async (page: Page, query: string) => {
    await page.goto(READER);
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    return page.locator('rdr-search').getByRole('region', { name: 'Search' });
  };

  test('finds 四好农村路 in the text and in the glossary, and jumps to a hit', async ({ page }) => {
    const results = await searchFor(page, '四好农村路');
    await expect(results).toContainText('¶ 1.3.1');
    await expect(results.getByRole('link', { name: /四好农村路.*sì hǎo/ })).toHaveAttribute('href', '/glossary/#si-hao-nong-cun-lu');
    await results.getByRole('link', { name: /¶ 1\.3\.1/ }).first().click();
    await expect(page).toHaveURL(/#1\.3\.1\?lang=zh&q=/);
    await expect(page.locator('[id="1.3.1"]')).toHaveClass(/is-target/);
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('rdr-cited-phrase') ?? [])].map((r) => r.toString()))).toEqual(['四好农村路']);
  });

  test('finds "rural roads" whatever the case', async ({ page }) => {
    const results = await searchFor(page, 'RURAL ROADS');
    await expect(results.getByRole('link', { name: /¶ 1\.3\.1.*Rural Roads/ }).first()).toBeVisible();
  });

  test('finds a glossary term by pinyin without tones', async ({ page }) => {
    const results = await searchFor(page, 'sihao');
    await expect(results.getByRole('link', { name: /四好农村路/ })).toBeVisible();
  });

  test('shows the first results, then more on request, with focus on the first new one, until every paragraph with the word is listed', async ({ page }) => {
    // Counted from the source files: the Chinese paragraphs that hold 发展.
    const holding = sourceParagraphs('wuzhi-2020').filter((p) => p.zh.includes('发展')).map((p) => p.id);
    expect(holding.length).toBeGreaterThan(20);
    const results = await searchFor(page, '发展');
    const hits = results.getByRole('link', { name: /^¶ / });
    await expect(hits.first()).toBeVisible();
    const first = await hits.count();
    expect(first).toBeLessThan(holding.length);
    const more = results.getByRole('button', { name: `More results (${first} shown)` });
    await more.click();
    await expect.poll(() => hits.count()).toBeGreaterThan(first);
    await expect(hits.nth(first)).toBeFocused();
    while (await results.getByRole('button', { name: /More results/ }).count()) await results.getByRole('button', { name: /More results/ }).click();
    const ids = new Set((await results.locator('li a .where').allTextContents()).map((t) => t.replace(/^¶ /, '')));
    expect([...ids].filter((id) => holding.includes(id!)).sort()).toEqual([...holding].sort());
  });

  test('says when nothing is found', async ({ page }) => {
    const results = await searchFor(page, 'zzzqqq');
    await expect(results).toContainText('Nothing found for “zzzqqq”');
  });
});

test.describe('keyboard', () => {
  test('j and k move between paragraphs, / focuses search, ? lists the shortcuts, Esc closes', async ({ page }) => {
    await page.goto(READER);
    await page.keyboard.press('j');
    const first = await page.evaluate(() => document.activeElement?.id);
    expect(first).toBe('title');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('0.2');
    await expect(page.locator('[id="0.2"]')).toBeInViewport();
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('0.1');
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 2, y: 400 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Next paragraph');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('every control is reachable by Tab with a visible focus ring', async ({ page }) => {
    await page.goto(READER);
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        let el = document.activeElement as Element | null;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el) return null;
        const style = getComputedStyle(el);
        return { name: `${el.tagName}:${el.textContent?.trim().slice(0, 20) ?? ''}:${el.getAttribute('aria-label') ?? ''}`, ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      expect(info, `tab stop ${i}`).not.toBeNull();
      expect(info!.ring, `focus ring on ${info!.name}`).toBe(true);
      seen.add(info!.name);
    }
    expect([...seen].some((n) => n.includes('Search'))).toBe(true);
    expect([...seen].some((n) => n.includes('中文 only'))).toBe(true);
  });
});

test.describe('outline', () => {
  test('lists the parts and sections and follows scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(READER);
    const outline = page.locator('rdr-outline nav');
    await expect(outline.getByRole('link')).toHaveCount(3 + 8);
    await page.locator('[id="1.4.1"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('1.4.1')!.scrollIntoView({ block: 'start' }));
    await expect(outline.locator('a[aria-current="location"]')).toHaveAttribute('href', '#1.4.1');
    await page.evaluate(() => document.getElementById('3.2.1')!.scrollIntoView({ block: 'start' }));
    await expect(outline.locator('a[aria-current="location"]')).toHaveAttribute('href', '#3.2.1');
    await outline.getByRole('link', { name: /二、2020年工作总体要求/ }).click();
    await expect(page.locator('[id="2"]')).toBeInViewport();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('is collapsed until opened', async ({ page }) => {
      await page.goto(READER);
      const nav = page.locator('rdr-outline nav');
      await expect(nav).toBeHidden();
      await page.locator('rdr-outline summary').click();
      await expect(nav).toBeVisible();
    });
  });
});

test.describe('appearance', () => {
  test('dark theme and larger text, remembered', async ({ page }) => {
    await page.goto(READER);
    const settings = page.locator('rdr-settings');
    await settings.getByRole('button', { name: 'Settings' }).click();
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await settings.getByRole('button', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(dark).not.toBe(light);
    const size = () => page.locator('.cell.en[data-para="1.0.2"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await settings.getByRole('button', { name: 'Larger text' }).click();
    expect(await size()).toBeGreaterThan(before);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await size()).toBeGreaterThan(before);
  });

  test('follows the system when no theme is chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(READER);
    const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(dark).toBe('rgb(23, 22, 26)');
    expect(light).toBe('rgb(253, 252, 249)');
  });
});
