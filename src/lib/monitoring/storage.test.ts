import { describe, expect, test } from 'vitest';
import { openState, type KeyValueStore } from '../state/store.ts';
import { analyse } from './analyse.ts';
import { readJsonFile } from './json-files.ts';
import { combine } from './pipeline.ts';
import { exportOf, sampleValues, seeded } from './sample-answers.ts';
import { emptyMonitoring, monitoringSpec, storageKey } from './storage.ts';
import { loadMonitoredForms } from './test-forms.ts';
import { mappingSpec } from './survey.ts';

const forms = loadMonitoredForms();
const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

describe('the monitoring kept across a reload', () => {
  const random = seeded(3);
  const form = forms['anketa-nastavlyaemogo']!;
  const batches = Array.from({ length: 30 }, (_, i) =>
    readJsonFile(
      `n${i}.json`,
      exportOf(
        form,
        sampleValues(form, {
          organisation: 'Школа',
          code: `N${i}`,
          stageOption: 'При завершении программы',
          date: '2026-05-20',
          random,
        }),
      ),
      forms,
    ),
  );
  batches.push(readJsonFile('broken.json', '{', forms));
  const saved = {
    ...emptyMonitoring(),
    files: 31,
    batches,
    organisation: 'Школа № 5',
    settings: { thresholds: { [form.id]: 8 }, stage: 'after' as const },
  };

  test('the loaded answers come back and give the same analysis', () => {
    const store = memory();
    expect(openState(store, storageKey, monitoringSpec).session.save(saved)).toEqual({ ok: true });
    const { opened } = openState(store, storageKey, monitoringSpec);
    if (opened.kind !== 'restored') throw new Error(opened.kind);
    expect(opened.value).toEqual(saved);
    const again = combine(opened.value.batches);
    expect(analyse(again.responses, Object.values(forms), opened.value.settings)).toEqual(
      analyse(combine(batches).responses, Object.values(forms), saved.settings),
    );
    expect(again.notes.some((n) => n.source === 'broken.json')).toBe(true);
  });

  test('a save of version 1 (answers as plain objects) still reads, and the next save is compact', () => {
    const store = memory();
    store.setItem(storageKey, JSON.stringify({ v: 1, data: saved, savedAt: '', rev: 'a', prev: null }));
    const { opened, session } = openState(store, storageKey, monitoringSpec);
    expect(opened).toMatchObject({ kind: 'restored', migrated: true, value: saved });
    expect(session.save(saved)).toEqual({ ok: true });
    const written = store.getItem(storageKey)!;
    expect(JSON.parse(written)).toMatchObject({ v: 2, data: { batches: { s: expect.any(Array) } } });
    expect(written.length).toBeLessThan(JSON.stringify(saved).length / 2);
  });

  test.each([
    [
      'a response without its answers',
      { ...saved, batches: [{ responses: [{ ...batches[0]!.responses[0]!, answers: null }], notes: [] }] },
      'ответы записаны не так',
    ],
    ['an unknown stage filter', { ...saved, settings: { thresholds: {}, stage: 'someday' } }, 'настройки не читаются'],
  ])('%s is damaged, not half-read', (_name, data, reason) => {
    const store = memory();
    store.setItem(storageKey, JSON.stringify({ v: 1, data, savedAt: '', rev: 'a', prev: null }));
    expect(openState(store, storageKey, monitoringSpec).opened).toMatchObject({
      kind: 'damaged',
      message: expect.stringContaining(reason),
    });
  });

  test('when the browser has no room, it says so at once and what to do', () => {
    const store = memory();
    const { session } = openState(store, storageKey, monitoringSpec);
    store.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    expect(session.save(saved)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Не удалось сохранить загруженные ответы: в браузере не хватает места .* после перезагрузки файлы с ответами придётся выбрать снова\.$/,
      ),
    });
  });
});

describe('remembered column mappings', () => {
  test('a mapping saved before December 2026 (the plain object) still reads, and a new one is a record', () => {
    const store = memory();
    const key = 'nastavnik:monitoring:mapping:anketa-nastavlyaemogo';
    store.setItem(key, JSON.stringify({ 'Ваша оценка': 'overall', Класс: '' }));
    const { opened, session } = openState(store, key, mappingSpec);
    expect(opened).toMatchObject({ kind: 'restored', value: { 'Ваша оценка': 'overall', Класс: '' } });
    expect(session.save({ 'Ваша оценка': 'overall', Дата: 'date' })).toEqual({ ok: true });
    expect(JSON.parse(store.getItem(key)!)).toMatchObject({ v: 1, data: { Дата: 'date' } });
  });
});
