// Debian's Chromium, the browser every browser test and script here uses: Playwright cannot download its
// own on these machines. CHROMIUM_PATH points elsewhere if needed.
import type { LaunchOptions } from '@playwright/test';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchOptions: LaunchOptions = {
  executablePath: chromiumPath,
  args: [
    // Root cannot use Chromium's sandbox; these machines run tests as root.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    // Keep Chromium from calling Google's hosts, which this network does not reach.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--no-first-run',
  ],
};
