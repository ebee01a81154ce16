// The pure parts of `npm test` (scripts/test.ts): the table of steps with their time limits, how a step's
// command is found, what a failed step says, the two JSON reports read into counts, and the skipped-test check.
import { delimiter, dirname, join, relative } from 'node:path';

export interface Step {
  title: string;
  /** `node`, or the name of a program in the project's node_modules/.bin. */
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Generous: a step that runs past it has hung, and the run stops instead of waiting for ever. */
  minutes: number;
}

export interface Reports {
  unit: string;
  e2e: string;
}

/** Where the vitest and Playwright JSON reports of a build folder go (playwright.config.ts names the second). */
export const reportsOf = (distDir: string): Reports => ({
  unit: `test-results/${distDir}-unit.json`,
  e2e: `test-results/${distDir}-e2e.json`,
});

/** Every check, in order: `npm test` stops at the first that fails. */
export function testSteps(distDir: string, subpathBase: string): Step[] {
  const subpathDir = `${distDir}-subpath`;
  return [
    { title: 'Стиль и линтер (Biome)', command: 'biome', args: ['check', '.'], minutes: 5 },
    { title: 'Стиль файлов .astro (Prettier)', command: 'prettier', args: ['--check', '**/*.astro'], minutes: 5 },
    { title: 'Проверка типов (astro check)', command: 'astro', args: ['check'], minutes: 5 },
    {
      title: 'Модульные тесты (vitest)',
      command: 'vitest',
      args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportsOf(distDir).unit}`],
      minutes: 10,
    },
    { title: 'Сборка сайта', command: 'astro', args: ['build'], env: { OUT_DIR: distDir }, minutes: 10 },
    {
      title: `Сборка под подкаталогом ${subpathBase}`,
      command: 'astro',
      args: ['build'],
      env: { SITE_BASE: subpathBase, OUT_DIR: subpathDir },
      minutes: 10,
    },
    { title: 'CSP и встроенные скрипты', command: 'node', args: ['scripts/csp.ts', '--dir', distDir], minutes: 5 },
    {
      title: 'Синтаксис JS и CSS для Chrome 109 и Firefox 115',
      command: 'node',
      args: ['scripts/check-browsers.ts', '--dir', distDir],
      minutes: 5,
    },
    { title: 'Ссылки сайта', command: 'node', args: ['scripts/check-links.ts', '--dir', distDir], minutes: 10 },
    {
      title: 'Ссылки сайта под подкаталогом',
      command: 'node',
      args: ['scripts/check-links.ts', '--dir', subpathDir, '--base', subpathBase],
      minutes: 10,
    },
    {
      title: 'Документы открываются в LibreOffice',
      command: 'node',
      args: ['scripts/check-documents.ts', '--dir', distDir],
      minutes: 10,
    },
    {
      // A whole third build (about 40 s): the district's pages built again from its registries' export.
      title: 'Вторая сборка страниц района из выгрузки реестров',
      command: 'node',
      args: ['scripts/check-export-build.ts', '--out', `${distDir}-export`],
      minutes: 10,
    },
    {
      title: 'Браузерные тесты (Playwright: Chromium и Chrome 109)',
      command: 'playwright',
      args: ['test'],
      minutes: 60,
    },
  ];
}

/**
 * The program to start and its arguments. Programs of node_modules/.bin are Node scripts whose first line
 * asks for whatever `node` is on PATH, which outside npm is the machine's older Node: they are started with
 * this process's own Node instead, so `node_modules/.bin/node scripts/test.ts` works as `npm test` does.
 */
export function commandLine(step: Pick<Step, 'command' | 'args'>, root: string, execPath: string) {
  const script = step.command === 'node' ? [] : [join(root, 'node_modules', '.bin', step.command)];
  return { file: execPath, args: [...script, ...step.args], script: script[0] };
}

/** PATH for the steps: what they start in turn (Playwright's `node scripts/serve.ts`) finds the same Node. */
export const childPath = (root: string, execPath: string, path = '') =>
  [join(root, 'node_modules', '.bin'), dirname(execPath), ...(path ? [path] : [])].join(delimiter);

export interface StepResult {
  status: number | null;
  signal: string | null;
  error?: Error & { code?: string };
}

/** What to print when a step did not pass, or null when it did. */
export function stepFailure(step: Pick<Step, 'title' | 'minutes'>, result: StepResult): string | null {
  if (result.error?.code === 'ETIMEDOUT') {
    return (
      `✗ ${step.title}: не закончилось за ${step.minutes} мин и остановлено. Посмотрите, на чём остановился ` +
      'вывод выше: там то, что зависло.'
    );
  }
  if (result.error) {
    return `✗ ${step.title}: не удалось запустить (${result.error.message}). Выполните npm ci и запустите снова.`;
  }
  if (result.status === 0) return null;
  const how = result.status === null ? `остановлено сигналом ${result.signal}` : `код ${result.status}`;
  return `✗ ${step.title}: не прошло (${how}). Причина — в выводе выше.`;
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** One line per skipped test, as the allow-list names it. */
  skippedTests: string[];
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { ancestorTitles: string[]; title: string; status: string }[] }[];
}

/** A vitest JSON report (`--reporter=json`): skipped counts both `.skip` and `.todo`. */
export function unitCounts(report: VitestReport, root: string): Counts {
  const skippedTests = report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status !== 'passed' && test.status !== 'failed')
      .map((test) => [relative(root, file.name), ...test.ancestorTitles, test.title].join(' › ')),
  );
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    skippedTests,
  };
}

interface PlaywrightSuite {
  title: string;
  file: string;
  specs: { title: string; file: string; tests: { projectName: string; status: string }[] }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  config: { rootDir: string };
  suites: PlaywrightSuite[];
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

/** A Playwright JSON report. A flaky test failed and then passed on a retry: it counts as passed. */
export function e2eCounts(report: PlaywrightReport, root: string): Counts {
  const skippedTests: string[] = [];
  // The first level of suites is the spec files; the levels under it are `test.describe` blocks.
  const walk = (suite: PlaywrightSuite, titles: string[]) => {
    for (const spec of suite.specs) {
      for (const test of spec.tests.filter((t) => t.status === 'skipped')) {
        const file = relative(root, join(report.config.rootDir, spec.file));
        skippedTests.push(`${[file, ...titles, spec.title].join(' › ')} [${test.projectName}]`);
      }
    }
    for (const inner of suite.suites ?? []) walk(inner, [...titles, inner.title]);
  };
  for (const file of report.suites) walk(file, []);
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped, skippedTests };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
  skippedTests: [...a.skippedTests, ...b.skippedTests],
});

/** The closing line; CI reads the first two numbers as they are. */
export const closingLine = (counts: Counts) =>
  `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;

export interface AllowedSkip {
  test: string;
  reason: string;
}

/**
 * The allow-list of skipped tests: a line `<test as npm test prints it> | <why it is skipped>` (test titles
 * may hold dashes, never « | »); blank lines and lines starting with # are ignored. A skip needs a reason.
 */
export function parseAllowList(text: string): { allowed: AllowedSkip[]; problems: string[] } {
  const allowed: AllowedSkip[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cut = line.lastIndexOf(' | ');
    const test = cut < 0 ? '' : line.slice(0, cut).trim();
    const reason = cut < 0 ? '' : line.slice(cut + 3).trim();
    if (!test || !reason) problems.push(`строка ${index + 1}: нужно «тест | причина», а написано «${line}»`);
    else allowed.push({ test, reason });
  });
  return { allowed, problems };
}

/** Skipped tests the list does not allow (they fail the run), and allowed ones that no longer skip. */
export function checkSkips(skippedTests: string[], allowed: AllowedSkip[]) {
  const names = new Set(allowed.map((entry) => entry.test));
  const skipped = new Set(skippedTests);
  return {
    notAllowed: skippedTests.filter((test) => !names.has(test)),
    stale: allowed.filter((entry) => !skipped.has(entry.test)).map((entry) => entry.test),
  };
}
