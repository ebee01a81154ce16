// The one file a district edits when it forks the site: its name, who publishes it, where it lives.
// Everything else reads these values; astro.config.mjs lets SITE_URL and SITE_BASE override `url` and
// `base` at build time (tests build the site under a sub-path that way).

export interface SiteConfig {
  /** Shown in the header, page titles and the footer. */
  name: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** Who publishes this copy of the site. */
  publisher: { name: string; url?: string };
  /** Shown in the footer and on the «О проекте» page; leave a field out to hide it. */
  contacts: { email?: string; phone?: string; address?: string };
  /** Full address of the deployed site, without the sub-path. */
  url: string;
  /** Sub-path the site is served under: '/' at a domain's root, '/nastavnichestvo/' inside another site. */
  base: string;
  /**
   * Where the «Редактировать страницу» link of each page points: the folder of the repository that
   * holds `src/content/docs/`, as an edit URL. Leave it out to hide the link.
   */
  editBaseUrl?: string;
}

export const siteConfig: SiteConfig = {
  name: 'Наставник',
  description:
    'Методология, шаблоны, формы и инструменты для внедрения целевой модели наставничества в школах и муниципалитетах.',
  publisher: { name: 'Команда проекта «Наставник»' },
  contacts: {},
  url: 'https://nastavnik.netlify.app',
  base: '/',
};
