// Browser tests run in Debian's Chromium against the built site, served as Netlify would serve it
// (scripts/serve.ts applies netlify.toml's headers). Two builds: at the root and under a sub-path.
import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/chromium.ts';

export const subpathBase = '/nastavnichestvo/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { launchOptions, trace: 'retain-on-failure', locale: 'ru-RU' },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: 'http://localhost:4400' } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://localhost:4401${subpathBase}` } },
  ],
  webServer: [
    { command: 'node scripts/serve.ts --dir dist --port 4400', url: 'http://localhost:4400/', reuseExistingServer: false },
    {
      command: `node scripts/serve.ts --dir dist-subpath --base ${subpathBase} --port 4401`,
      url: `http://localhost:4401${subpathBase}`,
      reuseExistingServer: false,
    },
  ],
});
