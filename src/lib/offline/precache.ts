// What the service worker keeps for offline use, as Workbox options: every page, script, style, search file
// and blank is precached at the first visit; the link-preview pictures are not (pages never load them).
import type { GenerateSWOptions } from 'workbox-build';

/** Files precached at the first visit, relative to the built site's folder. */
export const precachePatterns = [
  '**/*.html',
  '_astro/**/*.{js,css,svg,png,webp,avif,woff2}',
  '*.{svg,ico,png,webmanifest}',
  // Pagefind: its script, the Russian index and every page's fragment, so search works offline.
  'pagefind/**/*',
  // Blanks and the district's files for download and for the pairs tool.
  '**/*.{docx,xlsx,ics,csv,json}',
];

/**
 * Left out: the 1200×630 preview images (2.8 MB; only chats and social networks fetch them), Pagefind's
 * other search interfaces that Starlight does not use, and the worker itself.
 */
export const precacheIgnores = [
  'og/**',
  'sw.js',
  'workbox-*.js',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  'sitemap-*.xml',
];

/** The largest file precached; Workbox's default of 2 MB is kept: the largest page is about 0.2 MB. */
export const maximumFileSize = 2 * 1024 * 1024;

/** Which files the precache lists and how each is versioned. */
export const manifestOptions = {
  globPatterns: precachePatterns,
  globIgnores: precacheIgnores,
  maximumFileSizeToCacheInBytes: maximumFileSize,
  // Names under _astro/ carry a content hash: the URL itself is the revision.
  dontCacheBustURLsMatching: /^_astro\//,
} satisfies Partial<GenerateSWOptions>;

/** Workbox's generateSW options for a site built into `root`. */
export function serviceWorkerOptions(root: string): GenerateSWOptions {
  return {
    ...manifestOptions,
    globDirectory: root,
    swDest: `${root.replace(/\/$/, '')}/sw.js`,
    // A static site: no query changes what a file holds (Pagefind adds `?ts=` to its entry file).
    ignoreURLParametersMatching: [/.*/],
    // A new version waits until the reader chooses to update (src/components/offline/), never mid-work;
    // the first one takes over the open page at once, so the page works offline after its first visit.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One file to serve (the precache list and Workbox's runtime), with no source map beside it.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  };
}
