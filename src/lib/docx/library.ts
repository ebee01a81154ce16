// Every downloadable document of the site, by file name: the roadmap templates, the forms, the table of
// planned results (.docx) and the blank registries (.xlsx). The build writes each to /templates/<file>; pages
// link to the same names. A form or a pair's plan whose words differ in a kindergarten or a college also comes
// in their words (forms/wording.ts), made from the same data: <id>-dlya-detskogo-sada.docx, <id>-dlya-kolledzha.docx.
import { Packer, type Document } from 'docx';
import type { Form } from '../../schemas/form.ts';
import { registries, registryXlsx } from '../registries/registries.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { formDocument } from './form.ts';
import { indicatorsDocument, indicatorsTitle } from './indicators.ts';
import { roadmapDocument } from './roadmap.ts';
import { blankFirstYear, roadmapTable } from '../roadmap-table.ts';
import { documentTitle, formBlocks } from '../forms/document-model.ts';
import { localToday } from '../dates.ts';
import { formInWording, type WordingKind } from '../forms/wording.ts';
import { roadmapInWording } from '../roadmap-wording.ts';
import { movedPresets, presetYearsNote } from '../indicator-years.ts';

export const indicatorsFile = 'planiruemye-rezultaty.docx';

/** What a document is for, as the downloads page groups them, in the order it shows them. */
export const downloadGroups = [
  'Дорожные карты и показатели',
  'Приказы и положения',
  'Договоры и согласия',
  'Программы и планы',
  'Анкеты, карты и отчёты',
  'Реестры (таблицы Excel)',
] as const;
export type DownloadGroup = (typeof downloadGroups)[number];

const formGroups: Record<Form['kind'], DownloadGroup> = {
  order: 'Приказы и положения',
  regulation: 'Приказы и положения',
  agreement: 'Договоры и согласия',
  consent: 'Договоры и согласия',
  programme: 'Программы и планы',
  plan: 'Программы и планы',
  memo: 'Программы и планы',
  questionnaire: 'Анкеты, карты и отчёты',
  card: 'Анкеты, карты и отчёты',
  report: 'Анкеты, карты и отчёты',
};

interface DownloadInfo {
  file: string;
  title: string;
  /** What the document is for, from its data. */
  purpose: string;
  /** The page of the site that shows and explains it. */
  page: string;
  group: DownloadGroup;
  /** Whose words it speaks: a kindergarten's or a college's blank sits beside the school's one. */
  wording: WordingKind;
  /** The school blank this one rewords (its file); absent for the school's own. */
  of?: string;
}

type OtherWording = Exclude<WordingKind, 'school'>;

// What a blank prints: a wording that changes only what it does not print (a hint) makes no blank of its own.
const printedForm = (form: Form) => [documentTitle(form), formBlocks(form)];
const printedRoadmap = (template: RoadmapTemplate) => [template.title, roadmapTable(template)];

/** The file name ending and the words a page shows for each wording's blank. */
export const wordingBlanks: Record<OtherWording, { suffix: string; label: string }> = {
  kindergarten: { suffix: 'dlya-detskogo-sada', label: 'для детского сада' },
  college: { suffix: 'dlya-kolledzha', label: 'для колледжа' },
};

/**
 * The school blank followed by the kindergarten's and the college's where what the blank prints (`printed`)
 * differs in their words (the same data, reworded), so the downloads page can show them together.
 */
function withWordings<T extends { title: string; purpose: string }>(
  school: Download & { format: 'docx' },
  source: T,
  reword: (source: T, kind: OtherWording) => T,
  printed: (source: T) => unknown,
  make: (worded: T) => () => Document,
): Download[] {
  const schoolPrint = JSON.stringify(printed(source));
  const others = (Object.keys(wordingBlanks) as OtherWording[]).flatMap((kind): Download[] => {
    const worded = reword(source, kind);
    if (JSON.stringify(printed(worded)) === schoolPrint) return [];
    const file = school.file.replace(/\.docx$/, `-${wordingBlanks[kind].suffix}.docx`);
    const build = make(worded);
    return [{ ...school, file, title: worded.title, purpose: worded.purpose, wording: kind, of: school.file, build }];
  });
  return [school, ...others];
}

export type Download = DownloadInfo &
  ({ format: 'docx'; build: () => Document } | { format: 'xlsx'; build: () => Uint8Array });

/** The registries' page on the site. */
export const registriesPage = '/formy/reestry-nastavnichestva/';

export const indicatorsPurpose =
  'Таблица шести показателей эффективности внедрения целевой модели наставничества с формулами и примером целевых значений по годам.';

/** A roadmap template's blank; a pair's plan also in a kindergarten's and a college's words. */
function roadmapDownloads(id: string, data: RoadmapTemplate, today: string): Download[] {
  const make = (template: RoadmapTemplate) => () => roadmapDocument(template, blankFirstYear(today));
  const school: Download & { format: 'docx' } = {
    file: `${id}.docx`,
    title: data.title,
    purpose: data.purpose,
    page: `/dorozhnye-karty/${id}/`,
    group: 'Дорожные карты и показатели',
    wording: 'school',
    format: 'docx',
    build: make(data),
  };
  // A pair's plan is the same in any organisation; a school's roadmap has the kindergarten's and the
  // college's templates beside it, and a municipal one is not an organisation's.
  return data.level === 'pair' ? withWordings(school, data, roadmapInWording, printedRoadmap, make) : [school];
}

/** A form's blank, and the kindergarten's and the college's where their words differ. */
function formDownloads(id: string, data: Form): Download[] {
  const make = (form: Form) => () => formDocument(form);
  const school: Download & { format: 'docx' } = {
    file: `${id}.docx`,
    title: data.title,
    purpose: data.purpose,
    page: `/formy/${id}/`,
    group: formGroups[data.kind],
    wording: 'school',
    format: 'docx',
    build: make(data),
  };
  return withWordings(school, data, formInWording, printedForm, make);
}

export function libraryDownloads(
  roadmaps: { id: string; data: RoadmapTemplate }[],
  forms: { id: string; data: Form }[],
  indicators: Indicator[],
  /** The build's day: roadmap blanks are dated for the school year after it (blankFirstYear). */
  today: string = localToday(),
): Download[] {
  // The example targets' years move as a roadmap blank's do: none of them is already past.
  const presets = movedPresets(indicators, blankFirstYear(today));
  const downloads: Download[] = [
    ...roadmaps.flatMap(({ id, data }) => roadmapDownloads(id, data, today)),
    ...(indicators.length > 0
      ? [
          {
            file: indicatorsFile,
            title: indicatorsTitle,
            purpose: indicatorsPurpose,
            page: '/dorozhnye-karty/planiruemye-rezultaty/',
            group: 'Дорожные карты и показатели',
            wording: 'school',
            format: 'docx',
            build: () =>
              indicatorsDocument(
                presets.indicators,
                presets.years,
                '',
                undefined,
                [presetYearsNote(presets)].filter(Boolean),
              ),
          } satisfies Download,
        ]
      : []),
    ...forms.flatMap(({ id, data }) => formDownloads(id, data)),
    ...registries.map(
      (registry): Download => ({
        file: `${registry.id}.xlsx`,
        title: registry.title,
        purpose: registry.purpose,
        page: registriesPage,
        group: 'Реестры (таблицы Excel)',
        wording: 'school',
        format: 'xlsx',
        build: () => registryXlsx(registry),
      }),
    ),
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
      download.format === 'docx'
        ? Packer.toBuffer(download.build()).then((buffer) => Uint8Array.from(buffer))
        : Promise.resolve(Uint8Array.from(download.build())),
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
