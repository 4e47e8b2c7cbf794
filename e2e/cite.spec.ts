import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_SITE } from '../playwright.config.ts';
import { READER } from './helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const targets = (page: Page) => page.locator('.row.is-target').evaluateAll((rows) => rows.map((r) => r.id));
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('rdr-cited-phrase');
    const range = h ? ([...h][0] as Range | undefined) : undefined;
    if (!range) return undefined;
    const cell = (range.startContainer.parentElement as HTMLElement).closest<HTMLElement>('.cell')!;
    const before = document.createRange();
    before.selectNodeContents(cell);
    before.setEnd(range.startContainer, range.startOffset);
    return { text: range.toString(), para: cell.dataset.para, offset: before.toString().length };
  });

test.describe('citing', () => {
  test('"Copy link" puts the paragraph link on the clipboard and says so', async ({ page }) => {
    await page.goto(READER);
    await page.locator('[id="1.3.1"] rdr-para-actions').getByRole('button', { name: 'Copy link to paragraph 1.3.1' }).click();
    expect(await clipboard(page)).toBe('http://127.0.0.1:4173/wuzhi-2020/#1.3.1');
    await expect(page.locator('rdr-announcer').getByRole('status')).toContainText('Link copied: http://127.0.0.1:4173/wuzhi-2020/#1.3.1');
  });

  test('where copying is refused, the link is offered selected in a field', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.goto(READER);
    await page.locator('[id="2.0.4"] rdr-para-actions').getByRole('button', { name: /^Copy link/ }).click();
    const field = page.locator('rdr-announcer input');
    await expect(field).toHaveValue('http://127.0.0.1:4173/wuzhi-2020/#2.0.4');
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, el_length('http://127.0.0.1:4173/wuzhi-2020/#2.0.4')]);
  });

  test('a range link highlights exactly that range, both ends included', async ({ page }) => {
    await page.goto(`${READER}#1.0.2-1.0.5`);
    expect(await targets(page)).toEqual(['1.0.2', '1.0.3', '1.0.4', '1.0.5']);
    await expect(page.locator('[id="1.0.2"]')).toBeInViewport();
    await expect(page.locator('rdr-para-target').getByText('¶¶ 1.0.2–1.0.5')).toBeVisible();
  });

  test('shift-clicking a second paragraph number makes a range', async ({ page }) => {
    await page.goto(`${READER}#1.0.3`);
    await page.locator('[id="1.1.1"] a.para-id').click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/#1\.0\.3-1\.1\.1$/);
    expect(await targets(page)).toEqual(['1.0.3', '1.0.4', '1.0.5', '1.0.6', '1.1.1']);
    // Shift-clicking an earlier paragraph orders the ends.
    await page.locator('[id="1.0.1"] a.para-id').click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/#1\.0\.1-1\.0\.3$/);
  });

  test('a link to a selected phrase round-trips and finds the right occurrence', async ({ page, context }) => {
    await page.goto(`${READER}#1.3.1`);
    // Select the third 四好农村路 of paragraph 1.3.1 (the one followed by 创建).
    const expectedOffset = await page.locator('.cell.zh[data-para="1.3.1"]').evaluate((cell) => {
      const text = cell.textContent!;
      const at = text.indexOf('四好农村路”创建');
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let offset = 0;
      const range = document.createRange();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent!.length;
        if (at >= offset && at < offset + len) {
          range.setStart(n, at - offset);
          range.setEnd(n, at - offset + 5);
          break;
        }
        offset += len;
      }
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return at;
    });
    await page.getByRole('button', { name: 'Copy link to selection' }).click();
    const url = await clipboard(page);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4173\/wuzhi-2020\/#1\.3\.1\?lang=zh&q=/);
    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect.poll(() => highlighted(fresh)).toEqual({ text: '四好农村路', para: '1.3.1', offset: expectedOffset });
    await expect(fresh.locator('[id="1.3.1"]')).toHaveClass(/is-target/);
  });

  test('an English phrase link works too', async ({ page }) => {
    const hash = '#1.4.1?lang=en&q=' + encodeURIComponent('routine loan') + '&pre=' + encodeURIComponent('largest “');
    await page.goto(READER + hash);
    await expect.poll(() => highlighted(page)).toMatchObject({ text: 'routine loan', para: '1.4.1' });
  });

  test('each citation format holds the right fields', async ({ page }) => {
    await page.goto(READER);
    await page.locator('[id="1.3.1"] rdr-para-actions').getByRole('button', { name: 'Cite paragraph 1.3.1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
    await expect(dialog).toBeVisible();
    const now = new Date();
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const accessed = `${months[now.getMonth()]} ${now.getDate()}, ${now.getFullYear()}`;
    const url = 'http://127.0.0.1:4173/wuzhi-2020/#1.3.1';
    const format = (name: string) => dialog.locator(`pre[data-format="${name}"]`);
    await expect(format('link')).toHaveText(url);
    for (const name of ['chicago', 'apa', 'mla', 'plain']) {
      await expect(format(name)).toContainText("Wuzhi County People's Government");
      await expect(format(name)).toContainText('¶ 1.3.1');
      await expect(format(name)).toContainText(url);
      await expect(format(name)).toContainText(now.getFullYear().toString());
    }
    await expect(format('chicago')).toContainText(`accessed ${accessed}`);
    await expect(format('chicago')).toContainText('[2020年武陟县政府工作报告]');
    await expect(format('apa')).toContainText('(2020, April 29)');
    await expect(format('mla')).toContainText('29 Apr. 2020');
    await expect(format('bibtex')).toContainText('@misc{wuzhi-2020-1_3_1,');
    await expect(format('bibtex')).toContainText(`url = {${url}}`);
    await dialog.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
    expect(await clipboard(page)).toContain('@misc{wuzhi-2020-1_3_1,');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('citing a phrase quotes it in Chinese and in English', async ({ page }) => {
    const hash = '#1.3.1?lang=zh&q=' + encodeURIComponent('三品一标');
    await page.goto(READER + hash);
    await page.locator('rdr-para-target').getByRole('button', { name: 'Cite' }).click();
    const plain = page.getByRole('dialog').locator('pre[data-format="plain"]');
    await expect(plain).toContainText('“三品一标” (“Three Products and One Label”)');
    await expect(plain).toContainText('¶ 1.3.1');
  });
});

test.describe('stable ids', () => {
  test('a retired id lands on the paragraph that replaced it', async ({ page }) => {
    await page.goto(`${FIXTURE_SITE}/alias-demo/#1.0.3`);
    expect(await targets(page)).toEqual(['1.0.2']);
    await expect(page.locator('[id="1.0.2"]')).toBeFocused();
    await page.goto(`${FIXTURE_SITE}/alias-demo/#1.0.4`);
    expect(await targets(page)).toEqual(['1.0.4a']);
    await page.goto(`${FIXTURE_SITE}/alias-demo/#1.0.1-1.0.3`);
    expect(await targets(page)).toEqual(['1.0.1', '1.0.2']);
  });
});

test.describe('bad links', () => {
  for (const [hash, says] of <[string, string][]>[
    ['#nope', 'not a paragraph of this text'],
    ['#<img src=x onerror=alert(1)>', 'is not a paragraph, range or phrase link'],
    ['#%3Cscript%3Ealert(1)%3C/script%3E', 'is not a paragraph, range or phrase link'],
    ['#1.0.4-1.0.2', 'ends before it starts'],
    ['#1.0.2-', 'is not a paragraph, range or phrase link'],
    ['#1.3.1?lang=zh&q=' + encodeURIComponent('不存在的短语'), 'was not found in paragraph 1.3.1'],
  ]) {
    test(`${hash} shows a notice and the normal page`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(READER + hash);
      const notice = page.locator('rdr-para-target').getByRole('status');
      await expect(notice).toContainText(says);
      await expect(page.locator('.cell.zh[data-para]').first()).toBeVisible();
      expect(await page.locator('img, script:not([type="module"]):not([type="application/json"])').count()).toBe(0);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('print', () => {
  test('keeps both columns, the paragraph ids and the text’s address', async ({ page }) => {
    await page.goto(READER);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const row = page.locator('[id="1.0.2"]');
    const zh = (await row.locator('.cell.zh').boundingBox())!;
    const en = (await row.locator('.cell.en').boundingBox())!;
    expect(Math.abs(zh.y - en.y)).toBeLessThanOrEqual(1);
    expect(en.x).toBeGreaterThan(zh.x + zh.width);
    await expect(row.locator('.para-id')).toBeVisible();
    const printedUrl = await page.locator('main.reader').evaluate((el) => getComputedStyle(el, '::before').content);
    expect(printedUrl).toContain('http://127.0.0.1:4173/wuzhi-2020/');
  });
});

function el_length(text: string): number {
  return text.length;
}
