import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  addCounts,
  checkSkips,
  childPath,
  closingLine,
  commandLine,
  e2eCounts,
  parseAllowList,
  stepFailure,
  testSteps,
  unitCounts,
} from './test-plan.ts';

const root = '/repo';

describe('testSteps', () => {
  const steps = testSteps('dist-2', '/nastavnichestvo/');

  test('runs every layer in order, each with a time limit', () => {
    expect(steps.map((step) => [step.command, step.args[0], step.minutes])).toEqual([
      ['biome', 'check', 5],
      ['prettier', '--check', 5],
      ['astro', 'check', 5],
      ['vitest', 'run', 10],
      ['astro', 'build', 10],
      ['astro', 'build', 10],
      ['node', 'scripts/csp.ts', 5],
      ['node', 'scripts/check-browsers.ts', 5],
      ['node', 'scripts/check-links.ts', 10],
      ['node', 'scripts/check-links.ts', 10],
      ['node', 'scripts/check-documents.ts', 10],
      ['node', 'scripts/check-export-build.ts', 10],
      ['playwright', 'test', 60],
    ]);
  });

  test('builds into the chosen folder and its -subpath twin, and checks what it built', () => {
    expect(steps[3]!.args).toContain('--outputFile.json=test-results/dist-2-unit.json');
    expect(steps[4]!.env).toEqual({ OUT_DIR: 'dist-2' });
    expect(steps[5]!.env).toEqual({ SITE_BASE: '/nastavnichestvo/', OUT_DIR: 'dist-2-subpath' });
    expect(steps[7]!.args).toEqual(['scripts/check-browsers.ts', '--dir', 'dist-2']);
    expect(steps[9]!.args).toEqual([
      'scripts/check-links.ts',
      '--dir',
      'dist-2-subpath',
      '--base',
      '/nastavnichestvo/',
    ]);
    expect(steps[10]!.args).toEqual(['scripts/check-documents.ts', '--dir', 'dist-2']);
    expect(steps[11]!.args).toEqual(['scripts/check-export-build.ts', '--out', 'dist-2-export']);
  });

  test('every program it names is installed in node_modules/.bin', () => {
    for (const step of steps.filter((s) => s.command !== 'node')) {
      expect(existsSync(`node_modules/.bin/${step.command}`), step.command).toBe(true);
    }
  });
});

describe.each([
  { command: 'node', args: ['scripts/csp.ts'], file: '/n24/bin/node', expected: ['scripts/csp.ts'] },
  { command: 'astro', args: ['check'], file: '/n24/bin/node', expected: ['/repo/node_modules/.bin/astro', 'check'] },
  {
    command: 'playwright',
    args: ['test'],
    file: '/n24/bin/node',
    expected: ['/repo/node_modules/.bin/playwright', 'test'],
  },
])('commandLine $command', ({ command, args, file, expected }) => {
  test('starts it with this Node, from the project', () => {
    const line = commandLine({ command, args }, root, '/n24/bin/node');
    expect(line.file).toBe(file);
    expect(line.args).toEqual(expected);
  });
});

test('childPath puts the project’s programs and this Node before the rest of PATH', () => {
  expect(childPath(root, '/n24/bin/node', '/usr/bin:/bin')).toBe('/repo/node_modules/.bin:/n24/bin:/usr/bin:/bin');
  expect(childPath(root, '/n24/bin/node')).toBe('/repo/node_modules/.bin:/n24/bin');
});

describe.each([
  { name: 'passed', result: { status: 0, signal: null }, expected: null },
  { name: 'failed', result: { status: 2, signal: null }, expected: /^✗ Сборка сайта: не прошло \(код 2\)/ },
  { name: 'killed', result: { status: null, signal: 'SIGKILL' }, expected: /остановлено сигналом SIGKILL/ },
  {
    name: 'out of time',
    result: {
      status: null,
      signal: 'SIGINT',
      error: Object.assign(new Error('spawnSync node ETIMEDOUT'), { code: 'ETIMEDOUT' }),
    },
    expected: /^✗ Сборка сайта: не закончилось за 10 мин и остановлено/,
  },
  {
    name: 'could not start',
    result: { status: null, signal: null, error: Object.assign(new Error('spawnSync /x ENOENT'), { code: 'ENOENT' }) },
    expected: /^✗ Сборка сайта: не удалось запустить \(spawnSync \/x ENOENT\)\. Выполните npm ci/,
  },
])('stepFailure: $name', ({ result, expected }) => {
  test('says what happened', () => {
    const message = stepFailure({ title: 'Сборка сайта', minutes: 10 }, result);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
    expect(message ?? '').not.toContain('null');
  });
});

