// Our own interface strings, added to Starlight's in src/content/i18n/ru.json.
import { z } from 'zod';

export const siteStrings = z.object({
  'footer.license': z.string(),
  'footer.publisher': z.string(),
  'footer.contacts': z.string(),
  'footer.about': z.string(),
});
