// The monitoring's loaded answers and settings kept across a reload, through the site's one store
// (src/lib/state). What is kept is what was read from the files (the counted responses and the notes), so the
// analysis comes back without the files and later files are still checked against them for repeats and growth;
// a survey still waiting for its columns to be mapped is not kept. Version 2 writes the answers compactly
// (compact.ts): 5,000 answers were about 3 MB of plain JSON, written again at every change.
import type { Settings } from './analyse.ts';
import type { Batch } from './pipeline.ts';
import type { Stage } from './questionnaires.ts';
import type { Answer, Note, Response } from './responses.ts';
import type { StateSpec } from '../state/record.ts';
import { isRecord } from '../is-record.ts';
import { decodeBatches, encodeBatches, type CompactBatches } from './compact.ts';

export const storageKey = 'nastavnik:monitoring';

export interface MonitoringSaved {
  /** How many files were chosen, for the summary line. */
  files: number;
  batches: Batch[];
  settings: Settings;
  organisation: string;
  period: string;
  /** The school year typed, '' for the one the answers suggest. */
  year: string;
}

export const emptyMonitoring = (): MonitoringSaved => ({
  files: 0,
  batches: [],
  settings: { thresholds: {}, stage: 'all' },
  organisation: '',
  period: '',
  year: '',
});

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const stages: (Stage | 'all')[] = ['before', 'middle', 'after', 'all'];

const isAnswer = (value: unknown): value is Answer =>
  (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string' || isStrings(value);

function isResponse(value: unknown): value is Response {
  if (!isRecord(value)) return false;
  const { formId, source, stage, organisation, mentoringForm, code, date, answers } = value;
  return (
    [formId, source, organisation, mentoringForm, code, date].every((v) => typeof v === 'string') &&
    (stage === null || stages.includes(stage as Stage)) &&
    stage !== 'all' &&
    isRecord(answers) &&
    Object.values(answers).every(isAnswer)
  );
}

const isNote = (value: unknown): value is Note =>
  isRecord(value) &&
  typeof value.source === 'string' &&
  typeof value.text === 'string' &&
  (value.level === 'error' || value.level === 'warning');

const isBatch = (value: unknown): value is Batch =>
  isRecord(value) &&
  Array.isArray(value.responses) &&
  value.responses.every(isResponse) &&
  Array.isArray(value.notes) &&
  value.notes.every(isNote);

const badAnswers = 'ответы записаны не так, как их читает инструмент';

// Typing the organisation's name saves the state at each key: the answers, unchanged, are encoded once.
const encoded = new WeakMap<Batch[], CompactBatches>();
const encodeOnce = (batches: Batch[]) => {
  let compact = encoded.get(batches);
  if (!compact) {
    compact = encodeBatches(batches);
    encoded.set(batches, compact);
  }
  return compact;
};

/** These answers in their saved shape, when it is at hand (they were read from storage or saved). */
export const encodingOf = (batches: Batch[]): CompactBatches | undefined => encoded.get(batches);

/** The compact shape of these answers, made elsewhere (the worker made it with them): the save takes it as it is. */
export const rememberEncoding = (batches: Batch[], compact: CompactBatches): void => {
  encoded.set(batches, compact);
};

export const monitoringSpec: StateSpec<MonitoringSaved> = {
  version: 2,
  what: 'загруженные ответы',
  fresh: 'инструмент открыт пустым',
  advice: 'Анализ на странице остаётся, пока она открыта; после перезагрузки файлы с ответами придётся выбрать снова.',
  migrations: {
    // Version 1 kept the answers as plain objects.
    1: (data) => {
      if (!isRecord(data) || !Array.isArray(data.batches) || !data.batches.every(isBatch)) throw new Error(badAnswers);
      return { ...data, batches: encodeBatches(data.batches) };
    },
  },
  encode: (value) => ({ ...value, batches: encodeOnce(value.batches) }),
  check(data) {
    if (!isRecord(data)) return { ok: false, error: 'в записи нет ответов' };
    const { files, settings, organisation, period, year } = data;
    const batches = decodeBatches(data.batches);
    if (!Number.isInteger(files) || !batches) return { ok: false, error: badAnswers };
    encoded.set(batches, data.batches as CompactBatches);
    if (!isRecord(settings) || !isRecord(settings.thresholds) || !stages.includes(settings.stage as Stage))
      return { ok: false, error: 'настройки не читаются' };
    const thresholds = Object.fromEntries(
      Object.entries(settings.thresholds).filter(
        (e): e is [string, number] => Number.isInteger(e[1]) && (e[1] as number) >= 1 && (e[1] as number) <= 10,
      ),
    );
    return {
      ok: true,
      value: {
        files: files as number,
        batches,
        settings: { thresholds, stage: settings.stage as Settings['stage'] },
        organisation: typeof organisation === 'string' ? organisation : '',
        period: typeof period === 'string' ? period : '',
        year: typeof year === 'string' ? year : '',
      },
    };
  },
};
