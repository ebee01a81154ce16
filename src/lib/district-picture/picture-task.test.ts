import { describe, expect, it } from 'vitest';
import { indicators } from '../kpi/test-data.ts';
import { exportOf, sampleValues, seeded } from '../monitoring/sample-answers.ts';
import { loadMonitoredForms } from '../monitoring/test-forms.ts';
import { serveTask, TaskCancelled, type TaskWorker } from '../worker/task.ts';
import { districtTable } from './aggregate.ts';
import { clusterSchools, defaultRules } from './clusters.ts';
import { collect } from './collect.ts';
import type { LoadedFile } from './collect.ts';
import { runJob, workerJob, type ChosenFile, type CollectJob, type PictureJob, type TandemsJob } from './jobs.ts';
import { pictureTask } from './picture-task.ts';
import { matchTandems } from './tandems.ts';
import { testToday, testWorkspaceText, twentyFiles } from './test-files.ts';
import type { DistrictSchool } from './types.ts';

/**
 * The worker and the page in one thread, each message copied as the browser copies it between them (structured
 * clone): what the page gets is what it would get from the real worker file, which runs `workerJob` the same way.
 */
function bridgedWorker(): TaskWorker & { terminated: boolean } {
  const scope: Parameters<typeof serveTask>[0] = {
    onmessage: null,
    postMessage: (message) =>
      setTimeout(() => !worker.terminated && worker.onmessage?.({ data: structuredClone(message) } as MessageEvent)),
  };
  const worker: TaskWorker & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    // Buffers named for transfer leave the page, as the browser moves them (the page's copies are emptied).
    postMessage: (message, transfer = []) => {
      const copy = structuredClone(message, { transfer });
      setTimeout(() => scope.onmessage?.({ data: copy } as MessageEvent));
    },
    terminate() {
      this.terminated = true;
    },
  };
  serveTask(scope, workerJob);
  return worker;
}

/** A worker whose file did not load (offline before it was cached): it fails before it runs anything. */
function brokenWorker(): TaskWorker {
  const worker: TaskWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (message, transfer = []) => {
      structuredClone(message, { transfer });
      setTimeout(() => worker.onerror?.({ message: 'нет файла' } as ErrorEvent));
    },
    terminate: () => undefined,
  };
  return worker;
}

const district: DistrictSchool[] = [
  { id: 'sosh-1', name: 'МБОУ «Средняя общеобразовательная школа № 1»', shortName: 'СОШ № 1', kind: 'school' },
  { id: 'sosh-2', name: 'МБОУ «Средняя общеобразовательная школа № 2»', shortName: 'СОШ № 2', kind: 'school' },
];
const forms = loadMonitoredForms();
const random = seeded(7);
// Answer files of schools that do not use «Моя школа»: two organisations, mentees and mentors.
const answerFiles = Array.from({ length: 6 }, (_, i) => {
  const form = forms[i % 2 ? 'anketa-nastavnika' : 'anketa-nastavlyaemogo']!;
  const values = sampleValues(form, {
    organisation: i < 3 ? 'Лицей № 5' : 'Гимназия № 9',
    code: `К-${i}`,
    stageOption: 'При завершении программы',
    date: '2026-05-20',
    random,
  });
  return { name: `otvet-${i + 1}.json`, text: exportOf(form, values) };
});
const many = Array.from({ length: 60 }, (_, i) => ({
  name: `shkola-${i + 1}.json`,
  text: testWorkspaceText({
    shortName: `Школа № ${i + 1}`,
    seed: i + 1,
    satisfied: i % 3 === 0 ? 0.3 : i % 3 === 1 ? 0.7 : 1,
    studentMentees: i % 3 === 0 ? 40 : i % 3 === 1 ? 120 : 240,
    answers: 20,
  }),
}));
const collectJob = (files: CollectJob['files'], existing: CollectJob['existing'] = []): CollectJob => ({
  kind: 'collect',
  existing,
  files,
  forms,
  district,
  today: testToday,
  year: '2026',
});
const earlier = collect([], twentyFiles(['СОШ № 1']), forms, district, testToday, '2026').schools;
const schools = collect([], many, forms, district, testToday, '2026').schools;
const settings = { firstYear: '2026', lastYear: '2030', year: '2026', trajectories: {} };
const clusters = clusterSchools(districtTable(schools, indicators, settings).rows, defaultRules);
const tandemsJob = (capacity: number): TandemsJob => ({ kind: 'tandems', schools, clusters, capacity });

