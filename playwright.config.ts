// Browser tests run in Debian's Chromium against the built site, served as Netlify would serve it
// (scripts/serve.ts applies netlify.toml's headers). Two builds: at the root and under a sub-path. Nearly every
// spec runs again in a real Chrome 109 (scripts/chrome109.ts), the oldest browser we support.
import { defineConfig } from '@playwright/test';
import { chrome109Path } from './scripts/chrome109.ts';
import { launchOptions } from './scripts/chromium.ts';
import { ports } from './scripts/ports.ts';

export const subpathBase = '/nastavnichestvo/';
/** Which build to test and on which ports: two people can test two builds side by side. */
export const distDir = process.env.DIST_DIR ?? 'dist';
const { site: port, subpath: subpathPort } = ports;
// The servers run on the Node that runs the tests (Node 24), whatever `node` is first on PATH.
const node = JSON.stringify(process.execPath);

/**
 * Chrome 109 runs every spec but these: the sub-path build (the same pages at another address), the axe sweep
 * of every page in two themes (axe judges the markup, which no browser changes; the modes for poor eyesight
 * are swept in Chrome 109 by low-vision.spec.ts), and the 10,000-row and timing runs of the pairs tool (sizes,
 * not browser features).
 */
const notInChrome109 = [/subpath\.spec\.ts/, /\/a11y\.spec\.ts/, /\/pairs-large\.spec\.ts/];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // Each build folder has its own output folder, so side-by-side runs do not clear each other's results.
  outputDir: `test-results/${distDir}`,
  reporter: [['list'], ['json', { outputFile: `test-results/${distDir}-e2e.json` }]],
  // The service worker would precache the whole site in every test's fresh browser: only offline.spec.ts
  // allows it, the others see the site as a first visit without it.
  use: { launchOptions, trace: 'retain-on-failure', locale: 'ru-RU', serviceWorkers: 'block' },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:${port}` } },
    {
      name: 'chrome109',
      testIgnore: notInChrome109,
      use: {
        baseURL: `http://localhost:${port}`,
        launchOptions: { ...launchOptions, executablePath: chrome109Path() },
      },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://localhost:${subpathPort}${subpathBase}` },
    },
  ],
  webServer: [
    {
      command: `${node} scripts/serve.ts --dir ${distDir} --port ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `${node} scripts/serve.ts --dir ${distDir}-subpath --base ${subpathBase} --port ${subpathPort}`,
      url: `http://localhost:${subpathPort}${subpathBase}`,
      reuseExistingServer: false,
    },
  ],
});
