import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks, checkUnsafeUrls, unsafeUrls } from './check-links.ts';
import { ports } from './ports.ts';

test('finds missing pages, files and anchors, names the page of each link, and leaves external links alone', async () => {
  const broken = await checkLinks('tests/fixtures/site', '/', ports.linksTest);
  expect(broken.sort()).toEqual([
    '/#nope3 (нет такого якоря), ссылка со страницы /',
    '/missing.png (404), ссылка со страницы /',
    '/missing/ (404), ссылка со страницы /',
    '/other/#nope (нет такого якоря), ссылка со страницы /',
    '/other/#nope2 (нет такого якоря), ссылка со страницы /',
  ]);
});

// Each row: markup of a page and the URLs the check must report in it (none for a safe page).
describe('unsafeUrls', () => {
  test.each<[string, string, string[]]>([
    [
      'ordinary links and images',
      '<a href="/formy/">x</a><a href="https://a.example/">y</a><img src="/i.png" alt="">',
      [],
    ],
    ['mail and phone links', '<a href="mailto:uo@test.example">x</a><a href="tel:+70000000000">y</a>', []],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', ['href="javascript:alert(1)"']],
    ['in capitals, after spaces', '<a href="  JavaScript:alert(1)">x</a>', ['href="  JavaScript:alert(1)"']],
    ['with a tab inside the scheme', '<a href="java&#9;script:alert(1)">x</a>', ['href="java\tscript:alert(1)"']],
    ['written with entities', '<a href="&#106;avascript:alert(1)">x</a>', ['href="javascript:alert(1)"']],
    ['a data: image', '<img src="data:image/svg+xml,<svg/>" alt="">', ['src="data:image/svg+xml,<svg/>"']],
    [
      'a data: frame',
      '<iframe src="data:text/html;base64,PHNjcmlwdD4="></iframe>',
      ['src="data:text/html;base64,PHNjcmlwdD4="'],
    ],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', ['href="vbscript:msgbox(1)"']],
    [
      'in a srcset',
      '<img srcset="/a.png 1x, data:image/png;base64,AAAA 2x" alt="">',
      ['srcset="/a.png 1x, data:image/png;base64,AAAA 2x"'],
    ],
    ['a form action', '<form action="javascript:void(0)"></form>', ['action="javascript:void(0)"']],
    [
      'the word in text or another attribute',
      '<p title="javascript:x">javascript:alert(1)</p><a href="/javascript:x/">x</a>',
      [],
    ],
  ])('%s', (_kind, html, expected) => {
    expect(unsafeUrls(html)).toEqual(expected);
  });
});

test('names every built page with a link that runs code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unsafe-links-'));
  try {
    mkdirSync(join(dir, 'municipalitet', 'dokumenty'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<a href="/municipalitet/dokumenty/">Документы</a>');
    writeFileSync(join(dir, 'municipalitet', 'dokumenty', 'index.html'), '<a href="javascript:alert(1)">Приказ</a>');
    expect(checkUnsafeUrls(dir, '/nastavnichestvo/')).toEqual([
      'href="javascript:alert(1)" (ссылка, которая запускает код), на странице /nastavnichestvo/municipalitet/dokumenty/',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
