// The school's package as one .zip, made in the browser: each part of the package (package.ts) becomes its
// document, the contents list goes first. Loaded on the click, with docx and fflate, so the profile page stays light.
import { Packer } from 'docx';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { formDocument } from '../docx/form.ts';
import { indicatorsDocument } from '../docx/indicators.ts';
import { computeKpi } from '../kpi/district.ts';
import { documentData } from '../kpi/document.ts';
import { toCsv } from '../table-export/csv.ts';
import { contentsText, type PackagePart, type PackageSources, type SchoolPackage } from './package.ts';
import { workspaceJson, type WorkspaceFile } from './workspace.ts';

/** The contents list's name in Latin letters: Windows 7's own unzipping ignores the UTF-8 flag of Cyrillic names. */
export const contentsFileName = '00-sostav-paketa.txt';

async function partBytes(part: PackagePart, sources: PackageSources, workspace: WorkspaceFile): Promise<Uint8Array> {
  switch (part.kind) {
    case 'form':
      return new Uint8Array(await Packer.toArrayBuffer(formDocument(part.form, part.values)));
    case 'kpi': {
      const data = documentData(part.state, computeKpi(part.state, sources.indicators), sources.indicators);
      const document = indicatorsDocument(data.indicators, data.years, data.organisation, data.values, data.notes);
      return new Uint8Array(await Packer.toArrayBuffer(document));
    }
    case 'workspace':
      return strToU8(workspaceJson(workspace));
    case 'links':
      return strToU8(toCsv(part.rows));
  }
}

/** The archive's bytes. The contents list carries a byte-order mark so Notepad shows its Cyrillic. */
export async function packageZip(
  pack: SchoolPackage,
  sources: PackageSources,
  workspace: WorkspaceFile,
  date: string,
): Promise<Uint8Array> {
  const files: Zippable = { [contentsFileName]: strToU8(`\uFEFF${contentsText(pack, date)}`) };
  for (const part of pack.parts) {
    // A .docx is a zip already: compressing it again costs time and gains nothing.
    files[part.fileName] = [await partBytes(part, sources, workspace), { level: part.kind === 'workspace' ? 6 : 0 }];
  }
  return zipSync(files, { mtime: new Date(`${date}T12:00:00`) });
}
