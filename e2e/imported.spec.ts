import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE_SITE } from '../playwright.config.ts';

/**
 * Texts as the import command makes them (e2e/fixtures/site/texts/example-province-2021 and
 * chinese-only-demo, written by `npm run import` from e2e/fixtures/raw/; a unit test keeps them in
 * step with the import): an existing English whose paragraphs do not match one to one, and a text
 * with no English at all.
 */
const IMPORTED = `${FIXTURE_SITE}/example-province-2021/`;
const CHINESE_ONLY = `${FIXTURE_SITE}/chinese-only-demo/`;
const popup = 'rdr-term-popup';

test.describe('an imported report with its existing English', () => {
  test('shows every paragraph of the source, the repeated salutation both times, and no page furniture', async ({ page }) => {
    await page.goto(IMPORTED);
    await expect(page.locator('.cell.zh')).toHaveCount(18);
    await expect(page.locator('.cell.zh', { hasText: /^各位代表！$/ })).toHaveCount(2);
    await expect(page.locator('main')).not.toContainText('浏览次数');
    await expect(page.locator('main')).not.toContainText('ICP备');
    // 3~5年 is shown as written, not struck through.
    await expect(page.locator('[id="2.0.2"] .cell.zh')).toContainText('今后3~5年');
    await expect(page.locator('[id="2.0.2"] del')).toHaveCount(0);
  });

  test('a list the English sets line by line stays one row, each item on its own line', async ({ page }) => {
    await page.goto(`${IMPORTED}#2.0.1`);
    const english = page.locator('[id="2.0.1"] .cell.en');
    await expect(english.locator('br')).toHaveCount(5);
    await expect(english).toContainText('• over 1 million new urban jobs');
  });

  test('two Chinese paragraphs translated by one English paragraph: the second says so and links to it', async ({ page }) => {
    await page.goto(`${IMPORTED}#1.0.4`);
    const cell = page.locator('[id="1.0.4"] .cell.en');
    await expect(cell).toHaveText('Translated together with paragraph 1.0.3 above.');
    await cell.getByRole('link').click();
    await expect(page).toHaveURL(/#1\.0\.3$/);
    await expect(page.locator('[id="1.0.3"] .cell.en')).toContainText('continued to improve the business environment');
  });

  test('sentence linking works on the drafted alignment: hovering a Chinese sentence lights its English', async ({ page }) => {
    await page.goto(`${IMPORTED}#1.0.1`);
    await page.locator('[id="1.0.1"] .cell.zh span.s', { hasText: '一般公共预算收入' }).hover();
    const aligned = page.locator('[id="1.0.1"] .cell.en span.s.is-aligned');
    await expect(aligned).toHaveCount(1);
    await expect(aligned).toContainText('215.08 billion yuan');
    // Every translated paragraph has its sentences aligned.
    const unaligned = await page.locator('.cell.zh').evaluateAll((cells) => cells.filter((c) => c.querySelectorAll('span.s[data-s]').length === 0).map((c) => c.getAttribute('data-para')));
    expect(unaligned).toEqual(['1.0.4']);
  });

  test('万亿 is read as trillions, 亿斤 as tonnes, and the English figure is linked to it', async ({ page }) => {
    await page.goto(`${IMPORTED}#1.0.1`);
    await page.locator('[id="1.0.1"] .cell.zh .fig', { hasText: '4.36万亿元' }).hover();
    await expect(page.locator(popup).locator('.term-en')).toHaveText('4.36 trillion yuan');
    await expect(page.locator('[id="1.0.1"] .cell.en .fig', { hasText: '4.36 trillion' })).toHaveClass(/is-counterpart/);
    await page.keyboard.press('Escape');
    await expect(page.locator(popup)).toBeHidden();
    await page.locator('[id="1.0.1"] .cell.zh .fig', { hasText: '1350亿斤' }).hover();
    await expect(page.locator(popup)).toContainText('67.5 million');
    await expect(page.locator('[id="1.0.1"] .cell.en .fig', { hasText: '67.5 million' })).toHaveClass(/is-counterpart/);
  });

  test('the English keeps its own wording of a glossary term; the Chinese term is still explained', async ({ page }) => {
    await page.goto(`${IMPORTED}#1.0.2`);
    await expect(page.locator('[id="1.0.2"] .cell.zh .term', { hasText: '三大改造' })).toHaveCount(1);
    await expect(page.locator('[id="1.0.2"] .cell.en')).toContainText('the Three Upgrades');
  });

  test('has no accessibility violation', async ({ page }) => {
    await page.goto(IMPORTED);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('a Chinese-only text', () => {
  test('shows the Chinese in full with terms and figures, and says in every row that the English is not yet available', async ({ page }) => {
    await page.goto(CHINESE_ONLY);
    await expect(page.locator('.cell.zh')).toHaveCount(18);
    const english = page.locator('.cell.en');
    await expect(english).toHaveCount(18);
    for (const text of await english.allTextContents()) expect(text).toBe('Translation not yet available.');
    await expect(page.locator('.doc-meta')).toContainText('No English translation yet.');
    await page.locator('[id="1.0.1"] .cell.zh .fig', { hasText: '4.36万亿元' }).hover();
    await expect(page.locator(popup).locator('.term-en')).toHaveText('4.36 trillion yuan');
  });

  test('in English only view, the rows still say so in words', async ({ page }) => {
    await page.goto(CHINESE_ONLY);
    await page.locator('rdr-view-controls').getByRole('button', { name: 'English only' }).click();
    await expect(page.locator('[id="1.0.1"] .cell.en')).toBeVisible();
    await expect(page.locator('[id="1.0.1"] .cell.en')).toHaveText('Translation not yet available.');
  });

  test('the library says which texts are Chinese only or an existing translation', async ({ page }) => {
    await page.goto(`${FIXTURE_SITE}/`);
    await expect(page.locator('.library-item', { hasText: '示例省' }).first()).toBeVisible();
    await expect(page.locator('.library-item', { has: page.locator('a[href="/chinese-only-demo/"]') })).toContainText('Chinese only: no English translation yet');
    await expect(page.locator('.library-item', { has: page.locator('a[href="/example-province-2021/"]') })).toContainText('existing translation');
  });

  test('has no accessibility violation', async ({ page }) => {
    await page.goto(CHINESE_ONLY);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
