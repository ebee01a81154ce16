// The pages of the built site, from its sitemap: every browser sweep walks all of them.
import { sitemapPaths } from '../../scripts/sitemap.ts';
import { distDir } from '../../playwright.config.ts';

export const pages = sitemapPaths(distDir);
