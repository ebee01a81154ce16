import { describe, expect, it } from 'vitest';
import { readDataEntries } from '../data-loader.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { newRoadmap } from './state.ts';
import { decodeShare, encodeShare, readRoadmapFile, roadmapFile } from './persist.ts';

const entry = readDataEntries('src/content/roadmaps', roadmapTemplate).find((e) => e.id === 'shkolnaya-dorozhnaya-karta')!;
const state = { ...newRoadmap(entry.id, roadmapTemplate.parse(entry.data), { start: '2026-09-01', end: '2027-08-31', id: 'abc', organisation: 'МБОУ «СОШ № 7»' }) };

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
    ['a period with an impossible date', roadmapFile({ ...state, start: '2026-02-30' }, ''), 'Такой даты нет в календаре (поле start)'],
    ['a missing field', JSON.stringify({ format: 'nastavnik-roadmap', version: 1, roadmap: { ...state, sections: undefined } }), 'поле sections'],
    ['a period ending before it starts', roadmapFile({ ...state, end: '2026-08-31' }, ''), 'заканчивается раньше, чем начинается'],
    ['duplicate ids', roadmapFile({ ...state, sections: [state.sections[0]!, state.sections[0]!] }, ''), 'одним идентификатором'],
  ])('refuses %s', (_name, text, message) => {
    expect(readRoadmapFile(text)).toEqual({ error: expect.stringContaining(message) });
  });

  it('raises nextId above every id it finds', () => {
    const read = readRoadmapFile(roadmapFile({ ...state, nextId: 1 }, ''));
    expect('state' in read && read.state.nextId).toBe(state.nextId);
  });
});
