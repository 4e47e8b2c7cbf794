import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_SITE as PROJECT_FIXTURE_SITE } from '../playwright.config.ts';
import { READER } from './helpers.ts';

/** The fixture site, wherever this run serves it (another config may set another port). */
const FIXTURE_SITE = process.env.RDR_FIXTURE_SITE ?? PROJECT_FIXTURE_SITE;
/** The day the citation tests pretend it is, so an access date never depends on when they run. */
const TODAY = new Date('2026-11-30T10:00:00');

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
  test('"Copy link" puts the paragraph link on the clipboard and says so', async ({ page, baseURL }) => {
    await page.goto(READER);
    await page.locator('[id="1.3.1"] rdr-para-actions').getByRole('button', { name: 'Copy link to paragraph 1.3.1' }).click();
    expect(await clipboard(page)).toBe(`${baseURL}/wuzhi-2020/#1.3.1`);
    await expect(page.locator('rdr-announcer').getByRole('status')).toContainText(`Link copied: ${baseURL}/wuzhi-2020/#1.3.1`);
  });

  test('where copying is refused, the link is offered selected in a field', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    await page.goto(READER);
    await page.locator('[id="2.0.4"] rdr-para-actions').getByRole('button', { name: /^Copy link/ }).click();
    const field = page.locator('rdr-announcer input');
    await expect(field).toHaveValue(`${baseURL}/wuzhi-2020/#2.0.4`);
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, el_length(`${baseURL}/wuzhi-2020/#2.0.4`)]);
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

  test('a link to a selected phrase round-trips and finds the right occurrence', async ({ page, context, baseURL }) => {
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
    expect(url.startsWith(`${baseURL}/wuzhi-2020/#1.3.1?lang=zh&q=`)).toBe(true);
    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect.poll(() => highlighted(fresh)).toEqual({ text: '四好农村路', para: '1.3.1', offset: expectedOffset });
    await expect(fresh.locator('[id="1.3.1"]')).toHaveClass(/is-target/);
  });

  test('an English phrase link works too', async ({ page }) => {
    const hash = '#1.4.1?lang=en&q=' + encodeURIComponent('trap loan') + '&pre=' + encodeURIComponent('largest “');
    await page.goto(READER + hash);
    await expect.poll(() => highlighted(page)).toMatchObject({ text: 'trap loan', para: '1.4.1' });
  });

  test('each citation format holds the right fields', async ({ page, baseURL }) => {
    await page.clock.setFixedTime(TODAY);
    await page.goto(READER);
    // The translation's own date, where meta.yaml gives it (translation.date); the rest is fixed.
    const translated = await page.locator('#rdr-text').evaluate((el) => (JSON.parse(el.textContent!) as { translation?: { date?: string } }).translation?.date);
    await page.locator('[id="1.4.1"] rdr-para-actions').getByRole('button', { name: 'Cite paragraph 1.4.1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
    await expect(dialog).toBeVisible();
    const work = `${baseURL}/wuzhi-2020/`;
    const url = `${work}#1.4.1`;
    const title = '2020 nian Wuzhi Xian zhengfu gongzuo baogao';
    const format = (name: string) => dialog.locator(`pre[data-format="${name}"]`);
    await expect(format('link')).toHaveText(url);
    await expect(format('chicago')).toHaveText(
      `Wuzhi County People's Government 武陟县人民政府, ${title} 2020年武陟县政府工作报告 [2020 Government Work Report of Wuzhi County], delivered by Shen Lin 申琳 at the Fifth Session of the 14th People's Congress of Wuzhi County, April 29, 2020, trans. Policy Reader contributors, Policy Reader${translated ? `, ${translated.slice(0, 4)}` : ''}, para. 1.4.1, accessed November 30, 2026, ${url}.`,
    );
    await expect(format('chicago').locator('i')).toHaveText([title]);
    await expect(format('chicagoBib')).toContainText(`[2020 Government Work Report of Wuzhi County]. Delivered by Shen Lin 申琳 at the Fifth Session`);
    await expect(format('chicagoBib')).toContainText(`Translated by Policy Reader contributors. Policy Reader${translated ? `, ${translated.slice(0, 4)}` : ''}. Accessed November 30, 2026. ${work}.`);
    await expect(format('apa')).toHaveText(
      `Wuzhi County People's Government. (${translated ? translated.slice(0, 4) : 'n.d.'}). ${title} [2020 government work report of Wuzhi County] (L. Shen, Speaker; Policy Reader contributors, Trans.). Policy Reader. ${work} (Original work published 2020)`,
    );
    await expect(format('apaText')).toHaveText(`(Wuzhi County People's Government, 2020/${translated ? translated.slice(0, 4) : 'n.d.'}, para. 1.4.1)`);
    await expect(format('mla')).toContainText(`Wuzhi County People's Government. 2020年武陟县政府工作报告 [${title}; 2020 Government Work Report of Wuzhi County]. Delivered by Shen Lin at the Fifth Session of the 14th People's Congress of Wuzhi County, 29 Apr. 2020. Translated by Policy Reader contributors, Policy Reader, `);
    await expect(format('mla')).toContainText(`${work.replace('http://', '')}. Accessed 30 Nov. 2026.`);
    await expect(format('mlaText')).toHaveText("(Wuzhi County People's Government, par. 1.4.1)");
    await expect(format('gbt')).toHaveText(`武陟县人民政府. 2020年武陟县政府工作报告[R/OL]. (2020-04-29)[2026-11-30]. ${url}.`);
    await expect(format('plain')).toHaveText(`Wuzhi County People's Government, 2020 Government Work Report of Wuzhi County, April 29, 2020, ¶ 1.4.1. ${url} (accessed November 30, 2026)`);
    await expect(format('bibtex')).toContainText('@misc{wuzhi-2020,');
    await expect(format('bibtex')).toContainText('  title = {2020 nian {Wuzhi} {Xian} zhengfu gongzuo baogao [{2020 Government Work Report of Wuzhi County}]},');
    await expect(format('bibtex')).toContainText('  translator = {{Policy Reader contributors}},');
    await expect(format('bibtex')).toContainText(`  url = {${work}},\n  urldate = {2026-11-30}`);
    const status = page.locator('rdr-announcer').getByRole('status');
    await dialog.getByRole('button', { name: 'Copy the BibTeX entry' }).click();
    await expect(status).toContainText('Copied: BibTeX entry.');
    expect(await clipboard(page)).toMatch(/^% \\cite\[para\.~1\.4\.1\]\{wuzhi-2020\}\n@misc\{wuzhi-2020,\n[\x20-\x7e\n]+\}$/);
    // A citation with italics is copied as text (and as HTML for a word processor).
    await dialog.getByRole('button', { name: 'Copy the Chicago note' }).click();
    await expect(status).toContainText('Copied: Chicago note.');
    expect(await clipboard(page)).toBe(await format('chicago').textContent());
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : undefined;
    });
    expect(html).toContain(`武陟县人民政府, <i>${title}</i> 2020年武陟县政府工作报告 [`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the dialog links the text’s RIS and CSL-JSON records, which a reference manager can read', async ({ page, request }) => {
    await page.goto(READER);
    await page.locator('[id="1.4.1"] rdr-para-actions').getByRole('button', { name: 'Cite paragraph 1.4.1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
    const ris = dialog.getByRole('link', { name: 'RIS' });
    const csl = dialog.getByRole('link', { name: 'CSL-JSON' });
    await expect(ris).toHaveAttribute('download', 'wuzhi-2020.ris');
    await expect(csl).toHaveAttribute('download', 'wuzhi-2020.json');
    const risText = await (await request.get(new URL((await ris.getAttribute('href'))!, page.url()).href)).text();
    const lines = risText.trimEnd().split('\r\n');
    expect(lines[0]).toBe('TY  - RPRT');
    expect(lines.at(-1)).toBe('ER  -');
    expect(lines).toEqual(expect.arrayContaining(['AU  - 武陟县人民政府', 'TI  - 2020年武陟县政府工作报告', 'A4  - Policy Reader contributors', 'DA  - 2020/04/29/', 'LA  - zh-CN']));
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    const response = await request.get(new URL((await csl.getAttribute('href'))!, page.url()).href);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toEqual([
      expect.objectContaining({ id: 'wuzhi-2020', type: 'report', title: '2020年武陟县政府工作报告', author: [{ literal: '武陟县人民政府' }], translator: [{ literal: 'Policy Reader contributors' }], issued: { 'date-parts': [[2020, 4, 29]] }, language: 'zh-CN' }),
    ]);
    // The Wuzhi metadata names no official address or archived copy, so none is shown.
    await expect(dialog.getByRole('link', { name: 'Official original' })).toHaveCount(0);
    await expect(dialog.getByRole('link', { name: 'Archived copy' })).toHaveCount(0);
  });

  test('the dialog links the official original and an archived copy where the metadata gives them', async ({ page }) => {
    await page.goto(READER);
    // As the build writes it for a text whose meta.yaml has source.url and source.archived.
    await page.locator('#rdr-text').evaluate((el) => {
      const data = JSON.parse(el.textContent!) as Record<string, unknown>;
      el.textContent = JSON.stringify({ ...data, source: { url: 'https://gov.example/report.html', archived: 'https://archive.example/2020/https://gov.example/report.html' } });
    });
    await page.locator('[id="1.4.1"] rdr-para-actions').getByRole('button', { name: 'Cite paragraph 1.4.1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this passage' });
    await expect(dialog.getByRole('link', { name: 'Official original' })).toHaveAttribute('href', 'https://gov.example/report.html');
    await expect(dialog.getByRole('link', { name: 'Archived copy' })).toHaveAttribute('href', 'https://archive.example/2020/https://gov.example/report.html');
  });

  test('the reader page tells Zotero what it is (citation_* tags)', async ({ page }) => {
    await page.goto(READER);
    const tag = (name: string) => page.locator(`head meta[name="${name}"]`);
    await expect(tag('citation_title')).toHaveAttribute('content', '2020年武陟县政府工作报告');
    await expect(tag('citation_author')).toHaveAttribute('content', '武陟县人民政府');
    await expect(tag('citation_publication_date')).toHaveAttribute('content', '2020/04/29');
    await expect(tag('citation_language')).toHaveAttribute('content', 'zh');
    await expect(tag('citation_technical_report_institution')).toHaveAttribute('content', '武陟县人民政府');
  });

  test('in the Chinese interface the dialog is in Chinese, GB/T 7714 first, the English styles unchanged', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.clock.setFixedTime(TODAY);
    await page.goto(READER);
    await page.locator('[id="1.4.1"] rdr-para-actions').getByRole('button', { name: '引用：第 1.4.1 段' }).click();
    const dialog = page.getByRole('dialog', { name: '引用本段' });
    await expect(dialog.locator('pre[data-format]').first()).toHaveAttribute('data-format', 'link');
    await expect(dialog.locator('pre[data-format]').nth(1)).toHaveAttribute('data-format', 'gbt');
    await expect(dialog.locator('h3 > span').nth(1)).toHaveText('GB/T 7714—2015 参考文献');
    const url = `${baseURL}/wuzhi-2020/#1.4.1`;
    await expect(dialog.locator('pre[data-format="plain"]')).toHaveText(`武陟县人民政府：《2020年武陟县政府工作报告》，2020年4月29日，第 1.4.1 段。${url}（访问于2026年11月30日）`);
    await expect(dialog.locator('pre[data-format="plain"]')).toHaveAttribute('lang', 'zh-Hans');
    await expect(dialog.locator('pre[data-format="chicago"]')).toHaveAttribute('lang', 'en');
    await expect(dialog.locator('pre[data-format="chicago"]')).toContainText('para. 1.4.1, accessed November 30, 2026,');
    await dialog.getByRole('button', { name: '复制GB/T 7714—2015 参考文献' }).click();
    await expect(page.locator('rdr-announcer').getByRole('status')).toContainText('已复制：GB/T 7714—2015 参考文献。');
    expect(await clipboard(page)).toBe(`武陟县人民政府. 2020年武陟县政府工作报告[R/OL]. (2020-04-29)[2026-11-30]. ${url}.`);
    await context.close();
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
  test('keeps both columns, the paragraph ids and the text’s address', async ({ page, baseURL }) => {
    await page.goto(READER);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const row = page.locator('[id="1.0.2"]');
    const zh = (await row.locator('.cell.zh').boundingBox())!;
    const en = (await row.locator('.cell.en').boundingBox())!;
    expect(Math.abs(zh.y - en.y)).toBeLessThanOrEqual(1);
    expect(en.x).toBeGreaterThan(zh.x + zh.width);
    await expect(row.locator('.para-id')).toBeVisible();
    // The address is printed in every page's margin (print.css @page, from this root property).
    const printedUrl = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--rdr-print-url'));
    expect(printedUrl).toContain(`${baseURL}/wuzhi-2020/`);
  });
});

function el_length(text: string): number {
  return text.length;
}
