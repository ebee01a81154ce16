// What a page says about itself to browsers and to VK, Telegram and Сферум when a link to it is shared:
// its <title>, the address of its preview image and the share links under it. Plain data in and out.

/** Size of the preview image, the one VK, Telegram and Facebook all show uncropped. */
export const ogImageSize = { width: 1200, height: 630 } as const;

/** «Страница | Наставник»; the home page, whose title is the site name, is just «Наставник». */
export function documentTitle(pageTitle: string, siteTitle: string, delimiter = '|'): string {
  return pageTitle.trim() === siteTitle.trim() ? siteTitle : `${pageTitle} ${delimiter} ${siteTitle}`;
}

/**
 * Path of a page's preview image, built next to the pages: `/formy/anketa/` → `/og/formy/anketa.png`,
 * the home page → `/og/index.png`. `pathname` is the page's path including the sub-path `base`, if any.
 */
export function ogImagePath(pathname: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  rest = rest.replace(/(?:\/index)?\.html$/, '').replace(/\/+$/, '');
  return `${prefix}og/${rest === '' ? 'index' : rest}.png`;
}

/** The page's preview image as an absolute address, as VK and Telegram require. */
export function ogImageUrl(pathname: string, base: string, site: string | URL): string {
  return new URL(ogImagePath(pathname, base), site).href;
}

export interface ShareLink {
  /** The network's name as readers know it. */
  name: string;
  href: string;
}

/**
 * Plain share links: the network's own sharing page opens only when the reader clicks, so a page
 * makes no request to VK or Telegram before that (no widget, no script, no icon from their servers).
 */
export function shareLinks(pageUrl: string, title: string): ShareLink[] {
  const url = encodeURIComponent(pageUrl);
  const text = encodeURIComponent(title);
  return [
    { name: 'ВКонтакте', href: `https://vk.com/share.php?url=${url}&title=${text}` },
    { name: 'Telegram', href: `https://t.me/share/url?url=${url}&text=${text}` },
  ];
}
