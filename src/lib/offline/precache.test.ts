import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manifestOptions, maximumFileSize, serviceWorkerOptions } from './precache.ts';

// A small built site: a file of each kind the build writes.
const files = [
  'index.html',
  '404.html',
  'formy/anketa-nastavnika/index.html',
  '_astro/page.abc123.js',
  '_astro/docx.def456.js',
  '_astro/middleware.aaa111.css',
  'favicon.svg',
  'pagefind/pagefind.js',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.ru.pagefind',
  'pagefind/index/ru_1.pf_index',
  'pagefind/fragment/ru_2.pf_fragment',
  'pagefind/pagefind-component-ui.js',
  'pagefind/pagefind-modular-ui.css',
  'pagefind/pagefind-highlight.js',
  'templates/anketa-nastavnika.docx',
  'municipalitet/meropriyatiya.ics',
  'municipalitet/nastavniki.json',
  'og/formy.png',
  'og/index.png',
  'sitemap-0.xml',
  'sw.js',
];

let root = '';
let urls: string[] = [];
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'precache-'));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  const manifest = await getManifest({ globDirectory: root, ...manifestOptions });
  expect(manifest.warnings).toEqual([]);
  urls = manifest.manifestEntries?.map((entry) => entry.url) ?? [];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each([
  ['index.html', true],
  ['formy/anketa-nastavnika/index.html', true],
  ['404.html', true],
  ['_astro/page.abc123.js', true],
  ['_astro/docx.def456.js', true],
  ['_astro/middleware.aaa111.css', true],
  ['favicon.svg', true],
  ['pagefind/pagefind.js', true],
  ['pagefind/pagefind-ui.js', true],
  ['pagefind/pagefind-ui.css', true],
  ['pagefind/pagefind-entry.json', true],
  ['pagefind/wasm.ru.pagefind', true],
  ['pagefind/index/ru_1.pf_index', true],
  ['pagefind/fragment/ru_2.pf_fragment', true],
  ['templates/anketa-nastavnika.docx', true],
  ['municipalitet/meropriyatiya.ics', true],
  ['municipalitet/nastavniki.json', true],
  ['pagefind/pagefind-component-ui.js', false],
  ['pagefind/pagefind-modular-ui.css', false],
  ['pagefind/pagefind-highlight.js', false],
  ['og/formy.png', false],
  ['sitemap-0.xml', false],
  ['sw.js', false],
] as const)('%s', (file, kept) => {
  test(kept ? 'is kept for offline use' : 'is left out', () => {
    expect(urls.includes(file)).toBe(kept);
  });
});

test('every file of the fixture is decided on', () => {
  expect(files.length).toBe(24);
  expect(urls.length).toBe(17);
});

test('a new version waits for the reader; the first takes over the open page', () => {
  const options = serviceWorkerOptions('/site/dist/');
  expect(options).toMatchObject({ skipWaiting: false, clientsClaim: true, swDest: '/site/dist/sw.js' });
  expect(maximumFileSize).toBeGreaterThan(1024 * 1024);
});
