/**
 * npm run screenshots — builds the site, serves it, and writes the screenshots in docs/ that the
 * README shows. Uses Debian's Chromium (CHROMIUM_PATH to override) and needs fonts-noto-cjk
 * installed, or the Chinese shows as boxes.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs');
mkdirSync(out, { recursive: true });

const server = await preview({ root, preview: { port: 4180, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
const base = 'http://127.0.0.1:4180';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function shot(name: string, url: string, options: { width: number; height: number; locale?: string; dark?: boolean; touch?: boolean }, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    locale: options.locale ?? 'en-US',
    colorScheme: options.dark ? 'dark' : 'light',
    hasTouch: options.touch,
    isMobile: options.touch,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  // The first-visit legend would cover the text in every picture: show the page as a returning reader sees it.
  await page.addInitScript(() => localStorage.setItem('rdr:legend-seen', '1'));
  await page.goto(base + url);
  await page.waitForLoadState('networkidle');
  if (act) await act(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}.png`) });
  await context.close();
  console.log(`docs/${name}.png`);
}

try {
  await shot('reader-wide', '/wuzhi-2020/#1.0.2', { width: 1280, height: 860 });
  await shot('reader-narrow', '/wuzhi-2020/#1.0.2', { width: 390, height: 844, touch: true });
  await shot('reader-dark', '/wuzhi-2020/#1.3.1', { width: 1280, height: 860, dark: true }, async (page) => {
    await page.locator('.cell.zh[data-para="1.3.1"] a.term[data-term="san-pin-yi-biao"]').hover();
  });
  await shot('reader-zh-interface', '/wuzhi-2020/#2.0.4', { width: 1280, height: 860, locale: 'zh-CN' });
  await shot('term-popup-phone', '/wuzhi-2020/#1.3.1', { width: 390, height: 844, touch: true }, async (page) => {
    await page.locator('.cell.zh[data-para="1.3.1"] a.term[data-term="si-hao-nong-cun-lu"]').first().tap();
  });
  await shot('cite-dialog', '/wuzhi-2020/#1.4.1', { width: 1280, height: 860 }, async (page) => {
    await page.locator('[id="1.4.1"] rdr-para-actions').getByRole('button', { name: /^Cite/ }).click();
  });
  await shot('glossary', '/glossary/#wu-chuang-san-zhi', { width: 1280, height: 860 });
  await shot('figure-popup', '/wuzhi-2020/#1.0.2', { width: 1280, height: 860 }, async (page) => {
    await page.locator('.cell.zh[data-para="1.0.2"] .fig', { hasText: '463.3亿元' }).hover();
  });
  await shot('indicators', '/wuzhi-2020/indicators/', { width: 1280, height: 860 });
  await shot('indicators-charts', '/wuzhi-2020/indicators/', { width: 1280, height: 860, dark: true }, async (page) => {
    await page.evaluate(() => document.querySelector('figure.chart')?.scrollIntoView());
  });
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
