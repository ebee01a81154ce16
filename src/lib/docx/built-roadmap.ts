// A roadmap built by a school as a Word document: A4 landscape, the approval block with the order's date and
// number, the title and period, and the table with real deadlines, its header repeated on every page.
import type { Document } from 'docx';
import type { BuilderState } from '../roadmap-builder/state.ts';
import { builtApprovalLines } from '../roadmap-builder/approval.ts';
import { builtPeriodText, type BuilderTable } from '../roadmap-builder/table.ts';
import { approvalParagraphs, cell, officeDocument, para, row, table } from './layout.ts';

export function builtRoadmapDocument(state: BuilderState, builtTable: BuilderTable): Document {
  const { columns, sections } = builtTable;
  const rows = sections.flatMap((section) => [
    row([cell(section.title, { bold: true, columnSpan: columns.length, shading: true })]),
    ...section.rows.map((cells) => row(cells.map((text) => cell(text)))),
  ]);
  // Under «УТВЕРЖДАЮ» the head has signed already; under an order the roadmap ends with the head's signature.
  const signedBelow = state.approvalForm !== 'signature' && state.head.trim() !== '';
  return officeDocument(state.title, 'landscape', [
    ...approvalParagraphs('landscape', builtApprovalLines(state)),
    para('', { spaceAfter: 240 }),
    para(state.title, { bold: true, align: 'center', spaceAfter: 0 }),
    para(state.organisation, { align: 'center', spaceAfter: 0 }),
    para(builtPeriodText(state.start, state.end), { align: 'center', spaceAfter: 240 }),
    table(
      columns.map((column) => column.width),
      columns.map((column) => cell(column.heading, { bold: true, align: 'center' })),
      rows,
      'landscape',
    ),
    ...(signedBelow
      ? [para('', { spaceAfter: 240 }), para(`Руководитель организации  ____________  ${state.head.trim()}`)]
      : []),
  ]);
}
