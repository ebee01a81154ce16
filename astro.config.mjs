// Starlight in Russian as the only, root locale; MDX; Preact islands. Site-specific values come from
// site.config.ts, so a district's fork edits that file and not this one.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { siteConfig } from './site.config.ts';
import { sidebar } from './src/sidebar.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks, scrollableTables, typography } from './src/lib/markdown-plugins.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { lowVisionHeadScript } from './src/lib/low-vision/settings.ts';

const base = process.env.SITE_BASE ?? siteConfig.base;
// The oldest browsers our readers use: Chrome 109, the last on Windows 7 (Yandex Browser is the same engine),
// and Firefox ESR 115. Vite 8 lowers JavaScript syntax with Oxc to `build.target` and CSS with Lightning CSS
// (its default CSS minifier) to `build.cssTarget`; scripts/check-browsers.ts checks the result.
const browserTargets = ['chrome109', 'firefox115'];

export default defineConfig({
  site: process.env.SITE_URL ?? siteConfig.url,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // Builds into different folders keep separate caches, so two of them can run side by side.
  ...(process.env.OUT_DIR ? { cacheDir: `./node_modules/.astro-${process.env.OUT_DIR.replace(/[^\w-]/g, '')}` } : {}),
  // Every page is a folder with index.html and every link ends in a slash, as Netlify serves them.
  trailingSlash: 'always',
  vite: {
    build: { target: browserTargets, cssTarget: browserTargets },
    // Starlight's search loads Pagefind's UI (25 KB gzip) on every page at idle; this module loads it when a
    // reader first reaches for search instead. Only the bare name is redirected, so the module can import it.
    resolve: {
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL('./src/components/search/lazy-pagefind-ui.ts', import.meta.url)),
        },
      ],
    },
  },
  markdown: {
    processor: satteri({
      // Typography sets Russian «ёлочки»; SmartyPants would set English quotes first.
      features: { smartPunctuation: false },
      hastPlugins: [baseLinks(base), typography(), scrollableTables()],
    }),
  },
  integrations: [
    starlight({
      title: siteConfig.name,
      description: siteConfig.description,
      defaultLocale: 'root',
      locales: { root: { label: 'Русский', lang: 'ru' } },
      sidebar,
      customCss: ['./src/styles/custom.css', './src/styles/tools.css', './src/styles/low-vision.css'],
      components: {
        Footer: './src/components/Footer.astro',
        // The switch of the version for the visually impaired beside Starlight's own header.
        Header: './src/components/low-vision/Header.astro',
      },
      // The documented way to change a page's <head>: the home page's title, preview images (see the file).
      routeMiddleware: './src/route-data.ts',
      // Applies the saved settings of the version for the visually impaired before the first paint.
      head: [{ tag: 'script', content: lowVisionHeadScript() }],
      ...(siteConfig.editBaseUrl ? { editLink: { baseUrl: siteConfig.editBaseUrl } } : {}),
      // The date of a page's last commit, shown under it.
      lastUpdated: true,
      credits: false,
    }),
    preact(),
    ogImages({ base }),
    // Last: it lists for offline use what the steps before it wrote (the search index among them).
    serviceWorker(),
  ],
});
