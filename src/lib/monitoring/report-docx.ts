// The monitoring report as a Word document: the period and the organisation, the satisfaction indicators
// (overall, by school, by form of mentoring), stage 1 (strengths and weaknesses of the process), stage 2
// (growth before and after), every question's distribution, and the page's charts as pictures.
import { ImageRun, Paragraph, type FileChild } from 'docx';
import { cell, officeDocument, para, row, table, textWidth } from '../docx/layout.ts';
import { ruDate } from '../ru-words.ts';
import type { FormResult, GroupResult, MonitoringResult } from './analyse.ts';
import type { QuestionStats } from './stats.ts';

export interface ReportMeta {
  organisation: string;
  /** As the user wrote it: «2025/2026 учебный год», «I полугодие 2025/2026». */
  period: string;
  /** YYYY-MM-DD of the day the report is made. */
  today: string;
  /** The stage whose answers the question tables count, in words. */
  stageText: string;
}

export interface ChartImage {
  title: string;
  png: Uint8Array;
  /** Pixel size of the picture, to keep its proportions. */
  width: number;
  height: number;
}

export const reportTitle = 'Отчёт о мониторинге программы наставничества';

const num = (value: number | null, digits = 2) =>
  value === null
    ? '—'
    : value
        .toFixed(digits)
        .replace(/\.?0+$/, '')
        .replace('.', ',');
const heading = (text: string) => para(text, { bold: true, size: 26, spaceAfter: 160, keepNext: true });
const sub = (text: string) => para(text, { bold: true, spaceAfter: 80, keepNext: true });

function chart(image: ChartImage | undefined): FileChild[] {
  if (!image) return [];
  // Fit the picture to the text width (twentieths of a point → pixels at 96 dpi: 1 px = 15 twips).
  const width = Math.min(600, Math.round(textWidth.portrait / 15));
  const height = Math.round((image.height / image.width) * width);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width, height },
          altText: { name: image.title, description: image.title, title: image.title },
        }),
      ],
    }),
    para(`Рисунок: ${image.title}. Те же данные — в таблице.`, { italics: true, size: 20, spaceAfter: 200 }),
  ];
}

function satisfactionTable(groups: GroupResult[], firstColumn: string): FileChild[] {
  const rows = groups.flatMap((g) =>
    g.forms
      .filter((f) => f.satisfaction)
      .map((f) =>
        row([
          cell(g.label),
          cell(f.title),
          cell(String(f.satisfaction!.answered)),
          cell(`${f.satisfaction!.satisfied} (от ${f.satisfaction!.threshold})`),
          cell(num(f.satisfaction!.percent, 1)),
        ]),
      ),
  );
  if (rows.length === 0) return [para('Анкет с общей оценкой удовлетворённости нет.')];
  return [
    table(
      [3, 4, 2, 2, 2],
      [
        cell(firstColumn, { bold: true }),
        cell('Анкета', { bold: true }),
        cell('Ответили', { bold: true }),
        cell('Удовлетворены (балл не ниже)', { bold: true }),
        cell('Доля, %', { bold: true }),
      ],
      rows,
      'portrait',
    ),
    para(''),
  ];
}

const distribution = (q: QuestionStats) =>
  q.kind === 'number' ? '' : q.buckets.map((b) => `${b.value} — ${b.count}`).join('; ');

function questionTable(form: FormResult): FileChild[] {
  const rows = form.questions.map((q) =>
    row([cell(q.label), cell(String(q.answered)), cell(num(q.mean)), cell(distribution(q))]),
  );
  return [
    table(
      [5, 1.5, 1.5, 5],
      [
        cell('Вопрос', { bold: true }),
        cell('Ответили', { bold: true }),
        cell('Среднее', { bold: true }),
        cell('Распределение ответов', { bold: true }),
      ],
      rows,
      'portrait',
    ),
    para(''),
  ];
}

