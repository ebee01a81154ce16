import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { newRoadmap } from './state.ts';
import { decodeShare, encodeShare, readRoadmapFile, roadmapFile } from './persist.ts';

const entry = readDataEntries('src/content/roadmaps', roadmapTemplate).find(
  (e) => e.id === 'shkolnaya-dorozhnaya-karta',
)!;
const state = {
  ...newRoadmap(entry.id, roadmapTemplate.parse(entry.data), {
    start: '2026-09-01',
    end: '2027-08-31',
    id: 'abc',
    organisation: 'МБОУ «СОШ № 7»',
  }),
};

/** A link cut short in copying. */
const cut = (await encodeShare(state)).slice(0, 100);

describe('share link', () => {
  it('round-trips and stays short enough for a link', async () => {
    const encoded = await encodeShare(state);
    expect(await decodeShare(encoded)).toEqual({ state });
    expect(encoded).toMatch(/^[\w-]+$/);
    expect(encoded.length).toBeLessThan(8000);
  });

  it.each(['', 'abc', '!!!', cut])('refuses a broken link %#', async (text) => {
    expect(await decodeShare(text)).toEqual({ error: expect.stringContaining('Ссылка повреждена') });
  });
});

describe('JSON file', () => {
  it('round-trips', () => expect(readRoadmapFile(roadmapFile(state, '2026-11-23T10:00:00Z'))).toEqual({ state }));

  it.each([
    ['not JSON', 'PK\u0003\u0004', 'это не JSON'],
    [
      'a filled form',
      JSON.stringify({ format: 'nastavnik-form', title: 'Анкета наставника', values: {} }),
      'заполненной формы «Анкета наставника»',
    ],
    ['someone else’s JSON', JSON.stringify({ name: 'x' }), 'Это не файл дорожной карты'],
    [
      'a newer version',
      JSON.stringify({ format: 'nastavnik-roadmap', version: 2, roadmap: state }),
      'более новой версией',
    ],
    [
      'a period with an impossible date',
      roadmapFile({ ...state, start: '2026-02-30' }, ''),
      'поле «start»: Такой даты нет в календаре. Откройте файл',
    ],
    [
      'a missing field',
      JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...state, sections: undefined } }),
      'поле «sections»: значения нет или оно записано неверно.',
    ],
    [
      'a field of the wrong type deep inside',
      roadmapFile({ ...state, sections: [{ ...state.sections[0]!, title: 5 as unknown as string }] }, ''),
      'поле «sections[0].title»',
    ],
    [
      'a newer roadmap inside a file of this version',
      JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...state, version: 2 } }),
      'сохранена более новой версией сайта',
    ],
    [
      'a roadmap without its version',
      JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...state, version: undefined } }),
      'нет номера версии',
    ],
    [
      'a file without its version',
      JSON.stringify({ format: 'nastavnik-roadmap', roadmap: state }),
      'повреждённый файл дорожной карты',
    ],
    [
      'a period ending before it starts',
      roadmapFile({ ...state, end: '2026-08-31' }, ''),
      'заканчивается раньше, чем начинается',
    ],
    [
      'duplicate ids',
      roadmapFile({ ...state, sections: [state.sections[0]!, state.sections[0]!] }, ''),
      'одним идентификатором',
    ],
  ])('refuses %s', (_name, text, message) => {
    const read = readRoadmapFile(text);
    expect(read).toEqual({ error: expect.stringContaining(message) });
    // Said in Russian, with no library's English sentence in it («Invalid input: expected 1»).
    expect('error' in read && read.error).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
  });

  it('raises nextId above every id it finds', () => {
    const read = readRoadmapFile(roadmapFile({ ...state, nextId: 1 }, ''));
    expect('state' in read && read.state.nextId).toBe(state.nextId);
  });
});
