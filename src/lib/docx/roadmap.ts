// A roadmap template as a Word document: the approval block, the title and the five-column table, with
// the executor column split into municipal and school level where the template has both.
import type { Document } from 'docx';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { deadlineText } from '../deadline-text.ts';
import { approvalBlock, cell, officeDocument, para, row, table } from './layout.ts';

/** What a school fills in when it approves its roadmap; blank lines are printed where it is absent. */
export interface Approval {
  date?: string;
  number?: string;
}

type Item = RoadmapTemplate['sections'][number]['items'][number];

const isTwoLevel = (template: RoadmapTemplate) =>
  template.sections.some((section) => section.items.some((item) => !Array.isArray(item.responsible)));

function responsibleCells(item: Item, twoLevel: boolean) {
  if (Array.isArray(item.responsible)) {
    const text = item.responsible.join(', ');
    return twoLevel ? [cell(text), cell('')] : [cell(text)];
  }
  return [cell(item.responsible.municipal.join(', ')), cell(item.responsible.school.join(', '))];
}

export function roadmapDocument(template: RoadmapTemplate, approval: Approval = {}): Document {
  const twoLevel = isTwoLevel(template);
  const hasResult = template.sections.some((section) => section.items.some((item) => item.result));
  const hasFormat = template.sections.some((section) => section.items.some((item) => item.format));

  const columns: [string, number][] = [
    ['№ п/п', 6],
    ['Мероприятие', 34],
    ['Срок', 14],
    ...((twoLevel
      ? [
          ['Исполнитель: муниципальный уровень', 16],
          ['Исполнитель: уровень образовательной организации', 16],
        ]
      : [['Ответственный (исполнитель)', 18]]) as [string, number][]),
    ...((hasFormat ? [['Формат', 14]] : []) as [string, number][]),
    ...((hasResult ? [['Результат, вид документа', 22]] : []) as [string, number][]),
  ];

  const rows = template.sections.flatMap((section) => [
    row([cell(section.title, { bold: true, columnSpan: columns.length, shading: true })]),
    ...section.items.map((item) =>
      row([
        cell(item.number),
        cell(item.activity),
        cell(deadlineText(item.deadline)),
        ...responsibleCells(item, twoLevel),
        ...(hasFormat ? [cell(item.format ?? '')] : []),
        ...(hasResult ? [cell(item.result ?? '')] : []),
      ]),
    ),
  ]);

  const period = template.period ? `на ${template.period.from}–${template.period.to} годы` : '';
  return officeDocument(template.title, 'landscape', [
    ...approvalBlock('landscape', 'УТВЕРЖДЕНА', template.approvedBy, approval.date, approval.number),
    para('', { spaceAfter: 240 }),
    para(template.title, { bold: true, align: 'center', spaceAfter: period ? 0 : 240 }),
    ...(period ? [para(period, { align: 'center', spaceAfter: 240 })] : []),
    table(
      columns.map(([, width]) => width),
      columns.map(([title]) => cell(title, { bold: true, align: 'center' })),
      rows,
      'landscape',
    ),
  ]);
}
