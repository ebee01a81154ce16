// Starlight builds its search box with Pagefind's UI (about 25 KB gzip) as soon as any page is idle. An alias
// in astro.config.mjs sends Starlight's import of '@pagefind/default-ui' here instead: the real UI loads when
// a reader first reaches for search (points at or focuses the search button, taps it, presses Ctrl+K).
import type { PagefindUIOptions } from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs';

export class PagefindUI {
  constructor(options: PagefindUIOptions) {
    const search = document.querySelector('site-search');
    const button = search?.querySelector('button[data-open-modal]');
    const reach = ['pointerenter', 'focus', 'touchstart', 'click'] as const;
    let loading = false;
    const start = () => {
      if (loading) return;
      loading = true;
      import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(
        ({ PagefindUI: Real }) => {
          for (const type of reach) button?.removeEventListener(type, start);
          window.removeEventListener('keydown', onKey);
          // A message from an earlier failed try gives way to the search field.
          document.querySelector(options.element)?.replaceChildren();
          new Real(options);
          // The dialog may be open already: the cursor goes to the search field, as Starlight puts it on open.
          if (search?.querySelector('dialog')?.open) search.querySelector('input')?.focus();
        },
        () => {
          // Not loaded (no connection and not yet kept offline): say so where the field would be; the next
          // reach for search tries again.
          loading = false;
          const element = document.querySelector(options.element);
          const message = document.querySelector<HTMLElement>('[data-search-failed]')?.dataset.searchFailed;
          if (element && message) element.textContent = message;
        },
      );
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'k') start();
    };
    for (const type of reach) button?.addEventListener(type, start, { passive: true });
    window.addEventListener('keydown', onKey);
    // Starlight builds the search box when the page is first idle; on a busy machine a reader can open the dialog
    // before that, and the reach has already happened: load at once.
    if (!button || search?.querySelector('dialog')?.open) start();
  }
}
