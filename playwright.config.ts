import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against production builds, served by `vite preview`, in Debian's Chromium:
 * Playwright's own browser download cannot work on CI's machine. Four sites on four
 * consecutive ports: the real one, a fixture site built from e2e/fixtures/site for what the real
 * texts do not contain (such as retired paragraph ids), the comparison fixture, and the real one
 * under a sub-path.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The first of the four ports (RDR_E2E_PORT, default 4173): two checkouts can run their tests at once. */
const port = Number(process.env.RDR_E2E_PORT ?? 4173);
const SITE = `http://127.0.0.1:${port}`;

export const FIXTURE_SITE = `http://127.0.0.1:${port + 1}`;
/** Two versions of an invented report (e2e/fixtures/compare), for the comparison and the tracker. */
export const COMPARE_SITE = `http://127.0.0.1:${port + 2}`;
/** The real site built and served under a sub-path, as a project page on a static host is. */
export const SUBPATH_SITE = `http://127.0.0.1:${port + 3}/policy-reader`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: SITE,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `${SITE}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `RDR_CONTENT_ROOT=e2e/fixtures/site npx vite build --outDir dist-fixture --logLevel warn && npx vite preview --outDir dist-fixture --host 127.0.0.1 --port ${port + 1} --strictPort`,
      url: `${FIXTURE_SITE}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `RDR_CONTENT_ROOT=e2e/fixtures/compare npx vite build --outDir dist-compare --logLevel warn && npx vite preview --outDir dist-compare --host 127.0.0.1 --port ${port + 2} --strictPort`,
      url: `${COMPARE_SITE}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx vite build --base=/policy-reader/ --outDir dist-subpath --logLevel warn && npx vite preview --base=/policy-reader/ --outDir dist-subpath --host 127.0.0.1 --port ${port + 3} --strictPort`,
      url: `${SUBPATH_SITE}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
