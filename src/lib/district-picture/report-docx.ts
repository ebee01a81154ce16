// The district's documents as Word files, loaded with the export click (docx is about 62 KB gzip): the KPI table
// with actuals, the spring report for the region, and a draft network-mentoring agreement for each tandem.
import { Packer, type Document } from 'docx';
import type { Form } from '../../schemas/form.ts';
import { formDocument } from '../docx/form.ts';
import { cell, officeDocument, para, row, table } from '../docx/layout.ts';
import type { FormValues } from '../forms/values.ts';
import type { KpiIndicator } from '../kpi/types.ts';
import type { DistrictTable } from './aggregate.ts';
import type { ClusterResult } from './clusters.ts';
import { cellText, participation, participationTotal } from './tables.ts';
import type { Tandem, TandemResult } from './tandems.ts';
import type { SchoolSummary } from './types.ts';

export const kpiTitle = 'Показатели эффективности внедрения целевой модели наставничества по организациям района';
export const reportTitle = 'Отчёт о реализации целевой модели наставничества в муниципалитете';

function kpiTable(data: DistrictTable, indicators: KpiIndicator[]) {
  return table(
    [22, ...indicators.map(() => 13)],
    [
      cell('Организация', { bold: true, align: 'center' }),
      ...indicators.map((i) => cell(`№ ${i.order}. ${i.title}`, { bold: true, align: 'center', size: 16 })),
    ],
    [
      ...data.rows.map((r) => row([cell(r.name), ...r.cells.map((c) => cell(cellText(c), { size: 18 }))])),
      row([cell('Всего по району', { bold: true }), ...data.total.map((c) => cell(cellText(c), { size: 18 }))]),
    ],
    'landscape',
  );
}

const behindLines = (data: DistrictTable) =>
  data.behind.length
    ? data.behind.map((b) => `${b.name} — показатель № ${b.order}: не хватает ${b.people}`)
    : ['Все школы, о которых есть данные, достигли целей года.'];

export function kpiDocument(data: DistrictTable, indicators: KpiIndicator[], district: string): Document {
  return officeDocument(kpiTitle, 'landscape', [
    para(`${kpiTitle}${district ? ` — ${district}` : ''}`, { bold: true, align: 'center' }),
    para(`${data.year}/${data.year + 1} учебный год`, { align: 'center', spaceAfter: 240 }),
    kpiTable(data, indicators),
    para('Отстают от целей', { bold: true, keepNext: true }),
    ...behindLines(data).map((l) => para(l, { size: 22, spaceAfter: 40 })),
  ]);
}

export interface ReportData {
  district: string;
  date: string;
  schools: SchoolSummary[];
  table: DistrictTable;
  indicators: KpiIndicator[];
  clusters: ClusterResult[];
  rules: string[];
  tandems: TandemResult;
}

export function reportDocument(d: ReportData): Document {
  const people = participation(d.schools);
  const total = participationTotal(d.schools);
  const heading = (text: string) => para(text, { bold: true, keepNext: true, spaceAfter: 120 });
  const groups = (['ШНОР', 'ШСОР', 'ШВОР'] as const).map(
    (c) => `${c}: ${d.clusters.filter((r) => r.cluster === c).length}`,
  );
  return officeDocument(reportTitle, 'landscape', [
    para(`${reportTitle}${d.district ? ` — ${d.district}` : ''}`, { bold: true, align: 'center' }),
    para(`${d.table.year}/${d.table.year + 1} учебный год. Сведения на ${d.date}.`, {
      align: 'center',
      spaceAfter: 240,
    }),
    heading('1. Участие'),
    para(
      `Организаций, приславших данные: ${d.schools.length}. Наставляемых: ${total.mentees}, наставников: ${total.mentors}, ` +
        `программ: ${total.programmes}, анкет мониторинга: ${total.responses}.`,
    ),
    table(
      [30, 12, 12, 12, 12, 22, 22],
      [
        'Организация',
        'Наставляемых',
        'Наставников',
        'Программ',
        'Анкет',
        'Довольны наставляемые',
        'Довольны наставники',
      ].map((h) => cell(h, { bold: true, align: 'center' })),
      [...people, total].map((p) =>
        row(
          [p.name, p.mentees, p.mentors, p.programmes, p.responses, p.menteesSatisfied, p.mentorsSatisfied].map((v) =>
            cell(String(v)),
          ),
        ),
      ),
      'landscape',
    ),
    heading('2. Показатели эффективности'),
    kpiTable(d.table, d.indicators),
    para('Отстают от целей:', { keepNext: true }),
    ...behindLines(d.table).map((l) => para(l, { size: 22, spaceAfter: 40 })),
    heading('3. Группы школ по результатам'),
    ...d.rules.map((l) => para(l, { size: 22, spaceAfter: 40 })),
    para(`${groups.join('; ')}; без группы: ${d.clusters.filter((r) => r.cluster === null).length}.`),
    table(
      [30, 12, 58],
      ['Организация', 'Группа', 'Основания'].map((h) => cell(h, { bold: true, align: 'center' })),
      d.clusters.map((c) => row([cell(c.name), cell(c.cluster ?? '—'), cell(c.reasons.join('\n\n'), { size: 20 })])),
      'landscape',
    ),
    heading('4. Сетевые тандемы'),
    ...(d.tandems.tandems.length
      ? [
          table(
            [22, 22, 56],
            ['Школа ШНОР', 'Школа-партнёр ШВОР', 'Почему и кто помогает'].map((h) =>
              cell(h, { bold: true, align: 'center' }),
            ),
            d.tandems.tandems.map((t) =>
              row([
                cell(t.hostName),
                cell(t.partnerName),
                cell(`${t.why}${t.mentors.length ? `\n\nНаставники: ${t.mentors.join(', ')}.` : ''}`, { size: 20 }),
              ]),
            ),
            'landscape',
          ),
        ]
      : [para('Тандемов не предложено.')]),
    ...d.tandems.unmatched.map((u) => para(`${u.name}: партнёр не найден — ${u.reason}`, { size: 22, spaceAfter: 40 })),
  ]);
}

/** The library's network-mentoring agreement, its parties and forms filled for one tandem. */
export function agreementDocument(form: Form, tandem: Tandem, schools: SchoolSummary[]): Document {
  const full = (key: string, fallback: string) => schools.find((s) => s.key === key)?.fullName || fallback;
  const values: FormValues = {
    organisation: full(tandem.host, tandem.hostName),
    partner: full(tandem.partner, tandem.partnerName),
    forms: ['учитель – учитель'],
    ...(tandem.mentors.length ? { 'mentors-count': String(tandem.mentors.length) } : {}),
  };
  return formDocument(form, values);
}

export const docxBlob = async (document: Document): Promise<Blob> => Packer.toBlob(document);
