// The pages of a built site, as paths from its root, read from the sitemap Astro writes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function sitemapPaths(dir: string): string[] {
  const files = readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error(`В ${dir} нет sitemap-0.xml: соберите сайт (npm run build)`);
  const urls = files.flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(urls)].sort();
}
