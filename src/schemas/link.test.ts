import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { isSafeLink, link } from './common.ts';

describe('isSafeLink', () => {
  test.each<[string, boolean]>([
    ['https://uo.zarechnyj.example/', true],
    ['http://uo.zarechnyj.example/prikaz.pdf', true],
    ['HTTPS://UO.EXAMPLE/', true],
    ['mailto:uo@test.example', true],
    ['/files/prikaz-245.pdf', true],
    ['/', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
    ['ftp://files.example/prikaz.pdf', false],
    ['//evil.example/x.js', false],
    ['/\\evil.example/x.js', false],
    ['/\t/evil.example/x.js', false],
    ['files/prikaz.pdf', false],
    ['uo.zarechnyj.example', false],
    ['https://', false],
    ['mailto:', false],
    ['', false],
  ])('%j → %s', (value, safe) => {
    expect(isSafeLink(value)).toBe(safe);
  });
});

test('the link schema trims the value and gives a Russian message that says what a link may be', () => {
  expect(link.parse('  /files/a.pdf ')).toBe('/files/a.pdf');
  const result = link.safeParse('javascript:alert(1)', { error: z.locales.ru().localeError });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toMatch(/^Ссылка должна начинаться с https:\/\/, http:\/\/ или mailto:/);
});
