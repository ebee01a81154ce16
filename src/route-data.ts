// Starlight's route-data middleware: what each page says in its <head> about itself. The home page's title
// is the site name alone; every page gets a preview image (drawn at build by src/integrations/og-images.ts)
// with an absolute address, as VK and Telegram need, built from the site's `url` and sub-path.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { documentTitle, ogImageSize, ogImageUrl } from './lib/og/page-meta.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const { head, entry, siteTitle } = context.locals.starlightRoute;
  const title = head.find((item) => item.tag === 'title');
  if (title) title.content = documentTitle(entry.data.title, siteTitle);
  if (!context.site) return;
  const image = ogImageUrl(context.url.pathname, import.meta.env.BASE_URL, context.site);
  const meta = (attrs: Record<string, string>) => head.push({ tag: 'meta', attrs, content: '' });
  meta({ property: 'og:image', content: image });
  meta({ property: 'og:image:width', content: String(ogImageSize.width) });
  meta({ property: 'og:image:height', content: String(ogImageSize.height) });
  meta({ property: 'og:image:alt', content: entry.data.title });
  meta({ name: 'twitter:image', content: image });
});
