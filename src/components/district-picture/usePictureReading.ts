// Reading the schools' files into the picture. The files are read in the picture's worker (the readers of files
// load there, not with the page), so the page answers while 300 schools are read; leaving the page stops it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/island-labels.ts';
import { failureText } from '../../lib/lazy-module.ts';
import type { ChosenFile } from '../../lib/district-picture/jobs.ts';
import { pictureTask } from '../../lib/district-picture/picture-task.ts';
import type { PictureState } from '../../lib/district-picture/storage.ts';
import type { DistrictSchool } from '../../lib/district-picture/types.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { TaskCancelled, type Task } from '../../lib/worker/task.ts';

interface Options {
  state: PictureState;
  set: (change: Partial<PictureState>) => void;
  forms: Record<string, MonitoredForm>;
  district: DistrictSchool[];
  /** Today once hydrated, the build's day before. */
  today: string;
  progressLabel: string;
}

export function usePictureReading({ state, set, forms, district, today, progressLabel }: Options) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');
  const reading = useRef<Task<unknown> | null>(null);
  useEffect(() => () => reading.current?.cancel(), []);
  const onFiles = async (files: ChosenFile[]) => {
    setBusy(true);
    setProgress(fill(progressLabel, { n: 0, total: files.length }));
    const job = {
      kind: 'collect' as const,
      existing: state.schools,
      files,
      forms,
      district,
      today,
      year: state.year,
    };
    const task = pictureTask(job, (n) => setProgress(fill(progressLabel, { n, total: files.length })));
    reading.current = task;
    try {
      const { schools, messages } = await task.result;
      set({ schools, messages });
    } catch (error) {
      if (error instanceof TaskCancelled) return;
      const text = failureText(error, '{message}');
      set({ messages: [{ file: files.map((f) => f.name).join(', '), level: 'error', text }] });
    }
    reading.current = null;
    setProgress('');
    setBusy(false);
  };
  return { busy, setBusy, progress, onFiles };
}
