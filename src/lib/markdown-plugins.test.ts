import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinks, scrollableTables, typography } from './markdown-plugins.ts';

const nbsp = '\u00a0';

describe('baseLinks', () => {
  test('prefixes root-relative links in Markdown under a sub-path, and only those', async () => {
    const { html } = await markdownToHtml(
      '[формы](/formy/) [внешняя](https://example.org/) [якорь](#a) ![](/templates/x.png)',
      {
        hastPlugins: [baseLinks('/nastavnichestvo/')],
      },
    );
    expect(html).toContain('href="/nastavnichestvo/formy/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#a"');
    expect(html).toContain('src="/nastavnichestvo/templates/x.png"');
  });

  test('prefixes the href of a LinkCard in MDX', async () => {
    const { code } = await mdxToJs('<LinkCard title="Инструменты" href="/instrumenty/" />', {
      hastPlugins: [baseLinks('/nastavnichestvo/')],
    });
    expect(code).toContain('"/nastavnichestvo/instrumenty/"');
  });

  test('changes nothing at the root', async () => {
    const { html } = await markdownToHtml('[формы](/formy/)', { hastPlugins: [baseLinks('/')] });
    expect(html).toContain('href="/formy/"');
  });
});

describe('typography', () => {
  test('sets Russian quotes, dashes and non-breaking spaces in text but not in code', async () => {
    const { html } = await markdownToHtml('Куратор - это "сотрудник" в школе. `"код" - как есть`', {
      hastPlugins: [typography()],
    });
    expect(html).toContain(`Куратор${nbsp}— это «сотрудник» в${nbsp}школе.`);
    expect(html).toContain('<code>"код" - как есть</code>');
  });
});

describe('scrollableTables', () => {
  test('makes every table focusable, so a keyboard can scroll a wide one', async () => {
    const { html } = await markdownToHtml('| а | б |\n| --- | --- |\n| 1 | 2 |', { hastPlugins: [scrollableTables()] });
    expect(html).toContain('<table tabindex="0">');
  });
});
