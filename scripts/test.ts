// `npm test`: every check the project has, in order, stopping at the first that fails.
// type check → unit tests → production build, at the root and under a sub-path → Content-Security-Policy
// against the build → links, assets and anchors of both builds → every .docx converts to PDF in
// LibreOffice → browser tests in Chromium.
// DIST_DIR and E2E_PORT choose another build folder and ports, so two checkouts can test side by side.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureTools } from './ensure-tools.ts';
import { distDir, subpathBase } from '../playwright.config.ts';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const timings: string[] = [];

function step(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  console.log(`\n━━ ${title}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${title}: ${seconds} с`);
  if (result.status !== 0) {
    console.error(`\n✗ ${title}: не прошло (код ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

ensureTools();

step('Проверка типов (astro check)', 'astro', ['check']);
step('Модульные тесты (vitest)', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=test-results/${distDir}-unit.json`]);
step('Сборка сайта', 'astro', ['build'], { OUT_DIR: distDir });
step(`Сборка под подкаталогом ${subpathBase}`, 'astro', ['build'], { SITE_BASE: subpathBase, OUT_DIR: `${distDir}-subpath` });
step('CSP и встроенные скрипты', 'node', ['scripts/csp.ts', '--dir', distDir]);
step('Синтаксис JS и CSS для Chrome 109 и Firefox 115', 'node', ['scripts/check-browsers.ts', '--dir', distDir]);
step('Ссылки сайта', 'node', ['scripts/check-links.ts', '--dir', distDir]);
step('Ссылки сайта под подкаталогом', 'node', ['scripts/check-links.ts', '--dir', `${distDir}-subpath`, '--base', subpathBase]);
step('Документы открываются в LibreOffice', 'node', ['scripts/check-documents.ts', '--dir', distDir]);
step('Браузерные тесты (Playwright, Chromium)', 'playwright', ['test']);

const unit = JSON.parse(readFileSync(`test-results/${distDir}-unit.json`, 'utf8'));
const e2e = JSON.parse(readFileSync(`test-results/${distDir}-e2e.json`, 'utf8'));
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected;
console.log(`\n${timings.join('\n')}`);
console.log(`\nМодульных тестов: ${unit.numPassedTests}, браузерных: ${e2e.stats.expected}.`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
