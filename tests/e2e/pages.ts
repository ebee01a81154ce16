// The pages of the built site, from its sitemap: every browser sweep walks all of them.
import { sitemapPaths } from '../../scripts/sitemap.ts';

export const pages = sitemapPaths('dist');