/** What the page read before the worker did (the direct path's input). */
const text = async (file: ChosenFile): Promise<LoadedFile> =>
  'blob' in file
    ? { name: file.name, text: await file.blob.text() }
    : 'bytes' in file
      ? { name: file.name, text: new TextDecoder().decode(file.bytes) }
      : file;

const jobs: [string, PictureJob, number][] = [
  ['twenty files: good, broken, a duplicate, schools missing from the list', collectJob(twentyFiles(['СОШ № 2'])), 17],
  ['answer files of two organisations', collectJob(answerFiles), 2],
  ['files added to schools already collected', collectJob([...answerFiles, ...twentyFiles(['СОШ № 1'])], earlier), 19],
  ['no files', collectJob([]), 0],
  [
    'files handed over as the browser gives them (File objects), read in the worker',
    collectJob(twentyFiles(['СОШ № 2']).map((f) => ({ name: f.name, blob: new Blob([f.text]) }))),
    17,
  ],
  ['tandems of 60 schools, two partners a school', tandemsJob(2), 20],
  ['tandems of 60 schools, one partner a school', tandemsJob(1), 20],
];

describe('the district picture in its worker gives what the page computes directly', () => {
  it.each(jobs)('%s', async (_, job, size) => {
    const direct =
      job.kind === 'collect'
        ? collect(job.existing, await Promise.all(job.files.map(text)), forms, district, testToday, '2026')
        : null;
    const expected = direct ?? matchTandems(schools, clusters, (job as TandemsJob).capacity);
    expect(await runJob(job)).toEqual(expected);
    // Not an empty case: the schools collected or the tandems matched.
    expect('schools' in expected ? expected.schools.length : expected.tandems.length).toBe(size);
    const worker = bridgedWorker();
    const inWorker = await pictureTask(
      job,
      () => undefined,
      () => worker,
    ).result;
    expect(inWorker).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    expect(inWorker).toEqual(expected);
    expect(worker.terminated).toBe(true);
  });

  it('reports the files read, the last report being all of them', async () => {
    const seen: number[] = [];
    await pictureTask(collectJob(many), (done) => seen.push(done), bridgedWorker).result;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(many.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('runs on the page when the worker cannot start or its file does not load, with the same result', async () => {
    const job = collectJob(twentyFiles(['СОШ № 2']));
    const expected = await runJob(job);
    expect(
      await pictureTask(
        job,
        () => undefined,
        () => null,
      ).result,
    ).toEqual(expected);
    expect(await pictureTask(job, () => undefined, brokenWorker).result).toEqual(expected);
    // Files whose bytes went to the failed worker are read again from the Files themselves.
    const chosen = collectJob(twentyFiles(['СОШ № 2']).map((f) => ({ name: f.name, blob: new Blob([f.text]) })));
    expect(await pictureTask(chosen, () => undefined, brokenWorker).result).toEqual(expected);
  });

  it('stops when cancelled: the result rejects and nothing of it arrives', async () => {
    const worker = bridgedWorker();
    const task = pictureTask(
      tandemsJob(2),
      () => undefined,
      () => worker,
    );
    task.cancel();
    await expect(task.result).rejects.toBeInstanceOf(TaskCancelled);
    expect(worker.terminated).toBe(true);
  });
});
