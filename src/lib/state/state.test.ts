import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sizeText } from './messages.ts';
import { readRecord, writeRecord, type Checked, type StateSpec } from './record.ts';
import { openState, type Clock, type KeyValueStore } from './store.ts';
import { decide, type Situation } from './sync.ts';

interface List {
  items: string[];
}

// Version 1 kept `{ list }`; version 2 keeps `{ items }`; before versions the site kept «old:a,b».
const spec: StateSpec<List> = {
  version: 2,
  what: 'списки',
  fresh: 'списки открыты пустыми',
  migrations: { 1: (data) => ({ items: (data as { list: string[] }).list }) },
  legacy: (text) => (text.startsWith('old:') ? { list: text.slice(4).split(',') } : undefined),
  check(data): Checked<List> {
    if (typeof data !== 'object' || data === null || !Array.isArray((data as List).items))
      return { ok: false, error: 'нет списка' };
    const all = (data as { items: unknown[] }).items;
    const items = all.filter((i): i is string => typeof i === 'string');
    return items.length === all.length
      ? { ok: true, value: { items } }
      : { ok: true, value: { items }, dropped: `пропущено ${all.length - items.length}` };
  },
};

class Memory implements KeyValueStore {
  data = new Map<string, string>();
  /** Every write, so a test can check who wrote over what. */
  failWith: Error | null = null;
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => {
    if (this.failWith) throw this.failWith;
    this.data.set(key, value);
  };
  removeItem = (key: string) => void this.data.delete(key);
}

const clock = (): Clock => {
  let n = 0;
  return { now: () => `2026-12-03T08:00:${String(n % 60).padStart(2, '0')}.000Z`, rev: () => `r${++n}` };
};

const key = 'nastavnik:test';
const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('restore before save', () => {
  test('the only way to write is a session that has read first, and what it read comes back', () => {
    const store = new Memory();
    store.setItem(key, writeRecord(spec, { items: ['Иванова'] }, { savedAt: 'x', rev: 'a', prev: null }));
    const { opened, session } = openState(store, key, spec, clock());
    expect(opened).toMatchObject({ kind: 'restored', value: { items: ['Иванова'] }, migrated: false });
    expect(session.save({ items: ['Иванова', 'Петров'] })).toEqual({ ok: true });
    expect(openState(store, key, spec, clock()).opened).toMatchObject({
      kind: 'restored',
      value: { items: ['Иванова', 'Петров'] },
    });
  });

  test('a session whose read failed never writes', () => {
    const store = new Memory();
    const broken: KeyValueStore = {
      ...store,
      getItem: () => {
        throw new Error('denied');
      },
      setItem: store.setItem,
      removeItem: store.removeItem,
    };
    const { opened, session } = openState(broken, key, spec, clock());
    expect(opened.kind).toBe('unavailable');
    const saved = session.save({ items: ['x'] });
    expect(saved).toMatchObject({
      ok: false,
      message: expect.stringContaining('Не удалось прочитать списки из этого браузера'),
    });
    expect(store.data.size).toBe(0);
  });

  test('no storage at all (storage switched off) is reported, not fatal', () => {
    const { opened, session } = openState<List>(null, key, spec, clock());
    expect(opened.kind).toBe('unavailable');
    expect(session.save({ items: [] }).ok).toBe(false);
  });
});

