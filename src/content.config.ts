// Every collection of the site and its schema. The docs pages and interface strings are Starlight's;
// the data collections hold what the tools and generated pages are made from.
import { defineCollection } from 'astro:content';
import type { z } from 'zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dataLoader } from './lib/data-loader.ts';
import { siteStrings } from './schemas/i18n.ts';
import { roadmapTemplate } from './schemas/roadmap.ts';
import { form } from './schemas/form.ts';
import { indicator } from './schemas/indicator.ts';
import { holidayYear } from './schemas/holidays.ts';
import * as district from './schemas/district.ts';

/** The district's data folder: a fork edits src/content/district/; the scale benchmark points DISTRICT_DIR elsewhere. */
const districtDir = process.env.DISTRICT_DIR ?? 'src/content/district';

/** A data collection read by our loader, typed by the same schema it is validated with. */
const data = <S extends z.ZodType>(path: string, schema: S) =>
  defineCollection({ loader: dataLoader(path, schema), schema });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Strict: a key that is neither Starlight's, Pagefind's nor ours (a typo in a locale file) fails the build.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStrings }).strict() }),
  roadmaps: data('src/content/roadmaps', roadmapTemplate),
  forms: data('src/content/forms', form),
  indicators: data('src/content/indicators', indicator),
  /** The Russian work calendar by year: holidays and the Government's transfers of days off (roadmap builder). */
  holidays: data('src/content/holidays', holidayYear),
  districtProfile: data(`${districtDir}/profile.yaml`, district.districtProfile),
  schools: data(`${districtDir}/schools.yaml`, district.school),
  mentors: data(`${districtDir}/mentors.yaml`, district.mentor),
  programmes: data(`${districtDir}/programmes.yaml`, district.programme),
  events: data(`${districtDir}/events.yaml`, district.districtEvent),
  districtDocuments: data(`${districtDir}/documents.yaml`, district.districtDocument),
};
