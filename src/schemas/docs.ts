// What our pages add to Starlight's frontmatter.
import { z } from 'zod';

export const docsExtension = z.object({
  /**
   * A tool page carries an interactive island and may ship up to 90 KB gzip of JavaScript at load;
   * a content page at most 15 KB. The browser tests hold each page to its budget.
   */
  pageType: z.enum(['content', 'tool']).default('content'),
});
