// Every downloadable document of the site, by file name: the roadmap templates, the forms and the table of
// planned results. The build writes each to /templates/<file>; pages link to the same names.
import type { Document } from 'docx';
import type { Form } from '../../schemas/form.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { formDocument } from './form.ts';
import { indicatorsDocument, indicatorsTitle } from './indicators.ts';
import { roadmapDocument } from './roadmap.ts';

export const indicatorsFile = 'planiruemye-rezultaty.docx';

export interface Download {
  file: string;
  title: string;
  build: () => Document;
}

export function libraryDownloads(
  roadmaps: { id: string; data: RoadmapTemplate }[],
  forms: { id: string; data: Form }[],
  indicators: Indicator[],
): Download[] {
  const years = [...new Set(indicators.flatMap((i) => Object.keys(i.preset.values)))].sort();
  const downloads: Download[] = [
    ...roadmaps.map(({ id, data }) => ({ file: `${id}.docx`, title: data.title, build: () => roadmapDocument(data) })),
    ...forms.map(({ id, data }) => ({ file: `${id}.docx`, title: data.title, build: () => formDocument(data) })),
    ...(indicators.length > 0 ? [{ file: indicatorsFile, title: indicatorsTitle, build: () => indicatorsDocument(indicators, years) }] : []),
  ];
  const seen = new Set<string>();
  for (const { file } of downloads) {
    if (seen.has(file)) throw new Error(`Два документа библиотеки называются ${file}: переименуйте файл данных одного из них`);
    seen.add(file);
  }
  return downloads;
}