const unitReport = {
  numPassedTests: 3,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 1,
  testResults: [
    {
      name: '/repo/src/lib/a.test.ts',
      assertionResults: [
        { ancestorTitles: ['dates'], title: 'parses', status: 'passed' },
        { ancestorTitles: ['dates'], title: 'leap years', status: 'skipped' },
        { ancestorTitles: [], title: 'fails', status: 'failed' },
      ],
    },
    {
      name: '/repo/scripts/b.test.ts',
      assertionResults: [
        { ancestorTitles: [], title: 'one', status: 'passed' },
        { ancestorTitles: [], title: 'two', status: 'passed' },
        { ancestorTitles: ['later'], title: 'some day', status: 'todo' },
      ],
    },
  ],
};

const e2eReport = {
  config: { rootDir: '/repo/tests/e2e' },
  stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 2 },
  suites: [
    {
      title: 'pages.spec.ts',
      file: 'pages.spec.ts',
      specs: [{ title: 'opens', file: 'pages.spec.ts', tests: [{ projectName: 'site', status: 'expected' }] }],
      suites: [
        {
          title: 'search',
          file: 'pages.spec.ts',
          specs: [
            {
              title: 'finds «наставник» — word forms',
              file: 'pages.spec.ts',
              tests: [{ projectName: 'site', status: 'skipped' }],
            },
          ],
        },
      ],
    },
    {
      title: 'subpath.spec.ts',
      file: 'subpath.spec.ts',
      specs: [{ title: 'works', file: 'subpath.spec.ts', tests: [{ projectName: 'subpath', status: 'skipped' }] }],
    },
  ],
};

describe('reading the reports', () => {
  test('vitest: skipped counts .skip and .todo, and names each test by file and titles', () => {
    expect(unitCounts(unitReport, root)).toEqual({
      passed: 3,
      failed: 1,
      skipped: 2,
      skippedTests: ['src/lib/a.test.ts › dates › leap years', 'scripts/b.test.ts › later › some day'],
    });
  });

  test('Playwright: a flaky test passed; skipped ones are named with describe blocks and project', () => {
    expect(e2eCounts(e2eReport, root)).toEqual({
      passed: 5,
      failed: 1,
      skipped: 2,
      skippedTests: [
        'tests/e2e/pages.spec.ts › search › finds «наставник» — word forms [site]',
        'tests/e2e/subpath.spec.ts › works [subpath]',
      ],
    });
  });

  test('the closing line starts with exactly «N passed, N failed»', () => {
    const line = closingLine(addCounts(unitCounts(unitReport, root), e2eCounts(e2eReport, root)));
    expect(line).toBe('8 passed, 2 failed, 4 skipped');
    expect(line).toMatch(/^\d+ passed, \d+ failed(, \d+ skipped)?$/);
  });
});

describe('the allow-list of skipped tests', () => {
  const text = [
    '# comment',
    '',
    'tests/e2e/pages.spec.ts › search › finds «наставник» — word forms [site] | the index is rebuilt — see #20',
    'src/lib/a.test.ts › dates › leap years',
    ' | no test',
    'src/gone.test.ts › old | was skipped once',
  ].join('\n');
  const { allowed, problems } = parseAllowList(text);

  test('reads «test | reason» lines, a dash inside either one included', () => {
    expect(allowed).toEqual([
      {
        test: 'tests/e2e/pages.spec.ts › search › finds «наставник» — word forms [site]',
        reason: 'the index is rebuilt — see #20',
      },
      { test: 'src/gone.test.ts › old', reason: 'was skipped once' },
    ]);
  });

  test('names every line without a test or a reason', () => {
    expect(problems).toEqual([
      'строка 4: нужно «тест | причина», а написано «src/lib/a.test.ts › dates › leap years»',
      'строка 5: нужно «тест | причина», а написано «| no test»',
    ]);
  });

  test('a skip not on the list fails; a listed test that runs again is reported as stale', () => {
    const skipped = [
      'tests/e2e/pages.spec.ts › search › finds «наставник» — word forms [site]',
      'src/lib/a.test.ts › dates › leap years',
    ];
    expect(checkSkips(skipped, allowed)).toEqual({
      notAllowed: ['src/lib/a.test.ts › dates › leap years'],
      stale: ['src/gone.test.ts › old'],
    });
    expect(checkSkips([], [])).toEqual({ notAllowed: [], stale: [] });
  });

  test('the project’s own list is well formed', () => {
    expect(parseAllowList(readFileSync('tests/allowed-skips.txt', 'utf8')).problems).toEqual([]);
  });
});
