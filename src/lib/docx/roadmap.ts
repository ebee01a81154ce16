// A roadmap template as a Word document: the approval block, the title and the table of roadmap-table.ts.
import type { Document } from 'docx';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { blankDatesNote, periodText, roadmapTable } from '../roadmap-table.ts';
import { approvalLines } from '../roadmap-approval.ts';
import { approvalParagraphs, cell, officeDocument, para, row, table } from './layout.ts';

/** What a school fills in when it approves its roadmap; blank lines are printed where it is absent. */
export interface Approval {
  date?: string;
  number?: string;
}

/**
 * The blank of a template; `firstYear` is the school year its dates are moved to (blankFirstYear of the build's
 * day), so a downloaded blank never shows a past deadline.
 */
export function roadmapDocument(template: RoadmapTemplate, firstYear: number, approval: Approval = {}): Document {
  const { columns, sections } = roadmapTable(template, firstYear);
  const rows = sections.flatMap((section) => [
    row([cell(section.title, { bold: true, columnSpan: columns.length, shading: true })]),
    ...section.rows.map((cells) => row(cells.map((text) => cell(text)))),
  ]);
  const period = periodText(template, firstYear);
  return officeDocument(template.title, 'landscape', [
    ...approvalParagraphs(
      'landscape',
      approvalLines({
        form: template.approval,
        authority: template.approvedBy,
        position: template.approverPosition,
        organisationGenitive: '',
        head: '',
        date: approval.date ?? '',
        number: approval.number ?? '',
      }),
    ),
    para('', { spaceAfter: 240 }),
    para(template.title, { bold: true, align: 'center', spaceAfter: period ? 0 : 240 }),
    ...(period ? [para(period, { align: 'center', spaceAfter: 120 })] : []),
    para(blankDatesNote(template, firstYear), { align: 'center', italics: true, size: 20, spaceAfter: 240 }),
    table(
      columns.map((column) => column.width),
      columns.map((column) => cell(column.heading, { bold: true, align: 'center' })),
      rows,
      'landscape',
    ),
  ]);
}
