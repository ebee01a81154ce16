// The site's own indicators, read from the content collection for the tests.
import { indicator as indicatorSchema, type Indicator } from '../../schemas/indicator.ts';
import { readDataEntries } from '../data-loader.ts';
import { kpiIndicators } from './indicators.ts';

export const collection: Indicator[] = readDataEntries('src/content/indicators', indicatorSchema).map((e) =>
  indicatorSchema.parse(e.data),
);
export const indicators = kpiIndicators(collection);
