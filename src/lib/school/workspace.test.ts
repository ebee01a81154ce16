import { describe, expect, it } from 'vitest';
import {
  collectWorkspace,
  openWorkspace,
  readWorkspace,
  workspaceJson,
  workspaceParts,
  type ListedStore,
} from './workspace.ts';

/** Web Storage's shape over a Map, as the tests of the other stores use. */
function memoryStore(entries: Record<string, string> = {}, refuse = false): ListedStore & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => void map.delete(key),
  };
}

const profile = JSON.stringify({
  v: 1,
  data: { organisation: { fullName: 'МБОУ «Средняя школа № 5»', shortName: 'Школа № 5' } },
  savedAt: '2026-12-01T10:00:00.000Z',
  rev: 'a',
  prev: null,
});

const school = {
  'nastavnik:school-profile': profile,
  'nastavnik:kpi': '{"v":1,"data":{}}',
  'nastavnik:roadmap:r1': '{"v":1}',
  'nastavnik:roadmap:r2': '{"v":1}',
  'nastavnik:roadmap:current': 'r1',
  'nastavnik:form:soglasie-na-uchastie-v-programme': '{"v":1}',
  'nastavnik:kpi:backup:20261201': 'damaged',
  'nastavnik-low-vision': '{"size":"150"}',
  'other-site': 'x',
};

describe('collectWorkspace', () => {
  it('takes the site’s records, not the copies aside, the reader’s settings or other sites’ keys', () => {
    const file = collectWorkspace(memoryStore(school), '2026-12-03T12:00:00.000Z');
    expect(Object.keys(file.records)).toEqual([
      'nastavnik:form:soglasie-na-uchastie-v-programme',
      'nastavnik:kpi',
      'nastavnik:roadmap:current',
      'nastavnik:roadmap:r1',
      'nastavnik:roadmap:r2',
      'nastavnik:school-profile',
    ]);
    expect(file.organisation).toBe('Школа № 5');
    expect(file.records['nastavnik:school-profile']).toBe(profile);
  });

  it('round-trips through its text', () => {
    const file = collectWorkspace(memoryStore(school), '2026-12-03T12:00:00.000Z');
    expect(readWorkspace(workspaceJson(file))).toEqual({ ok: true, file });
  });
});

describe('readWorkspace', () => {
  it.each([
    ['not JSON', '{"format":', 'файл повреждён'],
    ['another format', '{"format":"nastavnik-pairs","version":1}', 'Это не файл школы'],
    ['no version', '{"format":"nastavnik-workspace","records":{}}', 'нет понятной версии'],
    ['a newer version', '{"format":"nastavnik-workspace","version":2,"records":{}}', 'более новой версией'],
    ['no records', '{"format":"nastavnik-workspace","version":1}', 'нет данных инструментов'],
    ['too large', `"${'x'.repeat(12_000_001)}"`, 'слишком большой'],
  ])('%s: says so in Russian', (_name, text, message) => {
    const read = readWorkspace(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });

  it('drops keys the site does not use and values that are not text', () => {
    const read = readWorkspace(
      JSON.stringify({
        format: 'nastavnik-workspace',
        version: 1,
        records: { 'nastavnik:kpi': '{}', 'evil-key': 'x', 'nastavnik:pairs': 42, 'nastavnik:kpi:backup:1': 'y' },
      }),
    );
    expect(read.ok && read.file.records).toEqual({ 'nastavnik:kpi': '{}' });
  });
});

describe('workspaceParts', () => {
  it('lists what the file holds, in Russian, with counts', () => {
    const { records } = collectWorkspace(memoryStore(school), '');
    expect(workspaceParts(records)).toEqual([
      'профиль школы',
      'калькулятор показателей',
      '2 дорожные карты',
      '1 заполненная форма',
    ]);
    expect(workspaceParts({})).toEqual([]);
  });
});

describe('openWorkspace', () => {
  it('replaces this browser’s school with the file’s, keeping the reader’s settings and copies aside', () => {
    const store = memoryStore(school);
    const file = collectWorkspace(memoryStore({ 'nastavnik:pairs': '{"v":1}' }), '');
    expect(openWorkspace(store, file)).toEqual({ ok: true });
    expect([...store.map.keys()].sort()).toEqual([
      'nastavnik-low-vision',
      'nastavnik:kpi:backup:20261201',
      'nastavnik:pairs',
      'other-site',
    ]);
  });

  it('says so when the browser refuses', () => {
    const read = openWorkspace(memoryStore({}, true), collectWorkspace(memoryStore(school), ''));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain('Браузер не дал записать');
  });
});
