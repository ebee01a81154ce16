import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse, type Settings } from './analyse.ts';
import { decodeBatches, encodeBatches } from './compact.ts';
import { createEngine, type EngineAsk, type EngineReply, type EngineRequest, type LoadedFile } from './engine.ts';
import { readJsonFile, type ReadResult } from './json-files.ts';
import { combine, type Batch } from './pipeline.ts';
import { exportOf, sampleValues, seeded } from './sample-answers.ts';
import { loadMonitoredForms } from './test-forms.ts';

const forms = loadMonitoredForms();
const list = Object.values(forms);

/** Talks to an engine as the page does, one request at a time. */
function engineOf() {
  const waiting = new Map<number, (reply: EngineReply) => void>();
  const engine = createEngine(list, (reply) => {
    if (reply.kind !== 'progress') waiting.get(reply.id)?.(reply);
  });
  let id = 1;
  const ask = (request: EngineAsk, own = id++) =>
    new Promise<EngineReply>((resolve) => {
      waiting.set(own, resolve);
      engine({ ...request, id: own } as EngineRequest);
    });
  const view = async (request: EngineAsk) => {
    const reply = await ask(request);
    if (reply.kind !== 'view') throw new Error(reply.kind === 'failed' ? reply.message : reply.kind);
    return reply.view;
  };
  /** Reads the files handed over `slice` at a time, as the page does, and pools them. */
  const read = async (texts: string[], from: number, slice: number, settings: Settings) => {
    const own = id++;
    // Handed over in slices, each slice in the order its files happened to finish reading (here: reversed).
    const files: LoadedFile[] = texts.map((text, i) => ({ index: i, name: `otvet-${from + i + 1}.json`, text }));
    const slices = Array.from({ length: Math.ceil(files.length / slice) }, (_, i) =>
      files.slice(i * slice, (i + 1) * slice).reverse(),
    );
    const answer = ask({ kind: 'read', total: files.length, files: slices[0] ?? [] }, own);
    for (const more of slices.slice(1)) engine({ id: own, kind: 'more', files: more });
    const reply = await answer;
    if (reply.kind !== 'read') throw new Error(reply.kind);
    const results = JSON.parse(reply.json) as ReadResult[];
    const committed = await ask({ kind: 'commit', layout: results.map((_, i) => i), settings });
    if (committed.kind !== 'view') throw new Error(committed.kind);
    return { results, view: committed.view, pooled: decodeBatches(committed.compact) };
  };
  return { view, read };
}

/** An answer file of generated answers: a mentee's or mentor's, at a school and stage, sometimes broken. */
const answerFile = fc
  .record({
    form: fc.constantFrom('anketa-nastavlyaemogo', 'anketa-nastavnika', 'anketa-kuratora'),
    school: fc.constantFrom('Школа № 1', 'школа № 1', 'Лицей', ''),
    code: fc.constantFrom('К-1', 'К-2', 'К-3', ''),
    stage: fc.nat(3),
    date: fc.constantFrom('2025-09-15', '2026-05-20', ''),
    seed: fc.nat(),
    broken: fc.nat(19),
  })
  .map(({ form: id, school, code, stage, date, seed, broken }) => {
    const form = forms[id] ?? forms['anketa-nastavlyaemogo']!;
    const options = Object.keys(form.spec.stages);
    const values = sampleValues(form, {
      organisation: school,
      code,
      stageOption: options[stage % options.length] ?? '',
      date,
      random: seeded(seed),
    });
    return broken === 0 ? '{"format":' : exportOf(form, values);
  });

const settings: fc.Arbitrary<Settings> = fc.record({
  thresholds: fc.dictionary(
    fc.constantFrom('anketa-nastavlyaemogo', 'anketa-nastavnika'),
    fc.integer({ min: 1, max: 10 }),
  ),
  stage: fc.constantFrom('all' as const, 'before' as const, 'middle' as const, 'after' as const),
});

describe('the monitoring engine (the worker) counts as the page did', () => {
  test('files read in two choices, a survey added, settings changed: the same analysis and notes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(answerFile, { maxLength: 30 }),
        fc.array(answerFile, { maxLength: 15 }),
        fc.integer({ min: 1, max: 7 }),
        settings,
        settings,
        async (first, second, slice, before, after) => {
          const engine = engineOf();
          const one = await engine.read(first, 0, slice, before);
          const two = await engine.read(second, first.length, slice, before);
          const survey: Batch = { responses: one.results.flatMap((r) => r.responses).slice(0, 2), notes: [] };
          await engine.view({ kind: 'add', batches: [survey], settings: before });
          const view = await engine.view({ kind: 'settings', settings: after });
          // The page's way before the worker: every file read on its own, pooled, counted.
          const batches = [...first, ...second].map((text, i) => readJsonFile(`otvet-${i + 1}.json`, text, forms));
          expect([...one.results, ...two.results]).toEqual(batches);
          expect(two.pooled).toEqual(batches);
          const combined = combine([...batches, survey]);
          expect(view.result).toEqual(analyse(combined.responses, list, after));
          expect(view.notes).toEqual(combined.notes);
          expect(view.responses).toBe(combined.responses.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  test('a restored save (in its saved shape) gives the figures the page gave; `set` replaces what was pooled', async () => {
    const random = seeded(5);
    const form = forms['anketa-nastavlyaemogo']!;
    const batches = Array.from({ length: 40 }, (_, i) =>
      readJsonFile(
        `n${i}.json`,
        exportOf(
          form,
          sampleValues(form, {
            organisation: `Школа № ${(i % 20) % 3}`,
            code: `N${i % 20}`,
            stageOption: i < 20 ? 'В начале программы' : 'При завершении программы',
            date: i < 20 ? '2025-09-10' : '2026-05-12',
            random,
          }),
        ),
        forms,
      ),
    );
    const settings: Settings = { thresholds: {}, stage: 'all' };
    const engine = engineOf();
    await engine.view({ kind: 'set', batches: batches.slice(0, 5), settings });
    const view = await engine.view({ kind: 'set', batches: encodeBatches(batches), settings });
    const combined = combine(batches);
    expect(view.result).toEqual(analyse(combined.responses, list, settings));
    expect(view.result.overall.forms[0]!.growth.length).toBeGreaterThan(0);
    expect(view.latestDate).toBe('2026-05-12');
  });

  test('answers in a saved shape that does not read are refused, not half-pooled', async () => {
    const settings: Settings = { thresholds: {}, stage: 'all' };
    await expect(
      engineOf().view({ kind: 'set', batches: { s: [], k: [], b: [[[[9]], []]] }, settings }),
    ).rejects.toThrow('ответы не читаются');
  });

  test('no files: the reading ends at once with nothing', async () => {
    const read = await engineOf().read([], 0, 50, { thresholds: {}, stage: 'all' });
    expect(read.results).toEqual([]);
    expect(read.view.responses).toBe(0);
  });
});
