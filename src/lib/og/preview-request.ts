// Reads from a built page what its preview image must show and where the image must be written:
// the page's og:image, og:title, og:site_name and og:description, as the route middleware (src/route-data.ts) set them.
import { parse } from 'node-html-parser';

export interface PreviewRequest {
  /** Path of the image inside the build folder, without the sub-path: `og/formy.png`. */
  file: string;
  title: string;
  siteName: string;
  description?: string;
}

export function previewRequest(html: string, base: string): PreviewRequest | undefined {
  const head = parse(html).querySelector('head');
  const meta = (key: string): string | undefined =>
    head?.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() || undefined;
  const image = meta('og:image');
  const title = meta('og:title');
  if (!image || !title) return undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const pathname = decodeURIComponent(new URL(image).pathname);
  if (!pathname.startsWith(prefix)) throw new Error(`og:image ${image} лежит вне сайта (подкаталог ${prefix})`);
  const description = meta('og:description');
  const siteName = meta('og:site_name') ?? '';
  return { file: pathname.slice(prefix.length), title, siteName, ...(description ? { description } : {}) };
}
