// Browser tests run in Debian's Chromium against the built site, served as Netlify would serve it
// (scripts/serve.ts applies netlify.toml's headers). Two builds: at the root and under a sub-path. Every page
// and every tool's specs run again in a real Chrome 109 (scripts/chrome109.ts), the oldest browser we support.
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
 * What runs in Chrome 109 as well: every page, the phone menu (there through the Popover API polyfill), each
 * tool at work, and the modes for poor eyesight. The rest (offline, limits, the large benchmarks-as-tests) tests
 * the site's logic, which is the same in any browser.
 */
const chrome109Specs = [
  'pages',
  'old-browser-menu',
  'phone',
  'low-vision',
  'hydration',
  'form-filler',
  'kpi',
  'roadmap-builder',
  'pairs',
  'monitoring',
  'school',
  'district-picture',
].map((name) => `**/${name}.spec.ts`);

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
      testMatch: chrome109Specs,
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
