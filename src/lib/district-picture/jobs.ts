// The district picture's heavy work as plain jobs: reading the schools' files and matching the tandems. The same
// function runs in the worker (picture.worker.ts) and, where no worker starts, on the page: one picture either way.
import { collect, type Collected, type LoadedFile } from './collect.ts';
import type { ClusterResult } from './clusters.ts';
import { matchTandems, type TandemResult } from './tandems.ts';
import { throttleProgress } from '../monitoring/json-files.ts';
import type { MonitoredForm } from '../monitoring/questionnaires.ts';
import type { DistrictSchool, SchoolSummary } from './types.ts';

/**
 * A chosen file as the page has it: a JSON file as the browser's File itself, a spreadsheet already read into rows.
 * On its way to the worker a File becomes its bytes, handed over without a copy (src/lib/district-picture/
 * picture-task.ts): posting 300 Files or their texts held the page for a tenth to a third of a second.
 */
export type ChosenFile = LoadedFile | { name: string; blob: Blob } | { name: string; bytes: ArrayBuffer };

export interface CollectJob {
  kind: 'collect';
  existing: SchoolSummary[];
  files: ChosenFile[];
  forms: Record<string, MonitoredForm>;
  district: DistrictSchool[];
  today: string;
  year: string;
}

export interface TandemsJob {
  kind: 'tandems';
  schools: SchoolSummary[];
  clusters: ClusterResult[];
  capacity: number;
}

export type PictureJob = CollectJob | TandemsJob;
export type JobResult<J extends PictureJob> = J extends CollectJob ? Collected : TandemResult;

async function read(file: ChosenFile): Promise<LoadedFile> {
  if ('blob' in file) return { name: file.name, text: await file.blob.text() };
  if ('bytes' in file) return { name: file.name, text: new TextDecoder().decode(file.bytes) };
  return file;
}

/** Runs a job; `progress` hears how many files are read (a collect job only). */
export async function runJob<J extends PictureJob>(
  job: J,
  progress: (done: number) => void = () => undefined,
): Promise<JobResult<J>> {
  const result =
    job.kind === 'collect'
      ? collect(
          job.existing,
          await Promise.all(job.files.map(read)),
          job.forms,
          job.district,
          job.today,
          job.year,
          progress,
        )
      : matchTandems(job.schools, job.clusters, job.capacity);
  return result as JobResult<J>;
}

/**
 * What the worker does with a job: progress at most every 100 ms (each report draws the page), and the result as
 * JSON text, which the page copies at once and parses faster than a structured clone of 300 schools is rebuilt.
 */
export async function workerJob(job: PictureJob, progress: (done: number) => void): Promise<string> {
  const report = job.kind === 'collect' ? throttleProgress(job.files.length, progress) : progress;
  return JSON.stringify(await runJob(job, report));
}
