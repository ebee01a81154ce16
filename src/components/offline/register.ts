// Registers the service worker, so the site works offline once visited, and offers a new version when one
// is ready: the page reloads only when the reader presses «обновить», never in the middle of their work.
import { Workbox } from 'workbox-window';
import { normaliseBase } from '../../lib/base-path.ts';

function start(): void {
  const notice = document.querySelector<HTMLElement>('[data-offline-update]');
  // No worker in `astro dev` (the build writes it), nor where the browser offers none.
  if (!import.meta.env.PROD || !notice || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox(`${normaliseBase(import.meta.env.BASE_URL)}sw.js`);
  workbox.addEventListener('waiting', () => {
    notice.hidden = false;
  });
  notice.querySelector('[data-offline-reload]')?.addEventListener('click', () => {
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  });
  notice.querySelector('[data-offline-later]')?.addEventListener('click', () => {
    notice.hidden = true;
  });
  // A browser that refuses workers (private mode in some browsers, a policy) leaves the site as it was online.
  workbox.register().catch(() => undefined);
}

start();
