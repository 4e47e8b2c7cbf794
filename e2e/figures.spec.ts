import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { READER } from './helpers.ts';

const popup = 'rdr-term-popup';

test.describe('figures explained', () => {
  test('hovering 463.3亿元 shows 46.33 billion yuan and an approximate dollar value with its source', async ({ page }) => {
    await page.goto(`${READER}#1.0.2`);
    await page.locator('.cell.zh[data-para="1.0.2"] .fig', { hasText: '463.3亿元' }).hover();
    await expect(page.locator(popup).locator('.term-en')).toHaveText('46.33 billion yuan');
    await expect(page.locator(popup)).toContainText('46,330,000,000 yuan in full');
    await expect(page.locator(popup)).toContainText('≈ US$6.72 billion (approximate, at 6.8985 yuan per dollar, the 2019 average; National Bureau of Statistics');
    // The English figure is the same annotation.
    const english = page.locator('.cell.en[data-para="1.0.2"] .fig', { hasText: '46.33 billion' });
    await expect(english).toHaveClass(/is-counterpart/);
    await page.mouse.move(5, 5);
    await english.hover();
    await expect(page.locator(popup).locator('.term-zh')).toHaveText('463.3亿元');
  });

  test('5.6万亩 shows its hectares and acres', async ({ page }) => {
    await page.goto(`${READER}#1.3.1`);
    await page.locator('.cell.zh[data-para="1.3.1"] .fig', { hasText: '5.6万亩' }).hover();
    await expect(page.locator(popup).locator('.term-en')).toHaveText('56,000 mu');
    await expect(page.locator(popup)).toContainText('≈ 3,700 hectares');
    await expect(page.locator(popup)).toContainText('≈ 9,200 acres');
  });

  test('the keyboard reaches a figure and opens the same popup', async ({ page }) => {
    await page.goto(`${READER}#2.0.4`);
    // Tab enters the paragraph's Chinese from its gutter; → goes on from its first term to its first figure.
    await page.locator('[id="2.0.4"] a.para-id').focus();
    await page.keyboard.press('Tab');
    const focusedFigure = () => page.evaluate(() => document.activeElement?.getAttribute('data-fig') ?? null);
    for (let i = 0; i < 4 && !(await focusedFigure()); i++) await page.keyboard.press('ArrowRight');
    const focused = page.locator(`.cell [data-fig="${await focusedFigure()}"]`).first();
    await expect(focused).toHaveAttribute('data-fig', /^2\.0\.4\//);
    await expect(page.locator(popup)).toBeVisible();
    await expect(page.locator(popup).locator('.term-zh')).toHaveText((await focused.textContent())!);
    await expect(focused).toHaveAttribute('aria-describedby', 'rdr-term-popup');
  });

  test('almost every figure of the Chinese is linked to the English', async ({ page }) => {
    await page.goto(READER);
    // Only figures with something to explain are marked (not 59个, 第1位, 7.9%).
    const zh = await page.locator('.cell.zh .fig').count();
    const linked = await page.locator('.cell.zh .fig').evaluateAll((figs) => figs.filter((f) => f.closest('.row')!.querySelector(`.cell.en .fig[data-fig="${(f as HTMLElement).dataset.fig}"]`)).length);
    expect(zh).toBeGreaterThan(60);
    expect(linked / zh).toBeGreaterThan(0.97);
  });
});

test.describe('the indicators view', () => {
  test('lists the headline figures with working links to their paragraphs', async ({ page }) => {
    await page.goto('/wuzhi-2020/indicators/');
    const rows = page.locator('table.indicators tbody tr');
    await expect(rows).toHaveCount(30);
    await expect(page.locator('#indicator-grp')).toContainText('463.3亿元');
    await expect(page.locator('#indicator-grp')).toContainText('46.33 billion yuan');
    const hrefs = await page.locator('table.indicators tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await page.goto(READER);
    const missing = await page.evaluate((list) => list.filter((h) => !document.getElementById(h.split('#')[1]!)), hrefs);
    expect(missing).toEqual([]);
    await page.goto('/wuzhi-2020/indicators/');
    await page.locator('#indicator-grain a').click();
    await expect(page).toHaveURL(/\/wuzhi-2020\/#1\.3\.1$/);
    await expect(page.locator('[id="1.3.1"]')).toHaveClass(/is-target/);
  });

  test('sorts by a column', async ({ page }) => {
    await page.goto('/wuzhi-2020/indicators/');
    await page.getByRole('button', { name: 'Sort by Change' }).click();
    await expect(page.locator('thead th').nth(3)).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('table.indicators tbody tr').first()).toHaveAttribute('id', 'indicator-pm25');
    await page.getByRole('button', { name: 'Sort by Change' }).click();
    await expect(page.locator('table.indicators tbody tr').first()).toHaveAttribute('id', 'indicator-good-days');
  });

  test('charts carry text alternatives and a data table, and pass axe in light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/wuzhi-2020/indicators/');
      const charts = page.locator('figure.chart svg[role="img"]');
      await expect(charts).toHaveCount(2);
      await expect(charts.first().locator('title')).toHaveText(/Growth in 2019/);
      await expect(charts.first().locator('desc')).toContainText('Gross regional product 7.9 percent');
      await expect(page.locator('table.chart-data')).toHaveCount(2);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    }
  });
});
