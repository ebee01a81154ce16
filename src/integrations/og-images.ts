// Draws every page's preview image after the build: for each built page that names an og:image (the route
// middleware, src/route-data.ts, adds it), a 1200×630 PNG with the page's title is written where it points.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderOgImage } from '../lib/og/og-image.ts';
import { previewRequest } from '../lib/og/preview-request.ts';

export function ogImages({ base }: { base: string }): AstroIntegration {
  return {
    name: 'nastavnik:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
        let drawn = 0;
        // One at a time: the build machine may have two cores shared with others, and each image takes ~0.1 s.
        for (const page of pages) {
          const request = previewRequest(readFileSync(join(root, page), 'utf8'), base);
          if (!request) continue;
          const file = join(root, request.file);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, await renderOgImage(request));
          drawn++;
        }
        logger.info(`картинки для ссылок: ${drawn} за ${((performance.now() - started) / 1000).toFixed(1)} с`);
      },
    },
  };
}
