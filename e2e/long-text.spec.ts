/**
 * A long text stays quick: rows far from the window skip their rendering (content-visibility:
 * auto), and still every way of arriving at a far paragraph lands on it and it stays there, the
 * page opened on one does not shift, a reload opens where the reader was, the skipped rows stay in
 * the accessibility tree, and paper gets every row.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { READER, layoutShift, watchLayoutShift } from './helpers.ts';

/** A page where the first visit's legend has been seen already (it floats over the text). */
const seenLegend = (page: Page) => page.addInitScript(() => localStorage.setItem('rdr:legend-seen', '1'));

/** Whether a row's text is rendered, not skipped for being far from the window. */
const rendered = (page: Page, id: string) => page.locator(`[id="${id}"] .cell.zh`).evaluate((cell) => cell.checkVisibility({ contentVisibilityAuto: true }));

/**
 * Where an element's top stands in the window over 20 frames, from now: a landing that is only
 * right for a moment (until the rows around it are rendered at their real sizes) shows here.
 */
const topsOverFrames = (page: Page, selector: string) =>
  page.evaluate(
    (selector) =>
      new Promise<number[]>((done) => {
        const tops: number[] = [];
        const frame = () => {
          tops.push(Math.round(document.querySelector(selector)!.getBoundingClientRect().top));
          if (tops.length < 20) requestAnimationFrame(frame);
          else done(tops);
        };
        requestAnimationFrame(frame);
      }),
    selector,
  );

/** The row's scroll margin: where a row scrolled to stands, below the sticky bar if there is one. */
const scrollMargin = (page: Page, id: string) => page.locator(`[id="${id}"]`).evaluate((row) => Math.round(parseFloat(getComputedStyle(row).scrollMarginBlockStart)));

for (const [name, size] of [
  ['wide', { width: 1280, height: 800 }],
  ['narrow', { width: 390, height: 844 }],
] as const) {
  test.describe(`a long text (${name})`, () => {
    test.use({ viewport: size });
    test.beforeEach(({ page }) => seenLegend(page));

    test('rows far from the window skip their rendering, those of the first screen do not', async ({ page }) => {
      await page.goto(READER);
      const style = (id: string) => page.locator(`[id="${id}"]`).evaluate((row) => getComputedStyle(row).contentVisibility);
      expect(await style('title')).toBe('visible');
      expect(await style('0.1')).toBe('visible');
      expect(await style('3.2.2')).toBe('auto');
      expect(await rendered(page, 'title')).toBe(true);
      expect(await rendered(page, '3.2.2')).toBe(false);
      // Rendered once the reader gets there (End: the last row, and what follows it, in view).
      await page.locator('body').press('End');
      await expect(page.locator('#excerpt-end')).toBeInViewport();
      await expect.poll(() => rendered(page, '3.2.2')).toBe(true);
    });

    for (const id of ['3.1.3', '3.2.1-3.2.2', 'excerpt-end']) {
      test(`a link to #${id}, far down, lands there and stays, with no layout shift`, async ({ page }) => {
        await watchLayoutShift(page);
        await page.goto(`${READER}#${id}`);
        await page.waitForLoadState('networkidle');
        const selector = id.includes('-') && id !== 'excerpt-end' ? 'rdr-para-target [part="bar"]' : `[id="${id}"]`;
        const tops = await topsOverFrames(page, selector);
        expect(new Set(tops).size, `${tops}`).toBe(1);
        expect(tops[0]).toBeGreaterThanOrEqual(0);
        expect(tops[0]).toBeLessThan(size.height - 40);
        if (id === '3.1.3') expect(tops[0]).toBe(await scrollMargin(page, id));
        await page.waitForTimeout(300);
        expect(await topsOverFrames(page, selector)).toEqual(tops);
        // Below 0.001: the contents marking the section reached (its entry set bold) moves the
        // entries under it by a pixel or so, as it did before rows skipped their rendering.
        expect(await layoutShift(page)).toBeLessThan(0.001);
      });
    }

    test('a far entry of the contents lands on its section and it stays; so does one back up', async ({ page }) => {
      await page.goto(READER);
      for (const id of ['3.2.1', '1.4.1']) {
        const link = page.locator(`rdr-outline a[href="#${id}"]`);
        if (!(await link.isVisible())) await page.locator('rdr-outline summary').click();
        await link.click();
        await expect(page).toHaveURL(new RegExp(`#${id.replace(/\./g, '\\.')}$`));
        const tops = await topsOverFrames(page, `[id="${id}"]`);
        expect(new Set(tops).size, `${tops}`).toBe(1);
        expect(tops[0]).toBe(await scrollMargin(page, id));
      }
    });

    test('a reload opens on the paragraph being read, where it was', async ({ page }) => {
      await page.goto(READER);
      // Scrolled by hand far down: the rows passed are rendered, those skipped over are not.
      await page.evaluate(() => document.getElementById('2.0.3')!.scrollIntoView({ block: 'start' }));
      await page.mouse.move(size.width / 2, size.height / 2);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 1500);
      const where = () =>
        page.evaluate(() => {
          const row = [...document.querySelectorAll('.document > .row')].find((r) => r.getBoundingClientRect().bottom > 0)!;
          return { id: row.id, top: Math.round(row.getBoundingClientRect().top) };
        });
      await expect.poll(async () => (await where()).id).not.toBe('2.0.3');
      await page.waitForTimeout(600);
      const before = await where();
      await page.reload();
      await page.waitForLoadState('networkidle');
      await expect.poll(where).toEqual(before);
      expect((await topsOverFrames(page, `[id="${before.id}"]`)).every((top) => top === before.top)).toBe(true);
    });

    test('on paper every row is laid out and printed', async ({ page }) => {
      await page.goto(READER);
      await page.emulateMedia({ media: 'print' });
      const rows = page.locator('.document > .row');
      expect(await rows.evaluateAll((all) => all.filter((row) => getComputedStyle(row).contentVisibility !== 'visible').map((row) => row.id))).toEqual([]);
      expect(await rows.evaluateAll((all) => all.filter((row) => !row.querySelector('.cell')!.checkVisibility({ contentVisibilityAuto: true })).map((row) => row.id))).toEqual([]);
    });
  });
}

test('a screen reader gets the rows that skip their rendering: their text, headings, links and buttons', async ({ baseURL }) => {
  // Chromium builds the accessibility tree of skipped content when assistive technology is on.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--force-renderer-accessibility'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${baseURL}${READER}`);
    expect(await rendered(page, '3.2.2')).toBe(false);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string } }[] };
    const exposed = nodes.filter((n) => !n.ignored);
    const texts = exposed.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
    expect(texts.some((t) => t.includes('Improving ecological planning'))).toBe(true);
    expect(texts.some((t) => t.includes('完善生态规划'))).toBe(true);
    const count = (role: string) => exposed.filter((n) => n.role?.value === role).length;
    expect(count('heading')).toBe(await page.locator('h1:visible, h2:visible, h3:visible').count());
    expect(count('link')).toBeGreaterThanOrEqual(await page.locator('.document a.term').count());
  } finally {
    await browser.close();
  }
});
