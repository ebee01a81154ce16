import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { docxText } from '../docx/read.ts';
import { loadMonitoredForms } from './test-forms.ts';
import { analyse } from './analyse.ts';
import { monitoringReport } from './report-docx.ts';
import type { Response } from './responses.ts';

const forms = loadMonitoredForms();
// A 1×1 transparent PNG.
const png = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const r = (code: string, stage: Response['stage'], answers: Response['answers']): Response => ({
  formId: 'anketa-nastavlyaemogo',
  source: `${code}.json`,
  stage,
  organisation: 'Школа № 7',
  mentoringForm: 'ученик – ученик',
  code,
  date: '',
  answers,
});

describe('the monitoring report', () => {
  it('names the organisation and period, gives the indicator, both stages and the questions, with the chart', async () => {
    const responses = [
      r('A', 'before', { 'self-confidence': 4 }),
      r('A', 'after', { 'self-confidence': 8, overall: 9 }),
      r('B', 'after', { overall: 5 }),
    ];
    const result = analyse(responses, Object.values(forms), { thresholds: {}, stage: 'all' });
    const doc = monitoringReport(
      result,
      {
        organisation: 'МБОУ «Школа № 7»',
        period: '2025/2026 учебный год',
        today: '2026-05-25',
        stageText: 'все этапы',
      },
      new Map([['satisfaction', { title: 'Доля удовлетворённых', png, width: 600, height: 300 }]]),
    );
    const bytes = await Packer.toBuffer(doc);
    const text = docxText(bytes);
    for (const expected of [
      'Отчёт о мониторинге программы наставничества',
      'МБОУ «Школа № 7»',
      'Период: 2025/2026 учебный год',
      'Отчёт сформирован 25.05.2026',
      'Анкета наставляемого',
      '50',
      'Я уверен(а) в своих силах',
      '+4',
      'Рисунок: Доля удовлетворённых',
    ]) {
      expect(text).toContain(expected);
    }
    const { unzipSync } = await import('fflate');
    expect(Object.keys(unzipSync(bytes)).some((name) => name.startsWith('word/media/'))).toBe(true);
  });
});
