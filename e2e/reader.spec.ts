import { expect, test } from '@playwright/test';
import { READER, sourceParagraphs } from './helpers.ts';

// The Wuzhi paragraphs as texts/wuzhi-2020/zh.md and en.md are written.
const paragraphs = sourceParagraphs('wuzhi-2020');

test.describe('the reader', () => {
  test('shows every paragraph in both languages, in order', async ({ page }) => {
    await page.goto(READER);
    for (const lang of ['zh', 'en'] as const) {
      const cells = page.locator(`.cell.${lang}[data-para]`);
      await expect(cells).toHaveCount(paragraphs.length);
      const ids = await cells.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.para));
      expect(ids).toEqual(paragraphs.map((p) => p.id));
    }
    for (const p of paragraphs) {
      await expect(page.locator(`.cell.zh[data-para="${p.id}"]`)).toHaveText(p.zh);
      await expect(page.locator(`.cell.en[data-para="${p.id}"]`)).toHaveText(p.en);
    }
    await expect(page.locator('.cell.zh').first()).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.cell.en').first()).toHaveAttribute('lang', 'en');
  });

  test('shows the metadata and says it is an excerpt and where it stops', async ({ page }) => {
    await page.goto(READER);
    const meta = page.locator('.doc-meta');
    await expect(meta).toContainText('武陟县人民政府');
    await expect(meta).toContainText("Wuzhi County People's Government");
    await expect(meta).toContainText('Shen Lin, County Governor');
    await expect(meta).toContainText('April 29, 2020');
    await expect(meta).toContainText('Fifth Session of the 14th People');
    await expect(meta).toContainText('观山文库');
    await expect(meta.locator('.excerpt-notice')).toContainText('Excerpt');
    await meta.getByRole('link', { name: 'See where the source stops' }).click();
    const end = page.locator('#excerpt-end');
    await expect(end).toBeInViewport();
    await expect(end).toContainText('section (2)');
    // The end notice comes right after the last paragraph the source has.
    const previous = await end.evaluate((el) => (el.previousElementSibling as HTMLElement).id);
    expect(previous).toBe('3.2.2');
  });

  test('aligns each Chinese paragraph with its English at 1280 px', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(READER);
    const rows = await page.locator('.row').evaluateAll((els) =>
      els.map((row) => {
        const zh = row.querySelector('.cell.zh')!.getBoundingClientRect();
        const en = row.querySelector('.cell.en')!.getBoundingClientRect();
        return { id: row.id, zhTop: zh.top, enTop: en.top, zhLeft: zh.left, enLeft: en.left, zhRight: zh.right };
      }),
    );
    expect(rows).toHaveLength(paragraphs.length);
    for (const r of rows) {
      expect(Math.abs(r.zhTop - r.enTop), `row ${r.id}`).toBeLessThanOrEqual(1);
      expect(r.enLeft, `row ${r.id}`).toBeGreaterThan(r.zhRight);
    }
  });

  test('stacks Chinese above English at 390 px, with no horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(READER);
    const rows = await page.locator('.row').evaluateAll((els) =>
      els.map((row) => {
        const zh = row.querySelector('.cell.zh')!.getBoundingClientRect();
        const en = row.querySelector('.cell.en')!.getBoundingClientRect();
        return { id: row.id, zhBottom: zh.bottom, enTop: en.top, zhLeft: zh.left, enLeft: en.left };
      }),
    );
    for (const r of rows) {
      expect(r.enTop, `row ${r.id}`).toBeGreaterThanOrEqual(r.zhBottom - 1);
      expect(Math.abs(r.zhLeft - r.enLeft), `row ${r.id}`).toBeLessThanOrEqual(1);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a paragraph link opens on that paragraph, highlighted and focused', async ({ page }) => {
    await page.goto(`${READER}#1.4.1`);
    const row = page.locator('[id="1.4.1"]');
    await expect(row).toBeInViewport();
    await expect(row).toHaveClass(/is-target/);
    await expect(row).toBeFocused();
    // Following another paragraph's link moves the highlight.
    await page.locator('[id="2.0.3"] .para-id').click();
    await expect(page).toHaveURL(/#2\.0\.3$/);
    await expect(page.locator('[id="2.0.3"]')).toHaveClass(/is-target/);
    await expect(row).not.toHaveClass(/is-target/);
    await page.goBack();
    await expect(row).toHaveClass(/is-target/);
  });

  test('an unknown paragraph shows a notice that can be dismissed, with no error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${READER}#9.9.9`);
    const notice = page.getByRole('status');
    await expect(notice).toContainText('This link points to “9.9.9”, which is not a paragraph of this text.');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the home page lists the text and opens it', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: /2020 Government Work Report of Wuzhi County/ });
    await expect(link).toBeVisible();
    await expect(page.locator('.library-item')).toContainText('Excerpt');
    await link.click();
    await expect(page).toHaveURL(/\/wuzhi-2020\/$/);
    await expect(page.locator('h1.cell.zh')).toHaveText('2020年武陟县政府工作报告');
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole text is there and paragraph links still land', async ({ page }) => {
    await page.goto(`${READER}#3.1.3`);
    await expect(page.locator('.cell.zh[data-para]')).toHaveCount(paragraphs.length);
    await expect(page.locator('.cell.en[data-para]')).toHaveCount(paragraphs.length);
    const row = page.locator('[id="3.1.3"]');
    await expect(row).toBeInViewport();
    // :target highlights it without any script.
    const background = await row.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
});
