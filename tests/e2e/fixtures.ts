// A `page` that fails its test when the page logs an error, throws, breaks its Content-Security-Policy,
// fails to load one of its own files, or tries to reach any host other than the site itself.
import { test as base, expect } from '@playwright/test';

interface PageProblems {
  problems: string[];
}

/**
 * Lines a browser or Playwright logs of its own, not faults of the site: Playwright's word that it kept the
 * service worker out (playwright.config.ts), and Chrome 109's notice, logged as an error, that it meets a
 * `popover` attribute before it has the API (Starlight's menu has one; the polyfill serves there).
 */
export function notTheSites(text: string): boolean {
  return (
    text === 'Service Worker registration blocked by Playwright' ||
    /^Found a 'popover' attribute\. If you are testing the popover API/.test(text)
  );
}

export const test = base.extend<PageProblems>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the object pattern here
  problems: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, baseURL }, use) => {
    const site = new URL(baseURL!).host;
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.host === site) return route.continue();
      return route.abort('blockedbyclient');
    });
    await use(context);
  },
  page: async ({ page, problems, baseURL }, use) => {
    const site = new URL(baseURL!).host;
    page.on('console', (message) => {
      if (notTheSites(message.text())) return;
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`консоль (${message.type()}): ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`исключение: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== site)
        problems.push(`запрос за пределы сайта: ${request.url()}`);
    });
    page.on('requestfailed', (request) => {
      // The browser itself cancels some requests: a page left before it finished loading, a prefetch
      // overtaken by the click it anticipated. Those are not faults of the site.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`не загрузилось: ${request.url()} (${request.failure()?.errorText}, ${request.resourceType()})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.request().isNavigationRequest())
        problems.push(`${response.status()}: ${response.url()}`);
    });
    await use(page);
    // A test may end right after a click: let the page it led to finish loading before judging it.
    await page.waitForLoadState('load');
    expect(problems, 'ошибки и запросы за пределы сайта').toEqual([]);
  },
});

export { expect };
