// Starlight's route-data middleware. Every page gets the sidebar (the phone menu) and says in its <head> what a
// link to it shows: the home page's title is the site name alone; each page has a preview image (drawn at build
// by src/integrations/og-images.ts) at an absolute address, as VK and Telegram need, from `url` and sub-path.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { documentTitle, ogImageSize, ogImageUrl } from './lib/og/page-meta.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { head, entry, siteTitle } = route;
  // Splash pages (the home page, «not found») have no sidebar, and so no menu button on a phone: the site's
  // sections would be out of reach there. With the sidebar they get the same menu as every other page.
  route.hasSidebar = true;
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
