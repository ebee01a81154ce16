// The monitoring's read answers in the compact shape they are saved in: every text once in a table and rows of
// numbers pointing into it. 5,000 answers take about a fifth of their plain JSON, so saving them is quick.
import type { Batch } from './pipeline.ts';
import type { Stage } from './questionnaires.ts';
import type { Answer, Note, Response } from './responses.ts';

/**
 * `s`: every text once; `k`: the answer keys of a row, each `text index * 3 + kind` (0 a number, 1 a text,
 * 2 chosen options), shared by rows with the same keys; `b`: the batches, each `[rows, notes]`.
 * A row is `[form, stage, organisation, form of mentoring, code, date, source, keys, cells]` (texts by index,
 * stage 0–3); a note is `[source, level (0 error, 1 warning), text]`.
 */
export interface CompactBatches {
  s: string[];
  k: number[][];
  b: [unknown[][], number[][]][];
}

const stages: (Stage | null)[] = [null, 'before', 'middle', 'after'];

export function encodeBatches(batches: Batch[]): CompactBatches {
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const keyLists: number[][] = [];
  const keyListIndex = new Map<string, number>();
  const text = (value: string) => {
    let i = textIndex.get(value);
    if (i === undefined) {
      i = texts.length;
      texts.push(value);
      textIndex.set(value, i);
    }
    return i;
  };
  const row = (r: Response): unknown[] => {
    const keys: number[] = [];
    const cells: (number | number[])[] = [];
    for (const [key, answer] of Object.entries(r.answers)) {
      if (typeof answer === 'number') {
        keys.push(text(key) * 3);
        cells.push(answer);
      } else if (typeof answer === 'string') {
        keys.push(text(key) * 3 + 1);
        cells.push(text(answer));
      } else {
        keys.push(text(key) * 3 + 2);
        cells.push(answer.map(text));
      }
    }
    const id = keys.join(',');
    let list = keyListIndex.get(id);
    if (list === undefined) {
      list = keyLists.length;
      keyLists.push(keys);
      keyListIndex.set(id, list);
    }
    return [
      text(r.formId),
      stages.indexOf(r.stage),
      text(r.organisation),
      text(r.mentoringForm),
      text(r.code),
      text(r.date),
      text(r.source),
      list,
      cells,
    ];
  };
  const note = (n: Note) => [text(n.source), n.level === 'error' ? 0 : 1, text(n.text)];
  const b = batches.map((batch): [unknown[][], number[][]] => [batch.responses.map(row), batch.notes.map(note)]);
  return { s: texts, k: keyLists, b };
}

const isIndex = (value: unknown, length: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

/** The batches back from their compact shape; null when anything in it is not as `encodeBatches` writes it. */
export function decodeBatches(data: unknown): Batch[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const { s, k, b } = data as Partial<CompactBatches>;
  if (!Array.isArray(s) || !s.every((t) => typeof t === 'string')) return null;
  if (!Array.isArray(k) || !k.every((list) => Array.isArray(list) && list.every((v) => isIndex(v, s.length * 3))))
    return null;
  if (!Array.isArray(b)) return null;
  const text = (i: unknown): string => {
    if (!isIndex(i, s.length)) throw new RangeError();
    return s[i]!;
  };
  const cell = (kind: number, value: unknown): Answer => {
    if (kind === 0) {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError();
      return value;
    }
    if (kind === 1) return text(value);
    if (!Array.isArray(value)) throw new RangeError();
    return value.map(text);
  };
  const response = (row: unknown): Response => {
    if (!Array.isArray(row) || row.length !== 9) throw new RangeError();
    const [form, stage, organisation, mentoringForm, code, date, source, list, cells] = row;
    if (!isIndex(stage, stages.length) || !isIndex(list, k.length)) throw new RangeError();
    const keys = k[list]!;
    if (!Array.isArray(cells) || cells.length !== keys.length) throw new RangeError();
    const answers: Record<string, Answer> = {};
    keys.forEach((key, i) => {
      answers[text(Math.floor(key / 3))] = cell(key % 3, cells[i]);
    });
    return {
      formId: text(form),
      source: text(source),
      stage: stages[stage]!,
      organisation: text(organisation),
      mentoringForm: text(mentoringForm),
      code: text(code),
      date: text(date),
      answers,
    };
  };
  const note = (row: unknown): Note => {
    if (!Array.isArray(row) || row.length !== 3 || (row[1] !== 0 && row[1] !== 1)) throw new RangeError();
    return { source: text(row[0]), level: row[1] === 0 ? 'error' : 'warning', text: text(row[2]) };
  };
  try {
    return b.map((batch) => {
      if (!Array.isArray(batch) || !Array.isArray(batch[0]) || !Array.isArray(batch[1])) throw new RangeError();
      return { responses: batch[0].map(response), notes: batch[1].map(note) };
    });
  } catch {
    return null;
  }
}
