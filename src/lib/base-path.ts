// Internal links are written from the site root (`/formy/`); a site served under a sub-path needs that
// sub-path in front. One function does it for Markdown, MDX and components alike.

/** Normalises a base such as `nastavnichestvo` or `/nastavnichestvo` to `/nastavnichestvo/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Puts the base in front of a root-relative link. External links, protocol-relative links, fragments,
 * relative links and links that already carry the base are returned as they are.
 */
export function withBase(href: string, base: string): string {
  const prefix = normaliseBase(base);
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (prefix === '/' || href === prefix.slice(0, -1) || href.startsWith(prefix)) return href;
  return prefix + href.slice(1);
}
