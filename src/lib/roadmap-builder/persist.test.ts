import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { newRoadmap } from './state.ts';
import { decodeShare, encodeShare, forgetRoadmap, loadRoadmap, readRoadmapFile, roadmapFile, saveRoadmap, savedRoadmaps, type KeyValueStore } from './persist.ts';

const entry = readDataEntries('src/content/roadmaps', roadmapTemplate).find((e) => e.id === 'shkolnaya-dorozhnaya-karta')!;
const state = { ...newRoadmap(entry.id, roadmapTemplate.parse(entry.data), { start: '2026-09-01', end: '2027-08-31', id: 'abc', organisation: 'МБОУ «СОШ № 7»' }) };

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('share link', () => {
  it('round-trips and stays short enough for a link', () => {
    const encoded = encodeShare(state);
    expect(decodeShare(encoded)).toEqual({ state });
    expect(encoded).toMatch(/^[\w-]+$/);
    expect(encoded.length).toBeLessThan(8000);
  });

  it.each(['', 'abc', '!!!', encodeShare(state).slice(0, 100)])('refuses a broken link %#', (text) => {
    expect(decodeShare(text)).toEqual({ error: expect.stringContaining('Ссылка повреждена') });
  });
});

describe('JSON file', () => {
  it('round-trips', () => expect(readRoadmapFile(roadmapFile(state, '2026-11-23T10:00:00Z'))).toEqual({ state }));

  it.each([
    ['not JSON', 'PK\u0003\u0004', 'это не JSON'],
    ['a filled form', JSON.stringify({ format: 'nastavnik-form', title: 'Анкета наставника', values: {} }), 'заполненной формы «Анкета наставника»'],
    ['someone else’s JSON', JSON.stringify({ name: 'x' }), 'Это не файл дорожной карты'],
    ['a newer version', JSON.stringify({ format: 'nastavnik-roadmap', version: 2, roadmap: state }), 'более новой версией'],
    ['a period with an impossible date', roadmapFile({ ...state, start: '2026-02-30' }, ''), 'поле «start»: Такой даты нет в календаре. Откройте файл'],
    ['a missing field', JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...state, sections: undefined } }), 'поле «sections»: значения нет или оно записано неверно.'],
    ['a field of the wrong type deep inside', roadmapFile({ ...state, sections: [{ ...state.sections[0]!, title: 5 as unknown as string }] }, ''), 'поле «sections[0].title»'],
    ['a newer roadmap inside a file of this version', JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...state, version: 2 } }), 'сохранена более новой версией сайта'],
    ['a roadmap without its version', JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...state, version: undefined } }), 'нет номера версии'],
    ['a file without its version', JSON.stringify({ format: 'nastavnik-roadmap', roadmap: state }), 'повреждённый файл дорожной карты'],
    ['a period ending before it starts', roadmapFile({ ...state, end: '2026-08-31' }, ''), 'заканчивается раньше, чем начинается'],
    ['duplicate ids', roadmapFile({ ...state, sections: [state.sections[0]!, state.sections[0]!] }, ''), 'одним идентификатором'],
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

describe('browser storage', () => {
  it('keeps each roadmap under its id and opens the latest', () => {
    const store = memory();
    expect(loadRoadmap(store)).toBeNull();
    expect(saveRoadmap(store, state, '2026-11-23T10:00:00Z')).toBe(true);
    const other = { ...state, id: 'def', title: 'Другой план' };
    saveRoadmap(store, other, '2026-11-23T11:00:00Z');
    expect(loadRoadmap(store)).toEqual({ state: other });
    expect(loadRoadmap(store, 'abc')).toEqual({ state });
    expect(savedRoadmaps(store).map((s) => s.id)).toEqual(['def', 'abc']);
    forgetRoadmap(store, 'def');
    expect(savedRoadmaps(store).map((s) => s.id)).toEqual(['abc']);
    expect(loadRoadmap(store)).toBeNull();
  });

  it('says so when what is saved is corrupt or storage throws', () => {
    const store = memory();
    saveRoadmap(store, state, '');
    store.data.set('nastavnik:roadmap:abc', '{"version":1');
    expect(loadRoadmap(store)).toEqual({ error: expect.stringContaining('повреждена') });
    const throwing: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(loadRoadmap(throwing)).toEqual({ error: expect.stringContaining('не даёт') });
    expect(saveRoadmap(throwing, state, '')).toBe(false);
  });
});
