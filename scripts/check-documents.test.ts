import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Packer } from 'docx';
import { officeDocument, para } from '../src/lib/docx/layout.ts';
import { checkDocuments } from './check-documents.ts';

test('passes a real document and names a broken one', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'check-documents-'));
  const good = officeDocument('Анкета наставника', 'portrait', [para('Анкета наставника', { bold: true })]);
  writeFileSync(join(folder, 'good.docx'), await Packer.toBuffer(good));
  writeFileSync(join(folder, 'broken.docx'), 'это не документ');
  expect(checkDocuments(folder)).toEqual(['broken.docx: это не документ .docx']);
}, 60_000);
