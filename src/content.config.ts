// Every collection of the site and its schema. The docs pages and interface strings are Starlight's;
// the data collections hold what the tools and generated pages are made from.
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { dataLoader } from './lib/data-loader.ts';
import { siteStrings } from './schemas/i18n.ts';
import { roadmapTemplate } from './schemas/roadmap.ts';
import { form } from './schemas/form.ts';
import { indicator } from './schemas/indicator.ts';
import * as district from './schemas/district.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStrings }) }),
  roadmaps: defineCollection({ loader: dataLoader('src/content/roadmaps', roadmapTemplate) }),
  forms: defineCollection({ loader: dataLoader('src/content/forms', form) }),
  indicators: defineCollection({ loader: dataLoader('src/content/indicators', indicator) }),
  districtProfile: defineCollection({ loader: dataLoader('src/content/district/profile.yaml', district.districtProfile) }),
  schools: defineCollection({ loader: dataLoader('src/content/district/schools.yaml', district.school) }),
  mentors: defineCollection({ loader: dataLoader('src/content/district/mentors.yaml', district.mentor) }),
  programmes: defineCollection({ loader: dataLoader('src/content/district/programmes.yaml', district.programme) }),
  events: defineCollection({ loader: dataLoader('src/content/district/events.yaml', district.districtEvent) }),
  districtDocuments: defineCollection({ loader: dataLoader('src/content/district/documents.yaml', district.districtDocument) }),
};
