import { describe, expect, test } from 'vitest';
import { loadMonitoredForms } from './test-forms.ts';
import { readJsonFile, readJsonFiles, throttleProgress, type TextFile } from './json-files.ts';
import { exportOf, sampleValues, seeded } from './sample-answers.ts';

const forms = loadMonitoredForms();
const mentee = forms['anketa-nastavlyaemogo']!;
const random = seeded(7);
const answer = (i: number) =>
  exportOf(
    mentee,
    sampleValues(mentee, {
      organisation: 'Школа № 1',
      code: `К-${i}`,
      stageOption: 'В начале программы',
      date: '2025-09-15',
      random,
    }),
  );

/** A file whose text arrives after `delay` ms, so later files can finish before earlier ones. */
const slowFile = (name: string, text: string, delay: number): TextFile => ({
  name,
  text: () => new Promise((resolve) => setTimeout(() => resolve(text), delay)),
});

describe('readJsonFiles', () => {
  test.each([
    { count: 0, parallel: 8 },
    { count: 1, parallel: 8 },
    { count: 7, parallel: 3 },
    { count: 20, parallel: 8 },
  ])(
    '$count files, $parallel at a time: each read as readJsonFile reads it, in the files’ order',
    async ({ count, parallel }) => {
      const texts = Array.from({ length: count }, (_, i) => (i % 5 === 4 ? '{oops' : answer(i)));
      // Delays fall as the index grows: the last file is ready first.
      const files = texts.map((text, i) => slowFile(`otvet-${i + 1}.json`, text, (count - i) % 4));
      const progress: number[] = [];
      const results = await readJsonFiles(files, forms, (done) => progress.push(done), parallel);
      expect(results).toEqual(texts.map((text, i) => readJsonFile(`otvet-${i + 1}.json`, text, forms)));
      expect(progress).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    },
  );

  test('a file that cannot be opened gets its own message; the others are read', async () => {
    const broken: TextFile = { name: 'ischez.json', text: () => Promise.reject(new Error('NotFoundError')) };
    const results = await readJsonFiles([broken, slowFile('a.json', answer(1), 0)], forms);
    expect(results[0]).toEqual({
      responses: [],
      notes: [{ source: 'ischez.json', level: 'error', text: 'Файл не открылся. Выберите его ещё раз.' }],
    });
    expect(results[1]!.responses).toHaveLength(1);
  });
});

describe('throttleProgress', () => {
  test.each([
    // [time of each step, what is reported]
    { times: [0, 10, 50, 120, 130, 260], total: 6, reported: [1, 4, 6] },
    { times: [0, 1, 2], total: 3, reported: [1, 3] },
    { times: [0, 200, 400], total: 10, reported: [1, 2, 3] },
  ])('steps at $times of $total report $reported', ({ times, total, reported }) => {
    let clock = 0;
    const seen: number[] = [];
    const step = throttleProgress(
      total,
      (done) => seen.push(done),
      100,
      () => clock,
    );
    times.forEach((time, i) => {
      clock = time;
      step(i + 1);
    });
    expect(seen).toEqual(reported);
  });
});
