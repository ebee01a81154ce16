// The judging half of the documents check, without LibreOffice: the documents step of `npm test`
// (scripts/check-documents.ts on the build) is where every real .docx goes through LibreOffice.
import { describe, expect, test } from 'vitest';
import { Packer } from 'docx';
import { officeDocument, para } from '../src/lib/docx/layout.ts';
import { docxTitle, documentProblems, xlsxHeading } from './check-documents.ts';
import { toXlsx } from '../src/lib/table-export/xlsx.ts';

const docx = async (title: string) =>
  new Uint8Array(await Packer.toBuffer(officeDocument(title, 'portrait', [para(title, { bold: true })])));
const good = await docx('Анкета наставника');
const untitled = await docx('');
const broken = new TextEncoder().encode('это не документ');

test('docxTitle reads the title from the document’s properties', async () => {
  expect(docxTitle(good)).toBe('Анкета наставника');
  expect(docxTitle(await docx('Программа «Учитель – учитель» & план'))).toBe('Программа «Учитель – учитель» & план');
  expect(() => docxTitle(broken)).toThrow();
});

describe.each([
  { name: 'a good document', docx: good, pages: 1, text: 'Анкета наставника\n\nФамилия', expected: [] },
  { name: 'a title broken across lines', docx: good, pages: 2, text: 'Анкета\n  наставника', expected: [] },
  { name: 'no PDF', docx: good, pages: 0, text: '', expected: ['a.docx: PDF не получился или пуст'] },
  { name: 'not a .docx', docx: broken, pages: 1, text: 'это не документ', expected: ['a.docx: это не документ .docx'] },
  {
    name: 'no title',
    docx: untitled,
    pages: 1,
    text: 'Анкета',
    expected: ['a.docx: у документа нет заголовка в свойствах'],
  },
  {
    name: 'a PDF without the title',
    docx: good,
    pages: 1,
    text: 'Анкета наставляемого',
    expected: ['a.docx: в PDF нет заголовка «Анкета наставника»'],
  },
])('documentProblems: $name', ({ docx: bytes, pages, text, expected }) => {
  test('names the file and what is wrong', () => {
    expect(documentProblems({ file: 'a.docx', docx: bytes, pages, text })).toEqual(expected);
  });
});

const sheet = toXlsx(
  [
    ['№', 'ФИО', 'Организация'],
    [1, null, null],
  ],
  'Реестр наставников',
);

describe.each([
  { name: 'a sheet whose heading is in the PDF', pages: 1, text: '№ ФИО Организация\n1', expected: [] },
  { name: 'a sheet without its heading', pages: 1, text: '1', expected: ['a.xlsx: в PDF нет графы «ФИО»'] },
  { name: 'a sheet with no PDF', pages: 0, text: '', expected: ['a.xlsx: PDF не получился или пуст'] },
])('documentProblems: $name', ({ pages, text, expected }) => {
  test('names the file and what is wrong', () => {
    expect(xlsxHeading(sheet)).toBe('ФИО');
    expect(documentProblems({ file: 'a.xlsx', docx: sheet, pages, text })).toEqual(expected);
  });
});
