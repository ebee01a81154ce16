// Text fields take as much as the document they fill (src/lib/limits.ts): a 5 MB paste froze a form page for four
// minutes (issue #19); now the browser cuts it at the field's limit, the field says so, and the page answers.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const fiveMegabytes = 'Очень длинный текст. '.repeat(250_000);

/** The longest a 10 ms timer waited during `ms` milliseconds: how long the page's thread was blocked. */
const timerLag = (page: Page, ms: number) =>
  page.evaluate(
    (span) =>
      new Promise<number>((resolve) => {
        let worst = 0;
        let last = performance.now();
        const end = last + span;
        const tick = () => {
          const now = performance.now();
          worst = Math.max(worst, now - last);
          last = now;
          if (now < end) setTimeout(tick, 10);
          else resolve(worst);
        };
        setTimeout(tick, 10);
      }),
    ms,
  );

test.describe('a 5 MB paste is cut at the field, with a message, and the page stays responsive', () => {
  test.slow();
  for (const [what, path, label, max] of [
    ['a form’s long text', '/formy/anketa-professionalnye-deficity/', /Опишите одну-две ситуации/, 2000],
    ['a form’s name', '/formy/anketa-professionalnye-deficity/', /Фамилия, имя, отчество/, 150],
    ['the pairs tool’s synonyms', '/instrumenty/nastavnicheskie-pary/', 'Синонимы тем', 10_000],
    ['the profile’s organisation', '/instrumenty/moya-shkola/', /^Полное наименование$/, 300],
  ] as const) {
    test(what, async ({ page }) => {
      await page.goto(path);
      const field = page.getByLabel(label).first();
      await field.scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await expect(field).toBeEnabled();
      await field.fill('');
      await field.focus();
      const started = Date.now();
      await page.keyboard.insertText(fiveMegabytes);
      const pasted = Date.now() - started;
      await expect(field).toHaveValue(fiveMegabytes.slice(0, max));
      await expect(page.getByText(/^В поле не больше [\d\s\u00a0]+ знаков — это предел/).first()).toBeVisible();
      const lag = await timerLag(page, 1000);
      console.log(`${what}: вставка 5 МБ — ${pasted} мс, потом задержка таймера до ${lag.toFixed(0)} мс`);
      expect(pasted).toBeLessThan(10_000);
      expect(lag).toBeLessThan(500);
      // The field still answers typing: a character taken off makes room, and the message goes.
      await page.keyboard.press('Backspace');
      await expect(page.getByText(/^В поле не больше [\d\s\u00a0]+ знаков — это предел/)).toHaveCount(0);
    });
  }
});
