// The tests need programs from Debian: Chromium for the browser tests, LibreOffice (Writer and Calc) and
// poppler to prove that every downloadable document opens. Where one is missing, root with apt installs
// it; anyone else is told in one line what to install, and the tests stop: they never pass without them.
// The project's one list of these packages: `npm test` calls ensureTools first, and CI (.ci/run) relies on it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.ts';

const tools = [
  { path: chromiumPath, packages: ['chromium'] },
  { path: '/usr/bin/soffice', packages: ['libreoffice-writer-nogui'] },
  // Calc opens the calculator's .xlsx in its browser test.
  { path: '/usr/lib/libreoffice/program/libsclo.so', packages: ['libreoffice-calc-nogui'] },
  { path: '/usr/bin/pdftotext', packages: ['poppler-utils'] },
];

export function ensureTools(): void {
  const missing = tools.filter((tool) => !existsSync(tool.path));
  if (missing.length === 0) return;
  const packages = missing.flatMap((tool) => tool.packages);
  const canInstall = process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0;
  if (canInstall) {
    console.log(`Не хватает программ: устанавливаю из Debian ${packages.join(', ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  }
  const still = tools.filter((tool) => !existsSync(tool.path));
  if (still.length > 0) {
    console.error(
      `Нет ${still.map((t) => t.path).join(', ')}: установите sudo apt-get install ${still.flatMap((t) => t.packages).join(' ')} (путь к Chromium можно задать в CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
}

if (import.meta.main) ensureTools();
