// Draws every page's preview image after the build: for each built page that names an og:image (the route
// middleware, src/route-data.ts, adds it), a 1200×630 PNG with the page's title is written where it points.
// Drawn images are kept in node_modules/.cache (Netlify keeps that folder between builds), keyed by what they
// show and by the drawing code, so a rebuild draws only the pages whose title or description changed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderOgImage } from '../lib/og/og-image.ts';
import { previewRequest } from '../lib/og/preview-request.ts';

const cacheDir = 'node_modules/.cache/nastavnik-og';

export function ogImages({ base }: { base: string }): AstroIntegration {
  return {
    name: 'nastavnik:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const design = readFileSync(fileURLToPath(new URL('../lib/og/og-image.ts', import.meta.url)), 'utf8');
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        mkdirSync(cacheDir, { recursive: true });
        let drawn = 0;
        let reused = 0;
        // One at a time: the build machine may have two cores shared with others.
        for (const page of pages) {
          const request = previewRequest(readFileSync(join(root, page), 'utf8'), base);
          if (!request) continue;
          const { file, ...content } = request;
          const target = join(root, file);
          mkdirSync(dirname(target), { recursive: true });
          const cached = join(
            cacheDir,
            `${createHash('sha256')
              .update(JSON.stringify([design, content]))
              .digest('hex')}.png`,
          );
          if (existsSync(cached)) {
            reused++;
          } else {
            writeFileSync(cached, await renderOgImage(content));
            drawn++;
          }
          copyFileSync(cached, target);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`картинки для ссылок: нарисовано ${drawn}, взято готовых ${reused}, ${seconds} с`);
      },
    },
  };
}