function stageOne(form: FormResult, images: Map<string, ChartImage>): FileChild[] {
  if (form.ranked.length === 0) return [];
  const strong = form.ranked.slice(0, 3);
  const weak = form.ranked
    .slice(-3)
    .reverse()
    .filter((q) => !strong.includes(q));
  return [
    sub(form.title),
    ...chart(images.get(`means-${form.formId}`)),
    table(
      [7, 2, 2],
      [cell('Вопрос', { bold: true }), cell('Средний балл', { bold: true }), cell('Шкала', { bold: true })],
      form.ranked.map((q) => row([cell(q.label), cell(num(q.mean)), cell(`${q.min}–${q.max}`)])),
      'portrait',
    ),
    para(`Сильные стороны (самые высокие оценки): ${strong.map((q) => `«${q.label}» (${num(q.mean)})`).join('; ')}.`, {
      spaceAfter: 80,
    }),
    ...(weak.length > 0
      ? [para(`Слабые стороны (самые низкие оценки): ${weak.map((q) => `«${q.label}» (${num(q.mean)})`).join('; ')}.`)]
      : []),
  ];
}

function stageTwo(form: FormResult, images: Map<string, ChartImage>): FileChild[] {
  if (form.growth.length === 0) return [];
  return [
    sub(form.title),
    ...chart(images.get(`growth-${form.formId}`)),
    table(
      [5, 1.5, 1.5, 1.5, 1.5, 2],
      ['Вопрос', 'Пар анкет', 'До', 'После', 'Изменение', 'Выросла / снизилась оценка'].map((t) =>
        cell(t, { bold: true }),
      ),
      form.growth.map((g) =>
        row([
          cell(g.label),
          cell(String(g.pairs)),
          cell(num(g.before)),
          cell(num(g.after)),
          cell((g.change! > 0 ? '+' : '') + num(g.change)),
          cell(`${g.improved} / ${g.worsened}`),
        ]),
      ),
      'portrait',
    ),
    para(''),
  ];
}

export function monitoringReport(
  result: MonitoringResult,
  meta: ReportMeta,
  images: Map<string, ChartImage>,
): ReturnType<typeof officeDocument> {
  const forms = result.overall.forms;
  const children: FileChild[] = [
    para(reportTitle, { bold: true, size: 28, align: 'center', spaceAfter: 120 }),
    ...(meta.organisation ? [para(meta.organisation, { align: 'center', spaceAfter: 60 })] : []),
    para(`Период: ${meta.period || 'не указан'}`, { align: 'center', spaceAfter: 60 }),
    para(
      `Отчёт сформирован ${ruDate(meta.today)}. Учтено анкет: ${result.overall.responses}. Распределения ответов: ${meta.stageText}.`,
      { align: 'center', spaceAfter: 240 },
    ),
    heading('1. Показатели удовлетворённости'),
    para(
      'Участник считается удовлетворённым, если его общая оценка не ниже порога, указанного в таблице. Участник, ответивший несколько раз, учтён один раз — по последней анкете.',
    ),
    ...chart(images.get('satisfaction')),
    sub('В целом'),
    ...satisfactionTable([result.overall], ''),
    ...(result.bySchool.length > 1
      ? [sub('По образовательным организациям'), ...satisfactionTable(result.bySchool, 'Организация')]
      : []),
    ...(result.byForm.length > 0
      ? [sub('По формам наставничества'), ...satisfactionTable(result.byForm, 'Форма')]
      : []),
    heading('2. Первый этап: качество процесса'),
    para('Вопросы со шкалой расположены от самой высокой средней оценки к самой низкой (с учётом длины шкалы).'),
    ...forms.flatMap((f) => stageOne(f, images)),
    ...(result.curatorNotes.length > 0
      ? [
          sub('Выводы кураторов'),
          ...result.curatorNotes.flatMap((n) => [
            para(n.organisation, { bold: true, spaceAfter: 60 }),
            ...(
              [
                ['Сильные стороны', n.strengths],
                ['Слабые стороны', n.weaknesses],
                ['Возможности', n.opportunities],
                ['Риски', n.risks],
                ['Управленческие решения', n.decisions],
              ] as const
            )
              .filter(([, text]) => text)
              .map(([label, text]) => para(`${label}: ${text}`, { spaceAfter: 60 })),
          ]),
        ]
      : []),
    heading('3. Второй этап: рост участников'),
    para('Сравниваются первая и последняя анкета одного участника (по коду участника), если обе есть.'),
    ...(forms.some((f) => f.growth.length > 0)
      ? forms.flatMap((f) => stageTwo(f, images))
      : [para('Пар анкет «до» и «после» с одним кодом участника нет: сравнивать пока нечего.')]),
    heading('4. Ответы по вопросам'),
    ...forms.flatMap((f) => [sub(`${f.title} (анкет: ${f.responses})`), ...questionTable(f)]),
  ];
  return officeDocument(reportTitle, 'portrait', children);
}
