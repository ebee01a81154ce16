// Checks every link and asset of a built site: each href and src of every page in the sitemap (and the
// 404 page) must resolve on the served site, each #fragment must name an element of its page, and no
// href or src of any built page runs code (`javascript:`, `data:`, `vbscript:`).
// Links off the site are not requested: the tests run without internet.
// Usage: node scripts/check-links.ts [--dir dist] [--base /]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { check, LinkState } from 'linkinator';
import { parse } from 'node-html-parser';
import { ports } from './ports.ts';
import { startServer } from './serve.ts';
import { sitemapPaths } from './sitemap.ts';
import { normaliseBase } from '../src/lib/base-path.ts';

/** Fragments that browsers handle themselves and no page needs an element for. */
const builtInFragments = new Set(['#_top', '#top']);

/**
 * Every `#fragment` of every internal link must name an element of its page. Linkinator checks fragments
 * too, but reports a broken one once whichever page links to it; this names each page with the link.
 */
export function checkFragments(dir: string, base: string): string[] {
  const prefix = normaliseBase(base);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const root = parse(readFileSync(file, 'utf8'));
      ids.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!)));
    }
    return ids.get(file)!;
  };
  const problems: string[] = [];
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  for (const name of pages) {
    const pagePath = `${prefix}${name.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const link of parse(readFileSync(join(dir, name), 'utf8')).querySelectorAll('a[href*="#"]')) {
      const url = new URL(link.getAttribute('href')!, `http://site${pagePath}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (url.host !== 'site' || !fragment || builtInFragments.has(url.hash) || !url.pathname.startsWith(prefix))
        continue;
      const inner = url.pathname.slice(prefix.length);
      const target = join(dir, inner.endsWith('/') || inner === '' ? `${inner}index.html` : inner);
      if (!existsSync(target)) continue; // a missing page is linkinator's to report
      if (!idsOf(target).has(fragment))
        problems.push(`${url.pathname}#${fragment} (нет такого якоря), ссылка со страницы ${pagePath}`);
    }
  }
  return [...new Set(problems)];
}

/** Schemes that make a link run or carry code instead of leading somewhere. */
const unsafeSchemes = /^(?:javascript|data|vbscript):/;
/** Attributes that hold a URL the browser follows or loads. */
const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href']);

/**
 * The URLs of one page's markup that run or carry code. The value is read as the browser reads it: entities
 * decoded, tabs and line breaks inside dropped, leading spaces and control characters trimmed, any case.
 */
export function unsafeUrls(html: string): string[] {
  const found: string[] = [];
  for (const element of parse(html).querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (!urlAttributes.has(name.toLowerCase())) continue;
      const srcset = name.toLowerCase() === 'srcset';
      const urls = srcset ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        const seen = url
          .replace(/[\t\n\r]/g, '')
          .replace(/^[\u0000-\u0020]+/, '')
          .toLowerCase();
        if (unsafeSchemes.test(seen)) found.push(`${name}="${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`);
      }
    }
  }
  return found;
}

/** Every built page with a URL that runs code, each named by its path: a district's data must not smuggle one in. */
export function checkUnsafeUrls(dir: string, base: string): string[] {
  const prefix = normaliseBase(base);
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  return pages.flatMap((name) => {
    const page = `${prefix}${name.replace(/(^|\/)index\.html$/, '$1')}`;
    const found = unsafeUrls(readFileSync(join(dir, name), 'utf8'));
    return found.map((url) => `${url} (ссылка, которая запускает код), на странице ${page}`);
  });
}

export async function checkLinks(dir: string, base: string, port = ports.links): Promise<string[]> {
  const server = await startServer({ dir, base, port });
  const origin = `http://localhost:${port}`;
  try {
    const pages = [...sitemapPaths(dir), `${normaliseBase(base)}404.html`].map((path) => origin + path);
    const result = await check({
      path: pages,
      recurse: true,
      // Fragments are checked by checkFragments, page by page.
      checkFragments: false,
      checkCss: true,
      concurrency: 20,
      linksToSkip: async (link) => {
        if (!link.startsWith(origin)) return true;
        return builtInFragments.has(new URL(link).hash);
      },
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    const fragments = checkFragments(dir, base);
    const unsafe = checkUnsafeUrls(dir, base);
    const lines = broken
      .filter((link) => !link.url.includes('#'))
      .map(
        (link) =>
          `${link.url.replace(origin, '')} (${link.status ?? 'нет ответа'}), ссылка со страницы ${link.parent?.replace(origin, '') ?? '—'}`,
      );
    return [...new Set([...lines, ...fragments, ...unsafe])];
  } finally {
    server.close();
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
  });
  const broken = await checkLinks(values.dir, values.base).catch((error: Error) => {
    console.error(error.message); // a busy port, say: the message names it
    process.exit(1);
  });
  if (broken.length > 0) {
    console.error(`Битые ссылки в ${values.dir} (base ${values.base}): ${broken.length}`);
    for (const line of broken) console.error(`  ✗ ${line}`);
    process.exit(1);
  }
  console.log(`Ссылки в ${values.dir} (base ${values.base}): все ведут на существующие страницы, файлы и якоря.`);
}
