// Every downloadable document of the site, by file name: the roadmap templates, the forms and the table of
// planned results. The build writes each to /templates/<file>; pages link to the same names.
import { Packer, type Document } from 'docx';
import type { Form } from '../../schemas/form.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { formDocument } from './form.ts';
import { indicatorsDocument, indicatorsTitle } from './indicators.ts';
import { roadmapDocument } from './roadmap.ts';
import { blankFirstYear } from '../roadmap-table.ts';
import { localToday } from '../dates.ts';

export const indicatorsFile = 'planiruemye-rezultaty.docx';

export interface Download {
  file: string;
  title: string;
  /** What the document is for, from its data. */
  purpose: string;
  /** The page of the site that shows and explains it. */
  page: string;
  build: () => Document;
}

export const indicatorsPurpose =
  'Таблица шести показателей эффективности внедрения целевой модели наставничества с формулами и примером целевых значений по годам.';

export function libraryDownloads(
  roadmaps: { id: string; data: RoadmapTemplate }[],
  forms: { id: string; data: Form }[],
  indicators: Indicator[],
  /** The build's day: roadmap blanks are dated for the school year after it (blankFirstYear). */
  today: string = localToday(),
): Download[] {
  const years = [...new Set(indicators.flatMap((i) => Object.keys(i.preset.values)))].sort();
  const downloads: Download[] = [
    ...roadmaps.map(({ id, data }) => ({
      file: `${id}.docx`,
      title: data.title,
      purpose: data.purpose,
      page: `/dorozhnye-karty/${id}/`,
      build: () => roadmapDocument(data, blankFirstYear(today)),
    })),
    ...forms.map(({ id, data }) => ({
      file: `${id}.docx`,
      title: data.title,
      purpose: data.purpose,
      page: `/formy/${id}/`,
      build: () => formDocument(data),
    })),
    ...(indicators.length > 0
      ? [
          {
            file: indicatorsFile,
            title: indicatorsTitle,
            purpose: indicatorsPurpose,
            page: '/dorozhnye-karty/planiruemye-rezultaty/',
            build: () => indicatorsDocument(indicators, years),
          },
        ]
      : []),
  ];
  const seen = new Set<string>();
  for (const { file } of downloads) {
    if (seen.has(file))
      throw new Error(`Два документа библиотеки называются ${file}: переименуйте файл данных одного из них`);
    seen.add(file);
  }
  return downloads;
}

const bytesCache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The bytes of a download, made once per build however many pages ask for its size. */
export function downloadBytes(download: Download): Promise<Uint8Array<ArrayBuffer>> {
  if (!bytesCache.has(download.file)) {
    bytesCache.set(
      download.file,
      Packer.toBuffer(download.build()).then((buffer) => Uint8Array.from(buffer)),
    );
  }
  return bytesCache.get(download.file)!;
}

/** «14 КБ» */
export function sizeText(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} КБ`
    : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}
