// The six sections of the site, each a folder of src/content/docs/ under its own Latin slug.
import { existsSync, readFileSync } from 'node:fs';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';

export const sections = [
  { label: 'Методология', slug: 'metodologiya' },
  { label: 'Дорожные карты', slug: 'dorozhnye-karty' },
  { label: 'Формы и шаблоны', slug: 'formy' },
  { label: 'Инструменты', slug: 'instrumenty' },
  { label: 'Муниципалитет', slug: 'municipalitet' },
  { label: 'О проекте', slug: 'o-proekte' },
] as const;

/**
 * The pages generated from the district's data (src/pages/municipalitet/), under the district's name.
 * They exist only when the data folder has a profile, so the links do too.
 */
function districtPages() {
  const profile = `${process.env.DISTRICT_DIR ?? 'src/content/district'}/profile.yaml`;
  if (!existsSync(profile)) return [];
  const { name } = (loadYaml(readFileSync(profile, 'utf8'), { schema: CORE_SCHEMA }) ?? {}) as { name?: unknown };
  return [
    {
      label: typeof name === 'string' && name.trim() ? name.trim() : 'Страница муниципалитета',
      items: [
        { label: 'О муниципалитете', link: '/municipalitet/rayon/' },
        { label: 'Организации', link: '/municipalitet/shkoly/' },
        { label: 'Наставники', link: '/municipalitet/nastavniki/' },
        { label: 'Программы', link: '/municipalitet/programmy/' },
        { label: 'Мероприятия', link: '/municipalitet/meropriyatiya/' },
        { label: 'Документы', link: '/municipalitet/dokumenty/' },
      ],
    },
  ];
}

export const sidebar = sections.map(({ label, slug }) => ({
  label,
  items: [{ autogenerate: { directory: slug } }, ...(slug === 'municipalitet' ? districtPages() : [])],
}));
