// One import point for MDX pages: `import { RoadmapView } from '~/components';`
export { default as IndicatorsTable } from './IndicatorsTable.astro';
export { default as RoadmapView } from './library/RoadmapView.astro';
export { default as FormView } from './library/FormView.astro';
export { default as DownloadLink } from './library/DownloadLink.astro';
export { default as DownloadsTable } from './library/DownloadsTable.astro';