describe('versions and migrations', () => {
  test.each([
    ['today’s format (before versions)', 'old:а,б', { items: ['а', 'б'] }, true],
    [
      'version 1',
      JSON.stringify({ v: 1, data: { list: ['а'] }, savedAt: '', rev: 'q', prev: null }),
      { items: ['а'] },
      true,
    ],
    [
      'version 2',
      JSON.stringify({ v: 2, data: { items: ['а'] }, savedAt: '', rev: 'q', prev: null }),
      { items: ['а'] },
      false,
    ],
  ])('%s is carried to the current version', (_name, text, value, migrated) => {
    const store = new Memory();
    store.setItem(key, text);
    expect(openState(store, key, spec, clock()).opened).toMatchObject({ kind: 'restored', value, migrated });
  });

  test.each([
    ['a newer version', JSON.stringify({ v: 3, data: {}, savedAt: '', rev: 'q', prev: null }), 'более новой версией'],
    ['a version 0', JSON.stringify({ v: 0, data: {}, savedAt: '', rev: 'q', prev: null }), 'неизвестная версия'],
    ['a cut-off record', '{"v":2,"data":{"ite', 'оборвана'],
    ['someone else’s JSON', '{"name":"x"}', 'не сохранение'],
    [
      'data the check refuses',
      JSON.stringify({ v: 2, data: { items: 5 }, savedAt: '', rev: 'q', prev: null }),
      'нет списка',
    ],
    [
      'a migration that throws',
      JSON.stringify({ v: 1, data: null, savedAt: '', rev: 'q', prev: null }),
      'не переносится с версии 1',
    ],
  ])('%s is damaged: %s', (_name, text, reason) => {
    expect(readRecord(text, spec)).toEqual({ kind: 'damaged', reason: expect.stringContaining(reason) });
  });

  test('a missing migration step is named', () => {
    expect(readRecord(JSON.stringify({ v: 1, data: {} }), { ...spec, migrations: {} })).toEqual({
      kind: 'damaged',
      reason: 'нет перехода с версии 1',
    });
  });
});

describe('damaged data is kept aside', () => {
  test('a damaged save is copied aside at once, the user told so in Russian, and the copy is never overwritten', () => {
    const store = new Memory();
    store.setItem(key, '{"v":2,"data":{"ite');
    store.setItem(`${key}:backup:20260803080000`, 'an older backup');
    const { opened, session } = openState(store, key, spec, clock());
    expect(opened).toMatchObject({ kind: 'damaged', backup: { text: '{"v":2,"data":{"ite' } });
    if (opened.kind !== 'damaged') throw new Error();
    expect(opened.message).toBe(
      'Сохранение в этом браузере повреждено и не читается (запись оборвана или испорчена), поэтому списки открыты пустыми. Оно не стёрто: копия отложена в сторону, её можно скачать кнопкой ниже.',
    );
    expect(store.getItem(opened.backup.key!)).toBe('{"v":2,"data":{"ite');
    expect(session.save({ items: ['новое'] })).toEqual({ ok: true });
    expect(session.save({ items: ['ещё новее'] })).toEqual({ ok: true });
    expect(store.getItem(opened.backup.key!)).toBe('{"v":2,"data":{"ite');
    expect(store.getItem(`${key}:backup:20260803080000`)).toBe('an older backup');
  });

  test('a save read back only in part is kept aside whole, and the part that reads is restored', () => {
    const store = new Memory();
    const text = JSON.stringify({ v: 2, data: { items: ['а', 7, 'б'] }, savedAt: '', rev: 'q', prev: null });
    store.setItem(key, text);
    const { opened } = openState(store, key, spec, clock());
    expect(opened).toMatchObject({
      kind: 'restored',
      value: { items: ['а', 'б'] },
      message: expect.stringContaining('не целиком: пропущено 1'),
    });
    if (opened.kind !== 'restored') throw new Error();
    expect(store.getItem(opened.backup!.key!)).toBe(text);
  });

  test('when the copy cannot be put aside, the original stays and nothing is written over it', () => {
    const store = new Memory();
    store.setItem(key, 'garbage');
    store.failWith = quota;
    const { opened, session } = openState(store, key, spec, clock());
    expect(opened).toMatchObject({ kind: 'damaged', backup: { key: null } });
    store.failWith = null;
    expect(session.save({ items: ['x'] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('отложить его копию не удалось'),
    });
    expect(store.getItem(key)).toBe('garbage');
  });
});

describe('storage that throws or is full', () => {
  test.each([
    ['full', quota, /не хватает места — сайту отведено около 5 МБ, а это сохранение занимает 0,00 МБ/],
    ['full (Firefox)', Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), /не хватает места/],
    ['forbidden', Object.assign(new Error('x'), { name: 'SecurityError' }), /не даёт сайту хранить данные/],
  ])('storage %s is reported at once, in Russian, and the next save tries again', (_name, error, message) => {
    const store = new Memory();
    const { session } = openState(store, key, spec, clock());
    store.failWith = error;
    const saved = session.save({ items: ['x'] });
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.message).toMatch(message);
    expect(!saved.ok && saved.message).toMatch(/^Не удалось сохранить списки: /);
    store.failWith = null;
    expect(session.save({ items: ['x'] })).toEqual({ ok: true });
  });

  test.each([
    [100, '0,00 МБ'],
    [6 * 1024 * 1024, '6,0 МБ'],
    [512 * 1024, '0,5 МБ'],
  ])('%i characters read as %s', (chars, text) => expect(sizeText(chars)).toBe(text));
});

