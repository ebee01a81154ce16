// The school's package made off the page's thread: a hundred documents take a second or two, and the page must
// answer meanwhile. Built as a worker bundle of its own, it also keeps the pairs, the builder and the forms code
// the package needs out of the chunks the tool pages share (the pairs page stays within its 90 KB).
import { serveTask } from '../worker/task.ts';
import { packageZip } from './package-zip.ts';
import { schoolPackage, type PackageSources } from './package.ts';
import type { WorkspaceFile } from './workspace.ts';

export interface PackageInput {
  sources: PackageSources;
  workspace: WorkspaceFile;
  /** YYYY-MM-DD: names the files and dates the contents list. */
  date: string;
  /** The site's address with its base: the questionnaire links need it. */
  siteUrl: string;
}

export interface PackageOutput {
  bytes: Uint8Array;
  fileName: string;
  /** Files in the archive, the contents list included. */
  files: number;
}

serveTask<PackageInput, never, PackageOutput>(
  globalThis as unknown as Parameters<typeof serveTask>[0],
  async ({ sources, workspace, date, siteUrl }) => {
    const pack = schoolPackage(sources, workspace, date, siteUrl);
    const bytes = await packageZip(pack, sources, workspace, date);
    return { bytes, fileName: pack.fileName, files: pack.parts.length + 1 };
  },
);
