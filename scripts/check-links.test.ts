import { expect, test } from 'vitest';
import { checkLinks } from './check-links.ts';
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
