// A form or document of the library as a Word document, blank or filled. A blank one prints lines and
// empty cells where a person writes by hand; a filled one prints the values typed in the browser. What it
// prints is decided in src/lib/forms/document-model.ts; here it is only laid out with docx.
import type { Document, FileChild } from 'docx';
import type { Form } from '../../schemas/form.ts';
import { documentTitle, formBlocks, type DocBlock } from '../forms/document-model.ts';
import type { FormValues } from '../forms/values.ts';
import { cell, officeDocument, para, row, table, type Orientation } from './layout.ts';

export type { FormValues } from '../forms/values.ts';
export { listText } from '../forms/list-text.ts';
export { columnShares, documentTitle, fillPlaceholders, personFields } from '../forms/document-model.ts';

function docxChild(block: DocBlock, orientation: Orientation): FileChild {
  if (block.kind === 'para') {
    const { kind: _, text, ...options } = block;
    return para(text, options);
  }
  return table(
    block.shares,
    block.headers.map((text) => cell(text, { bold: true, align: 'center' })),
    block.rows.map((cells) => row(cells.map((text) => cell(text)))),
    orientation,
  );
}

export function formDocument(form: Form, values: FormValues = {}): Document {
  const children = formBlocks(form, values).map((block) => docxChild(block, form.orientation));
  return officeDocument(documentTitle(form), form.orientation, children);
}
