import { describe, expect, it } from 'vitest';
import { openKpi } from './opening.ts';
import { encodeState, exampleState } from './url-state.ts';

const today = '2026-12-03';
const saved = { ...exampleState(today), organisation: 'Сохранённая школа' };
const linked = { ...exampleState(today), organisation: 'Школа из ссылки' };

describe('openKpi: the link, then storage, then the example', () => {
  it.each([
    [
      'a link wins over the save and is saved at once',
      `kpi=${encodeState(linked)}`,
      saved,
      'Школа из ссылки',
      'link',
      true,
    ],
    ['a broken link opens the example and keeps the save', 'kpi=%%%not-a-state', saved, '', 'corrupt', false],
    ['without a link the save opens', '', saved, 'Сохранённая школа', 'restored', false],
    ['another hash is not a link', 'zapolnit-onlajn', saved, 'Сохранённая школа', 'restored', false],
    ['nothing saved: the worked example', '', null, '', 'example', false],
  ] as const)('%s', (_name, hash, fromStorage, organisation, notice, save) => {
    const opening = openKpi(hash, fromStorage, today);
    expect(opening.notice).toBe(notice);
    expect(opening.save).toBe(save);
    expect(opening.state.organisation).toBe(organisation || exampleState(today).organisation);
  });
});
