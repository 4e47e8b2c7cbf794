import { expect, test } from '@playwright/test';

test.describe('an address with no page', () => {
  test('is answered 404, and the 404 page a static host serves leads back to the library', async ({ page }) => {
    expect((await page.request.get('/no-such-report/')).status()).toBe(404);
    await page.goto('/404.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.locator('main').getByRole('link', { name: 'Library' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('.library-item').first()).toBeVisible();
  });
});
