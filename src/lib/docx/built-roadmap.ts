// A roadmap built by a school as a Word document: A4 landscape, the approval block with the order's date and
// number, the title and period, and the table with real deadlines, its header repeated on every page.
import type { Document } from 'docx';
import { ruDate } from '../ru-words.ts';
import { approvalAuthority, type BuilderState } from '../roadmap-builder/state.ts';
import { builtPeriodText, type BuilderTable } from '../roadmap-builder/table.ts';
import { approvalBlock, cell, officeDocument, para, row, table } from './layout.ts';

export function builtRoadmapDocument(state: BuilderState, builtTable: BuilderTable): Document {
  const { columns, sections } = builtTable;
  const rows = sections.flatMap((section) => [
    row([cell(section.title, { bold: true, columnSpan: columns.length, shading: true })]),
    ...section.rows.map((cells) => row(cells.map((text) => cell(text)))),
  ]);
  const authority = approvalAuthority(state);
  const date = state.approval.date ? ruDate(state.approval.date) : undefined;
  const number = state.approval.number.trim() || undefined;
  return officeDocument(state.title, 'landscape', [
    ...approvalBlock('landscape', 'УТВЕРЖДЕНА', authority, date, number),
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
    ...(state.head.trim()
      ? [para('', { spaceAfter: 240 }), para(`Руководитель организации  ____________  ${state.head.trim()}`)]
      : []),
  ]);
}
