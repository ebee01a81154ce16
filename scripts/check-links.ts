// Checks every link and asset of a built site: each href and src of every page in the sitemap (and the
// 404 page) must resolve on the served site, and each #fragment must name an element of its page.
// Links off the site are not requested: the tests run without internet.
// Usage: node scripts/check-links.ts [--dir dist] [--base /]
import { parseArgs } from 'node:util';
import { check, LinkState } from 'linkinator';
import { startServer } from './serve.ts';
import { sitemapPaths } from './sitemap.ts';
import { normaliseBase } from '../src/lib/base-path.ts';

/** Fragments that browsers handle themselves and no page needs an element for. */
const builtInFragments = new Set(['#_top', '#top']);

export async function checkLinks(dir: string, base: string, port = Number(process.env.LINKS_PORT ?? 4398)): Promise<string[]> {
  const server = await startServer({ dir, base, port });
  const origin = `http://localhost:${port}`;
  try {
    const pages = [...sitemapPaths(dir), `${normaliseBase(base)}404.html`].map((path) => origin + path);
    const result = await check({
      path: pages,
      recurse: true,
      checkFragments: true,
      checkCss: true,
      concurrency: 20,
      linksToSkip: async (link) => {
        if (!link.startsWith(origin)) return true;
        return builtInFragments.has(new URL(link).hash);
      },
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    const lines = broken.map((link) => `${link.url.replace(origin, '')} (${link.status ?? 'нет ответа'}), ссылка со страницы ${link.parent?.replace(origin, '') ?? '—'}`);
    return [...new Set(lines)];
  } finally {
    server.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
  });
  const broken = await checkLinks(values.dir, values.base);
  if (broken.length > 0) {
    console.error(`Битые ссылки в ${values.dir} (base ${values.base}): ${broken.length}`);
    for (const line of broken) console.error(`  ✗ ${line}`);
    process.exit(1);
  }
  console.log(`Ссылки в ${values.dir} (base ${values.base}): все ведут на существующие страницы, файлы и якоря.`);
}
