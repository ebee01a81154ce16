// Writes the service worker (sw.js) into the built site after every other step (the search index, the
// preview images), with Workbox's generateSW: see src/lib/offline/precache.ts for what it keeps.
// Workbox, not @vite-pwa/astro: the latter (1.2) accepts Astro up to 5 only, and generateSW is what it runs.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { serviceWorkerOptions } from '../lib/offline/precache.ts';

export function serviceWorker(): AstroIntegration {
  return {
    name: 'nastavnik:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir)));
        // A file left out (too large, say) would silently be missing offline: stop the build instead.
        if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
        logger.info(`офлайн: в кэш при первом посещении — ${count} файлов, ${(size / 1024 / 1024).toFixed(1)} МБ`);
      },
    },
  };
}
