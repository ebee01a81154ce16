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
  /**
   * True while `publisher` and `contacts` are the fictional example below: the footer then says they are an
   * example. A district writes its own and deletes this line.
   */
  example?: boolean;
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
  // ПРИМЕР — замените: издатель и контакты вымышленного Заречного округа (как в src/content/district/).
  // Домен .example и номер с нулями не существуют. Впишите свой орган управления образованием и удалите `example`.
  publisher: {
    name: 'Управление образования администрации Заречного муниципального округа',
    url: 'https://uo.zarechnyj.example/',
  },
  contacts: {
    email: 'nastavnichestvo@uo.zarechnyj.example',
    phone: '+7 (000) 000-10-00',
    address: '600000, Заречный, ул. Центральная, д. 1, каб. 12',
  },
  example: true,
  url: 'https://nastavnik.netlify.app',
  base: '/',
};
