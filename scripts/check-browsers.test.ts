import { describe, expect, test } from 'vitest';
import { checkCss, checkInlineScripts, checkJs, filesIn, inlineScripts } from './check-browsers.ts';

const fixture = (name: string) => `tests/fixtures/browsers/${name}`;

describe.each([
  ['regexp-v-flag.js', /RegExpUnicodeSetFlag|regular expression flag/i],
  ['modern-but-supported.js', undefined],
])('checkJs(%s)', (name, expected) => {
  test(
    expected ? 'находит синтаксис, которого нет в Chrome 109 и Firefox 115' : 'пропускает то, что они читают',
    () => {
      const problems = checkJs([fixture(name)]);
      if (expected) {
        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(expected);
      } else expect(problems).toEqual([]);
    },
  );
});

describe.each([
  ['nesting.css', /CSS Nesting/],
  ['supported.css', undefined],
])('checkCss(%s)', (name, expected) => {
  test(expected ? 'находит то, чего нет в Chrome 109 и Firefox 115' : 'пропускает то, что они читают', async () => {
    const problems = await checkCss([fixture(name)]);
    if (expected) {
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).toMatch(expected);
    } else expect(problems).toEqual([]);
  });
});

test('проверка видит каждый файл своей папки, а плохой среди хороших не теряется', async () => {
  const js = filesIn('tests/fixtures/browsers', '.js');
  const css = filesIn('tests/fixtures/browsers', '.css');
  expect(js).toHaveLength(2);
  expect(css).toHaveLength(2);
  expect(checkJs(js)).toHaveLength(1);
  expect((await checkCss(css)).join('\n')).toMatch(/nesting\.css/);
});

test('встроенные в страницу скрипты проверяются тоже, а данные JSON — нет', () => {
  const page = fixture('page-with-inline-script.html');
  expect(inlineScripts([page, page])).toHaveLength(2);
  const problems = checkInlineScripts([page]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(
    /встроенный скрипт страницы .*page-with-inline-script\.html: .*(RegExpUnicodeSetFlag|regular expression flag)/i,
  );
});
