// The district picture's heavy work as plain jobs: reading the schools' files and matching the tandems. The same
// function runs in the worker (picture.worker.ts) and, where no worker starts, on the page: one picture either way.
import { collect, type Collected, type LoadedFile } from './collect.ts';
import type { ClusterResult } from './clusters.ts';
import { matchTandems, type TandemResult } from './tandems.ts';
import { throttleProgress } from '../monitoring/json-files.ts';
import type { MonitoredForm } from '../monitoring/questionnaires.ts';
import type { DistrictSchool, SchoolSummary } from './types.ts';

export interface CollectJob {
  kind: 'collect';
  existing: SchoolSummary[];
  files: LoadedFile[];
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

/** Runs a job; `progress` hears how many files are read (a collect job only). */
export function runJob<J extends PictureJob>(job: J, progress: (done: number) => void = () => undefined): JobResult<J> {
  const result =
    job.kind === 'collect'
      ? collect(job.existing, job.files, job.forms, job.district, job.today, job.year, progress)
      : matchTandems(job.schools, job.clusters, job.capacity);
  return result as JobResult<J>;
}

/**
 * What the worker does with a job: progress at most every 100 ms (each report draws the page), and the result as
 * JSON text, which the page copies at once and parses faster than a structured clone of 300 schools is rebuilt.
 */
export async function workerJob(job: PictureJob, progress: (done: number) => void): Promise<string> {
  const report = job.kind === 'collect' ? throttleProgress(job.files.length, progress) : progress;
  return JSON.stringify(runJob(job, report));
}
