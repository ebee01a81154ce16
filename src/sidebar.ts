// The six sections of the site, each a folder of src/content/docs/ under its own Latin slug.
export const sections = [
  { label: 'Методология', slug: 'metodologiya' },
  { label: 'Дорожные карты', slug: 'dorozhnye-karty' },
  { label: 'Формы и шаблоны', slug: 'formy' },
  { label: 'Инструменты', slug: 'instrumenty' },
  { label: 'Муниципалитет', slug: 'municipalitet' },
  { label: 'О проекте', slug: 'o-proekte' },
] as const;

export const sidebar = sections.map(({ label, slug }) => ({
  label,
  items: [{ autogenerate: { directory: slug } }],
}));
