// `npm test`: every check the project has, in order, stopping at the first that fails.
// style and lint (Biome, Prettier for .astro) → type check → unit tests → production build, at the root and under a sub-path → Content-Security-Policy
// against the build → JS and CSS syntax for Chrome 109 / Firefox ESR 115 → links, assets and anchors of both builds → every .docx converts to PDF in
// LibreOffice → the district's pages built again from its registries' export → browser tests in Chromium. A skipped
// test fails the run unless tests/allowed-skips.txt lists it with a reason. DIST_DIR and E2E_PORT choose another build
// folder and ports, so two checkouts can test side by side. Runs as `npm test` or as `node_modules/.bin/node
// scripts/test.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureTools } from './ensure-tools.ts';
import { distDir, subpathBase } from '../playwright.config.ts';
import {
  addCounts,
  checkSkips,
  childPath,
  closingLine,
  commandLine,
  e2eCounts,
  parseAllowList,
  reportsOf,
  stepFailure,
  testSteps,
  unitCounts,
  type Counts,
} from './test-plan.ts';

const root = join(import.meta.dirname, '..');
const allowListFile = 'tests/allowed-skips.txt';
const reports = reportsOf(distDir);
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: childPath(root, process.execPath, process.env.PATH),
};
const timings: string[] = [];

/** The counts of the reports this run wrote; a report left by an earlier run was removed at the start. */
function counts(): Counts {
  const none: Counts = { passed: 0, failed: 0, skipped: 0, skippedTests: [] };
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
  const unit = existsSync(join(root, reports.unit)) ? unitCounts(read(reports.unit), root) : none;
  const e2e = existsSync(join(root, reports.e2e)) ? e2eCounts(read(reports.e2e), root) : none;
  if (unit !== none || e2e !== none) {
    console.log(
      `\nМодульных тестов прошло ${unit.passed}, браузерных — ${e2e.passed}; ` +
        `не прошло ${unit.failed} и ${e2e.failed}; пропущено ${unit.skipped} и ${e2e.skipped}.`,
    );
  }
  return addCounts(unit, e2e);
}

for (const file of Object.values(reports)) rmSync(join(root, file), { force: true });
ensureTools();

let failure: string | null = null;
for (const step of testSteps(distDir, subpathBase)) {
  console.log(`\n━━ ${step.title}`);
  const { file, args, script } = commandLine(step, root, process.execPath);
  if (script && !existsSync(script)) {
    failure = `✗ ${step.title}: нет программы ${relative(root, script)}. Выполните npm ci и запустите снова.`;
    break;
  }
  const started = performance.now();
  const result = spawnSync(file, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...step.env },
    timeout: step.minutes * 60_000,
    // As Ctrl+C: Playwright then stops its servers and browsers; after SIGTERM its servers stay, holding the ports.
    killSignal: 'SIGINT',
  });
  timings.push(`${step.title}: ${((performance.now() - started) / 1000).toFixed(1)} с`);
  failure = stepFailure(step, result);
  if (failure) break;
}

console.log(`\n${timings.join('\n')}`);
const total = counts();
if (failure) {
  console.error(`\n${failure}`);
  // The closing line never reads «0 failed» on a run that failed before its tests could say why.
  if (total.failed > 0) console.log(closingLine(total));
  process.exit(1);
}

const { allowed, problems } = parseAllowList(readFileSync(join(root, allowListFile), 'utf8'));
const { notAllowed, stale } = checkSkips(total.skippedTests, allowed);
for (const test of total.skippedTests) {
  const reason = allowed.find((entry) => entry.test === test)?.reason;
  console.log(`  пропущен: ${test}${reason ? ` — ${reason}` : ''}`);
}
for (const test of stale) console.log(`  в ${allowListFile} есть «${test}», но он не пропущен: уберите эту строку.`);
if (problems.length > 0) {
  console.error(`\n✗ ${allowListFile}: ${problems.join('; ')}.`);
}
if (notAllowed.length > 0) {
  console.error(
    `\n✗ Пропущено тестов, которых нет в ${allowListFile}: ${notAllowed.length}. Уберите из них .skip ` +
      `(или .todo, .fixme) или впишите каждый в ${allowListFile} с причиной.`,
  );
}
console.log(closingLine(total));
process.exit(total.failed > 0 || notAllowed.length > 0 || problems.length > 0 ? 1 : 0);
