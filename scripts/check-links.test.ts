import { expect, test } from 'vitest';
import { checkLinks } from './check-links.ts';

test('finds a missing page, a missing file and a missing anchor, and leaves external links alone', async () => {
  const broken = await checkLinks('tests/fixtures/site', '/', 4397);
  const urls = broken.map((line) => line.split(' ')[0]);
  expect(urls.sort()).toEqual(['/missing.png', '/missing/', '/other/#nope']);
});
