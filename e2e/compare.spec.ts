import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { COMPARE_SITE } from '../playwright.config.ts';

/**
 * The comparison of two texts and the formulation tracker, on the fixture site of
 * e2e/fixtures/compare: two versions of an invented report whose differences are known (its
 * README lists them).
 */
const DRAFT = 'example-2021-draft';
const ADOPTED = 'example-2021-adopted';
const COMPARE = `${COMPARE_SITE}/compare/${DRAFT}/${ADOPTED}/`;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Every row as "kind a→b" (with * when moved), in page order. */
const rows = (page: Page) =>
  page.locator('[data-compare]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-compare')}${e.hasAttribute('data-moved') ? '*' : ''} ${e.getAttribute('data-para-a') || '-'}→${e.getAttribute('data-para-b') || '-'}`));

test.describe('what changed between two texts', () => {
  test('finds exactly the known differences: one added, one removed, one reworded, one moved', async ({ page }) => {
    await page.goto(COMPARE);
    expect(await rows(page)).toEqual([
      'same title→title',
      'same 0.1→0.1',
      'same 0.2→0.2',
      'same 1→1',
      'same 1.0.1→1.0.1',
      'same* 1.0.5→1.0.2',
      'same 1.0.2→1.0.3',
      'removed 1.0.3→-',
      'same 1.0.4→1.0.4',
      'same 2→2',
      'changed 2.0.1→2.0.1',
      'same 2.0.2→2.0.2',
      'same 2.0.3→2.0.3',
      'added -→2.0.4',
      'same 2.0.4→2.0.5',
    ]);
    const counts = page.locator('.cmp-counts');
    for (const [kind, n] of [['Same', 12], ['Changed', 1], ['Added', 1], ['Removed', 1], ['Moved', 1]] as const) {
      await expect(counts.locator('div', { has: page.getByText(kind, { exact: true }) }).locator('dd')).toHaveText(String(n));
    }
  });

  test('a changed paragraph shows its Chinese diff in words and both English versions', async ({ page }) => {
    await page.goto(COMPARE);
    const row = page.locator('[data-compare="changed"]');
    await expect(row.locator('.cmp-kind')).toHaveText('Changed');
    // Insertions and deletions are named for a screen reader, not only coloured.
    const ins = row.locator('.cmp-zh ins');
    await expect(ins.first()).toContainText('inserted:');
    await expect(ins.last()).toHaveText('inserted: ，示范三园工业增加值增长10%以上');
    await expect(row.locator('.cmp-zh')).toHaveText('今年经济社会发展的主要预期目标是：地区生产总值增长6inserted: .5%左右，一般公共预算收入增长5%inserted: ，示范三园工业增加值增长10%以上。');
    await expect(row.locator('.cmp-zh del')).toHaveCount(0);
    const english = row.locator('.cmp-en p');
    await expect(english).toHaveCount(2);
    await expect(english.nth(0)).toContainText('Older');
    await expect(english.nth(0)).toContainText('about 6% and growth of general public budget revenue of 5%.');
    await expect(english.nth(1)).toContainText('Newer');
    await expect(english.nth(1)).toContainText('three demonstration parks');
    // The removed paragraph's text is shown, with its English.
    const removed = page.locator('[data-compare="removed"]');
    await expect(removed.locator('.cmp-zh')).toHaveText('城乡面貌持续改善。实施五小工程，新建村级小广场30个、小游园18个，农村人居环境明显提升。');
    await expect(removed.locator('.cmp-en')).toContainText('Five Small Projects');
    await expect(page.locator('[data-moved] .cmp-flag')).toHaveText('Moved');
  });

  test('every row links to its paragraph in both texts', async ({ page }) => {
    await page.goto(COMPARE);
    for (const row of await page.locator('[data-compare]').all()) {
      const a = (await row.getAttribute('data-para-a'))!.split(' ').filter(Boolean);
      const b = (await row.getAttribute('data-para-b'))!.split(' ').filter(Boolean);
      const hrefs = await row.locator('.cmp-links a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(hrefs).toEqual([...a.map((id) => `/${DRAFT}/#${id}`), ...b.map((id) => `/${ADOPTED}/#${id}`)]);
    }
  });

  test('a row’s links open the right paragraph of each text', async ({ page }) => {
    await page.goto(COMPARE);
    await page.locator('[data-compare="removed"] .cmp-links a').click();
    await expect(page).toHaveURL(`${COMPARE_SITE}/${DRAFT}/#1.0.3`);
    await expect(page.locator('[id="1.0.3"]')).toHaveClass(/is-target/);
    await expect(page.locator('[id="1.0.3"] .cell.zh')).toContainText('五小工程');

    await page.goto(COMPARE);
    await page.locator('[data-moved] .cmp-links a').nth(1).click();
    await expect(page).toHaveURL(`${COMPARE_SITE}/${ADOPTED}/#1.0.2`);
    await expect(page.locator('[id="1.0.2"]')).toHaveClass(/is-target/);
    await expect(page.locator('[id="1.0.2"] .cell.zh')).toHaveText('生态环境稳步向好。全年空气优良天数达到265天，县域河流断面水质全部达到考核要求。');
  });

  test('unchanged paragraphs fold into a line that opens without script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(COMPARE);
    const group = page.locator('.cmp-group').first();
    await expect(group.locator('summary')).toHaveText('5 unchanged paragraphs (¶ title–1.0.1)');
    await expect(group.locator('[data-compare="same"]').first()).toBeHidden();
    await group.locator('summary').click();
    await expect(group.locator('[data-compare="same"]').first()).toBeVisible();
    await context.close();
  });

  test('the summary names the new, dropped and more often used terms, and the changed indicator', async ({ page }) => {
    await page.goto(COMPARE);
    const section = (name: string) => page.locator('.cmp-summary-terms section', { has: page.getByRole('heading', { name }) });
    await expect(section('New terms').locator('li')).toHaveText(['一村一景 One Village, One View 0 → 1']);
    await expect(section('Dropped terms').locator('li')).toHaveText(['五小工程 Five Small Projects 1 → 0']);
    await expect(section('Used more or less often').locator('li')).toHaveText(['示范三园 Three Model Parks 2 → 3']);
    await expect(section('New terms').getByRole('link')).toHaveAttribute('href', '/glossary/yi-cun-yi-jing/');
    const indicators = page.locator('table.cmp-indicators tbody tr');
    await expect(indicators).toHaveCount(2);
    // The changed indicator comes first.
    await expect(indicators.nth(0).locator('th')).toContainText('地区生产总值预期目标');
    await expect(indicators.nth(0).locator('td').nth(0)).toContainText('+6%');
    await expect(indicators.nth(0).locator('td').nth(1)).toContainText('+6.5%');
    await expect(indicators.nth(0).locator('td').nth(2)).toHaveText('Changed');
    await expect(indicators.nth(1).locator('td').nth(2)).toHaveText('Same');
  });

  test('the home page lists the comparison once', async ({ page }) => {
    await page.goto(`${COMPARE_SITE}/`);
    const links = page.locator('.compare-list a');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', `/compare/${DRAFT}/${ADOPTED}/`);
  });
});

