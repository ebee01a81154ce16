// Registers the service worker, so the site works offline once visited, and offers a new version when one
// is ready: the page reloads only when the reader presses «обновить», never in the middle of their work.
// Written by hand rather than with workbox-window (2.4 KB gzip on every page, which put the KPI calculator
// in use over its 90 KB budget): the worker itself is Workbox's (src/integrations/service-worker.ts) and
// takes the same SKIP_WAITING message workbox-window would send.
import { normaliseBase } from '../../lib/base-path.ts';

async function start(): Promise<void> {
  const notice = document.querySelector<HTMLElement>('[data-offline-update]');
  // No worker in `astro dev` (the build writes it), nor where the browser offers none.
  if (!import.meta.env.PROD || !notice || !('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  // A browser that refuses workers (a policy, some private modes) leaves the site as it is online.
  const registration = await serviceWorker
    .register(`${normaliseBase(import.meta.env.BASE_URL)}sw.js`)
    .catch(() => null);
  if (!registration) return;
  // Only an update waits: the first worker takes over at once, and there is nothing to offer then.
  const offer = (worker: ServiceWorker | null) => {
    if (worker && serviceWorker.controller) notice.hidden = false;
  };
  offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing);
    });
  });
  notice.querySelector('[data-offline-reload]')?.addEventListener('click', () => {
    const waiting = registration.waiting;
    if (!waiting) return window.location.reload();
    serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  notice.querySelector('[data-offline-later]')?.addEventListener('click', () => {
    notice.hidden = true;
  });
}

// After the page has loaded, so the worker's first fetching does not compete with the page's own.
if (document.readyState === 'complete') void start();
else window.addEventListener('load', () => void start(), { once: true });
