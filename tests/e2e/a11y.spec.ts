// Accessibility sweep: axe at WCAG 2.2 AA over every page of the sitemap in the light theme, and the
// colour contrast again in the dark theme (the only rule a theme changes).
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { hydrateIslands } from './islands.ts';
import { pages } from './pages.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`тема: ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`${path} без нарушений WCAG 2.2 AA`, async ({ page }) => {
        await page.goto(path, { waitUntil: 'load' });
        await hydrateIslands(page);
        const axe = new AxeBuilder({ page }).withTags(wcag);
        const { violations } = await (colorScheme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
        const report = violations.map(
          (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
        );
        expect(report).toEqual([]);
      });
    }
  });
}
