import { describe, expect, it } from 'vitest';
import { newPlanHash, parseNewPlanHash } from './link.ts';

describe('new-plan link', () => {
  it.each([
    [{ template: 'vstrechi-nastavnicheskoj-pary', start: '2026-09-01' }],
    [{ template: 'individualnyj-plan-molodogo-pedagoga', start: '2026-10-15', organisation: 'МБОУ «СОШ № 3»', mentor: 'Иванова А. П.', mentee: 'Код 17 & co' }],
  ])('round-trips %o', (link) => {
    expect(parseNewPlanHash(newPlanHash(link))).toEqual(link);
  });

  it.each(['', '#', '#new=x', '#start=2026-09-01', '#new=x&start=01.09.2026', '#new=x&start=2026-02-30', '#kpi=abc'])('is not a new-plan link: %s', (hash) => {
    expect(parseNewPlanHash(hash)).toBeNull();
  });
});
