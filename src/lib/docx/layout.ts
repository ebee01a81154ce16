// The Russian office layout every document of the site shares: A4, Times New Roman 12 pt, margins of
// 30 mm on the left and 15/20 mm elsewhere, tables with a header row repeated on every page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';

const mm = (value: number) => Math.round(value * 56.7);
/** A4 in twentieths of a point. */
const a4 = { width: 11906, height: 16838 };
const margin = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** Text width between the margins, in twentieths of a point, for each orientation. */
export const textWidth = {
  portrait: a4.width - margin.left - margin.right,
  landscape: a4.height - margin.left - margin.right,
};

export type Orientation = keyof typeof textWidth;

export interface TextOptions {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'both';
  spaceAfter?: number;
  keepNext?: boolean;
}

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.BOTH,
};

/** A paragraph of one run of text; line breaks in the text become line breaks in the document. */
export function para(text: string, options: TextOptions = {}): Paragraph {
  const lines = text.split('\n');
  const paragraphOptions: IParagraphOptions = {
    alignment: alignments[options.align ?? 'left'],
    spacing: { after: options.spaceAfter ?? 120 },
    keepNext: options.keepNext ?? false,
    children: lines.map(
      (line, index) =>
        new TextRun({
          text: line,
          bold: options.bold ?? false,
          italics: options.italics ?? false,
          size: options.size ?? 24,
          break: index > 0 ? 1 : 0,
        }),
    ),
  };
  return new Paragraph(paragraphOptions);
}

/** A cell of a table; `widthShare` is its share of the text width. */
export function cell(text: string, options: TextOptions & { columnSpan?: number; shading?: boolean } = {}): TableCell {
  return new TableCell({
    children: text.split('\n\n').map((chunk) => para(chunk, { ...options, spaceAfter: 0, size: options.size ?? 22 })),
    columnSpan: options.columnSpan ?? 1,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.shading ? { shading: { fill: 'EDEDED' } } : {}),
  });
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A table across the text width: `widths` are the shares of the columns, the first row is the header,
 * repeated on every page, and no row breaks across pages.
 */
export function table(widths: number[], header: TableCell[], rows: TableRow[], orientation: Orientation): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((share) => Math.floor((share / total) * textWidth[orientation]));
  return new Table({
    width: { size: textWidth[orientation], type: WidthType.DXA },
    columnWidths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [new TableRow({ children: header, tableHeader: true, cantSplit: true }), ...rows],
  });
}

export function row(cells: TableCell[]): TableRow {
  return new TableRow({ children: cells, cantSplit: true });
}

/** The approval block in the top right corner: «УТВЕРЖДЕНА приказом директора от … № …». */
export function approvalBlock(
  orientation: Orientation,
  word: string,
  authority: string,
  date?: string,
  number?: string,
): Paragraph[] {
  return approvalParagraphs(orientation, [
    word,
    authority,
    `от ${date ?? '«___» ____________ 20___ г.'} № ${number ?? '______'}`,
  ]);
}

/** Lines of an approval block in the top right corner, the first («УТВЕРЖДАЮ», «УТВЕРЖДЕНА») in bold. */
export function approvalParagraphs(orientation: Orientation, lines: readonly string[]): Paragraph[] {
  const indent = { left: Math.round(textWidth[orientation] * (orientation === 'landscape' ? 0.65 : 0.55)) };
  return lines.map(
    (text, index) =>
      new Paragraph({
        indent,
        spacing: { after: 0 },
        children: [new TextRun({ text, size: 24, bold: index === 0 })],
      }),
  );
}

/** The document: one section in the given orientation, with the site's fonts and metadata. */
export function officeDocument(title: string, orientation: Orientation, children: FileChild[]): Document {
  return new Document({
    title,
    creator: 'Наставник',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: a4.width,
              height: a4.height,
              orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin,
          },
        },
        children,
      },
    ],
  });
}
