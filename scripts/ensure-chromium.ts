// The browser tests need Debian's Chromium. Where it is missing, root with apt installs it; anyone else
// is told in one line what to do, and the tests stop: they never pass without a browser.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.ts';

export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  const canInstall = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
  if (canInstall && !process.env.CHROMIUM_PATH) {
    console.log('Chromium не найден: устанавливаю пакет chromium из Debian…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (install && install.status === 0 && existsSync(chromiumPath)) return;
  }
  console.error(`Нет браузера ${chromiumPath}: установите Chromium (sudo apt-get install chromium) или укажите путь к нему в CHROMIUM_PATH.`);
  process.exit(1);
}

if (import.meta.main) ensureChromium();