describe('two writers', () => {
  // Each row: what this tab knows, what the other tab wrote, and what this tab must do.
  test.each<[string, Situation, ReturnType<typeof decide>]>([
    [
      'the same record again',
      { known: 'a', authored: true, pending: false, theirs: { rev: 'a', prev: null } },
      'ignore',
    ],
    ['both empty', { known: null, authored: false, pending: false, theirs: null }, 'ignore'],
    [
      'built on mine, I have nothing unsaved',
      { known: 'a', authored: true, pending: false, theirs: { rev: 'b', prev: 'a' } },
      'take',
    ],
    [
      'I only read, they built on something else',
      { known: 'a', authored: false, pending: false, theirs: { rev: 'b', prev: 'z' } },
      'take',
    ],
    ['I only read, they removed it', { known: 'a', authored: false, pending: false, theirs: null }, 'take'],
    [
      'I wrote, they built on an older record',
      { known: 'a', authored: true, pending: false, theirs: { rev: 'b', prev: 'z' } },
      'ask',
    ],
    [
      'I wrote, they started from nothing',
      { known: 'a', authored: true, pending: false, theirs: { rev: 'b', prev: null } },
      'ask',
    ],
    ['I wrote, they removed it', { known: 'a', authored: true, pending: false, theirs: null }, 'ask'],
    [
      'built on mine, but I have unsaved edits',
      { known: 'a', authored: true, pending: true, theirs: { rev: 'b', prev: 'a' } },
      'ask',
    ],
    [
      'I only read but hold unsaved edits',
      { known: 'a', authored: false, pending: true, theirs: { rev: 'b', prev: 'a' } },
      'ask',
    ],
    [
      'I had nothing, they wrote first',
      { known: null, authored: false, pending: false, theirs: { rev: 'b', prev: null } },
      'take',
    ],
  ])('%s → %s', (_name, situation, action) => expect(decide(situation)).toBe(action));

  test('tabs taking turns see each other’s edits; edits made at once are not written over, the user chooses', () => {
    const store = new Memory();
    const time = clock();
    const a = openState(store, key, spec, time).session;
    const b = openState(store, key, spec, time).session;
    expect(a.save({ items: ['от А'] })).toEqual({ ok: true });
    expect(b.incoming(store.getItem(key))).toEqual({ action: 'take', value: { items: ['от А'] } });
    expect(b.save({ items: ['от А', 'от Б'] })).toEqual({ ok: true });
    expect(a.incoming(store.getItem(key))).toEqual({ action: 'take', value: { items: ['от А', 'от Б'] } });

    // Now both edit before either hears of the other: the second writer is stopped and asked.
    expect(a.save({ items: ['от А', 'от Б', 'ещё от А'] })).toEqual({ ok: true });
    const refused = b.save({ items: ['от А', 'от Б', 'ещё от Б'] });
    expect(refused).toMatchObject({ ok: false, conflict: { value: { items: ['от А', 'от Б', 'ещё от А'] } } });
    expect(JSON.parse(store.getItem(key)!).data.items).toEqual(['от А', 'от Б', 'ещё от А']);
    // The event arriving late changes nothing: B is still asked, with its edit in hand.
    expect(b.incoming(store.getItem(key))).toMatchObject({ action: 'ask' });
    expect(b.keepMine({ items: ['от А', 'от Б', 'ещё от А', 'ещё от Б'] })).toEqual({ ok: true });
    // A built nothing since, and B's choice was made with A's record in view: A simply follows.
    expect(a.incoming(store.getItem(key))).toEqual({
      action: 'take',
      value: { items: ['от А', 'от Б', 'ещё от А', 'ещё от Б'] },
    });
  });

  test('taking the other tab’s version makes it this tab’s starting point', () => {
    const store = new Memory();
    const time = clock();
    const a = openState(store, key, spec, time).session;
    const b = openState(store, key, spec, time).session;
    a.save({ items: ['А'] });
    expect(b.save({ items: ['Б'] })).toMatchObject({ ok: false });
    expect(b.takeTheirs()).toEqual({ value: { items: ['А'] } });
    expect(b.save({ items: ['А', 'Б'] })).toEqual({ ok: true });
  });

  test('a fresh start in one tab is a change like any other', () => {
    const store = new Memory();
    const time = clock();
    const a = openState(store, key, spec, time).session;
    a.save({ items: ['А'] });
    const b = openState(store, key, spec, time).session;
    expect(b.clear()).toEqual({ ok: true });
    expect(store.getItem(key)).toBeNull();
    expect(a.incoming(null)).toEqual({ action: 'ask', value: null });
  });

  // Two tabs editing, saving and hearing of each other in any order: a write never replaces a record its writer
  // has not seen, so every edit that reached storage is either still there or was seen by whoever replaced it.
  test('property: no write replaces a record its writer has not seen', () => {
    type Step = { tab: 0 | 1; op: 'edit' | 'hear' | 'keep' | 'take' };
    const step = fc.record({
      tab: fc.constantFrom<0 | 1>(0, 1),
      op: fc.constantFrom<Step['op']>('edit', 'hear', 'keep', 'take'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const store = new Memory();
        const time = clock();
        const tabs = [0, 1].map(() => ({
          session: openState(store, key, spec, time).session,
          seen: new Set<string | null>([store.getItem(key)]),
          value: { items: [] as string[] },
          heard: null as string | null,
        }));
        let edits = 0;
        for (const { tab, op } of steps) {
          const me = tabs[tab]!;
          const before = store.getItem(key);
          if (op === 'edit') {
            me.value = { items: [...me.value.items, `правка ${++edits}`] };
            if (me.session.save(me.value).ok) {
              expect(me.seen.has(before)).toBe(true);
              me.seen.add(store.getItem(key));
            }
          } else if (op === 'hear') {
            const heard = me.session.incoming(before);
            if (heard.action !== 'ignore') me.seen.add(before);
            if (heard.action === 'take') me.value = heard.value ?? { items: [] };
          } else if (op === 'keep') {
            // The user keeps this tab's edits after seeing the other's record: that record counts as seen.
            me.seen.add(before);
            if (me.session.keepMine(me.value).ok) me.seen.add(store.getItem(key));
          } else {
            me.seen.add(before);
            me.value = me.session.takeTheirs().value ?? { items: [] };
          }
        }
      }),
    );
  });

  test('property: whatever is saved opens again as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (items) => {
        const store = new Memory();
        openState(store, key, spec, clock()).session.save({ items });
        expect(openState(store, key, spec, clock()).opened).toMatchObject({ kind: 'restored', value: { items } });
      }),
    );
  });
});