test.describe('formulation tracker', () => {
  const tracker = (page: Page) => page.locator('.tracker');
  const counts = (page: Page) => tracker(page).locator('[data-text]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-text'), e.getAttribute('data-count')]));

  test('counts each text’s uses of a term, in order of date', async ({ page }) => {
    const expected: Record<string, [string, string][]> = {
      'shi-fan-san-yuan': [[DRAFT, '2'], [ADOPTED, '3']],
      'wu-xiao-gong-cheng': [[DRAFT, '1'], [ADOPTED, '0']],
      'yi-cun-yi-jing': [[DRAFT, '0'], [ADOPTED, '1']],
      'wen-zhong-qiu-jin': [[DRAFT, '2'], [ADOPTED, '2']],
    };
    for (const [entry, perText] of Object.entries(expected)) {
      await page.goto(`${COMPARE_SITE}/glossary/${entry}/`);
      expect(await counts(page), entry).toEqual(perText);
      await expect(tracker(page).locator(`[data-text="${DRAFT}"] .tracker-uses li`)).toHaveCount(Number(perText[0]![1]));
    }
  });

  test('shows every use with its context, its rendering, and a chart with its data table', async ({ page }) => {
    await page.goto(`${COMPARE_SITE}/glossary/shi-fan-san-yuan/`);
    const adopted = tracker(page).locator(`[data-text="${ADOPTED}"]`);
    await expect(adopted.locator('.tracker-meta')).toContainText('English rendering: Three Model Parks (2), three demonstration parks (1)');
    const uses = adopted.locator('.tracker-uses li');
    await expect(uses.locator('a')).toHaveText(['¶ 1.0.3', '¶ 2.0.1', '¶ 2.0.2']);
    await expect(uses.nth(1).locator('.kwic-line mark')).toHaveText('示范三园');
    await expect(uses.nth(1).locator('.tracker-en mark')).toHaveText('three demonstration parks');
    await expect(page.getByRole('img', { name: /Uses in each text: 示范三园/ })).toBeVisible();
    const table = page.locator('table.tracker-table');
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await expect(table.locator('tbody tr').nth(1).locator('td').nth(2)).toHaveText('3');
    await expect(table.locator('tbody tr').nth(1).locator('td').nth(1)).toHaveText('County');
    await expect(tracker(page).getByRole('heading', { level: 3 })).toHaveText(['County']);
    await expect(page.locator('.tracker-facts')).toContainText('5 uses in 2 of 2 texts');
  });

  test('a use opens its paragraph with the term itself highlighted', async ({ page }) => {
    await page.goto(`${COMPARE_SITE}/glossary/yi-cun-yi-jing/`);
    await tracker(page).locator(`[data-text="${ADOPTED}"] .tracker-uses a`).click();
    await expect(page).toHaveURL(new RegExp(`/${ADOPTED}/#2\\.0\\.4\\?lang=zh&q=${encodeURIComponent('一村一景')}&`));
    await expect(page.locator('[id="2.0.4"]')).toHaveClass(/is-target/);
    await expect(page.locator('[id="2.0.4"] .cell.zh a.term')).toHaveText('一村一景');
    await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('rdr-cited-phrase') ?? [])].map((r) => r.toString()))).toEqual(['一村一景']);
  });

  test('the reader lists the text’s terms by count, each linked to its tracker; the glossary links there too', async ({ page }) => {
    await page.goto(`${COMPARE_SITE}/${ADOPTED}/`);
    const panel = page.locator('details.terms-panel');
    await expect(panel.locator('summary')).toHaveText('Terms in this text (3)');
    await panel.locator('summary').click();
    await expect(panel.locator('li')).toHaveText(['示范三园 Three Model Parks 3 uses', '稳中求进 pursuing progress while ensuring stability 2 uses', '一村一景 One Village, One View 1 use']);
    await panel.getByRole('link', { name: /示范三园/ }).click();
    await expect(page).toHaveURL(`${COMPARE_SITE}/glossary/shi-fan-san-yuan/`);

    await page.goto(`${COMPARE_SITE}/glossary/`);
    await page.locator('#wu-xiao-gong-cheng').getByRole('link', { name: 'Use across texts' }).click();
    await expect(page).toHaveURL(`${COMPARE_SITE}/glossary/wu-xiao-gong-cheng/`);
  });
});

test.describe('accessibility of the pages across texts (axe)', () => {
  test('comparison, wide, with the unchanged paragraphs open', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(COMPARE);
    for (const summary of await page.locator('.cmp-group summary').all()) await summary.click();
    expect(await axe(page)).toEqual([]);
  });

  test('comparison, narrow and dark', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(COMPARE);
    expect(await axe(page)).toEqual([]);
  });

  test('tracker, wide and narrow', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${COMPARE_SITE}/glossary/shi-fan-san-yuan/`);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axe(page)).toEqual([]);
  });

  test('reader with the terms panel open, Chinese interface', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${COMPARE_SITE}/${ADOPTED}/`);
    await page.locator('details.terms-panel summary').click();
    await expect(page.locator('details.terms-panel summary')).toContainText('本文术语');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});
