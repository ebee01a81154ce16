// Proves that every downloadable document of a build opens: LibreOffice converts each .docx and .xlsx to PDF,
// and the PDF must have pages and contain the document's title (for a sheet, its first heading after «№»). Usage: node scripts/check-documents.ts [--dir dist]
// It is the documents step of `npm test`; its unit test checks the judging (documentProblems) without LibreOffice.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The title a .docx carries in its properties (docProps/core.xml). */
export function docxTitle(bytes: Uint8Array): string {
  const core = strFromU8(unzipSync(bytes)['docProps/core.xml'] ?? new Uint8Array());
  return (/<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The first heading of a sheet after «№» (the registries start with it), or its first text at all. */
export function xlsxHeading(bytes: Uint8Array): string {
  const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
  const texts = [...sheet.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]!.replace(/&quot;/g, '"'));
  return (texts[0] === '№' ? texts[1] : texts[0]) ?? '';
}

/** What LibreOffice made of one .docx: the PDF's page count (0 when there is no PDF) and its text. */
export interface Converted {
  file: string;
  docx: Uint8Array;
  pages: number;
  text: string;
}

/** The problems of one converted document: no PDF or an empty one, not a .docx, no title, or a PDF without it. */
export function documentProblems({ file, docx, pages, text }: Converted): string[] {
  if (pages < 1) return [`${file}: PDF не получился или пуст`];
  if (file.endsWith('.xlsx')) {
    let heading: string;
    try {
      heading = collapse(xlsxHeading(docx).replace(/&amp;/g, '&'));
    } catch {
      return [`${file}: это не таблица .xlsx`];
    }
    if (!heading) return [`${file}: в таблице нет строки заголовков`];
    return collapse(text).includes(heading) ? [] : [`${file}: в PDF нет графы «${heading}»`];
  }
  let title: string;
  try {
    title = collapse(docxTitle(docx));
  } catch {
    return [`${file}: это не документ .docx`];
  }
  if (!title) return [`${file}: у документа нет заголовка в свойствах`];
  return collapse(text).includes(title) ? [] : [`${file}: в PDF нет заголовка «${title}»`];
}

export function checkDocuments(folder: string): string[] {
  const files = readdirSync(folder).filter((name) => /\.(docx|xlsx)$/.test(name));
  if (!files.some((name) => name.endsWith('.docx'))) return [`В ${folder} нет ни одного .docx`];
  const out = mkdtempSync(join(tmpdir(), 'documents-'));
  try {
    // One LibreOffice run converts them all: starting it is most of the cost. Its own profile folder keeps it
    // from colliding with another LibreOffice running on the machine.
    const convert = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${out}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...files.map((f) => join(folder, f)),
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (convert.status !== 0) {
      return [`LibreOffice не смог конвертировать документы: ${convert.error?.message ?? convert.stderr}`];
    }
    return files.flatMap((file) => {
      const pdf = join(out, file.replace(/\.(docx|xlsx)$/, '.pdf'));
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = info.status === 0 ? Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0) : 0;
      const text = pages > 0 ? spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout : '';
      return documentProblems({ file, docx: readFileSync(join(folder, file)), pages, text });
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const folder = join(values.dir, 'templates');
  const started = performance.now();
  const problems = checkDocuments(folder);
  if (problems.length > 0) {
    console.error(`Документы ${folder}, которые не открываются как надо:`);
    for (const problem of problems) console.error(`  ✗ ${problem}`);
    process.exit(1);
  }
  const count = readdirSync(folder).filter((name) => /\.(docx|xlsx)$/.test(name)).length;
  console.log(
    `Документы: все ${count} .docx и .xlsx из ${folder} открываются в LibreOffice, в каждом PDF есть страницы и заголовок (${((performance.now() - started) / 1000).toFixed(1)} с).`,
  );
}
