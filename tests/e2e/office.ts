// What the browser tests do with downloaded files: take a download off a button, and open files in
// LibreOffice (converted to PDF, as a reader's office suite would open them) to read their text.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

export interface Downloaded {
  name: string;
  bytes: Uint8Array;
}

/** Clicks the button and returns the file it downloads. */
export async function download(page: Page, button: string | RegExp): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

/**
 * LibreOffice's text of each file after converting it to PDF (one LibreOffice start for all of them), with
 * the number of pages. Fails if LibreOffice cannot open one.
 */
export function openInLibreOffice(files: Downloaded[]): { text: string; pages: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'office-'));
  try {
    const names = files.map((file, index) => {
      const name = `${index}-${file.name}`;
      writeFileSync(join(dir, name), file.bytes);
      return name;
    });
    const convert = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...names.map((n) => join(dir, n)),
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(convert.status, convert.stderr).toBe(0);
    return names.map((name) => {
      const pdf = join(dir, name.replace(/\.\w+$/, '.pdf'));
      expect(existsSync(pdf), `LibreOffice не открыл ${name}: ${convert.stdout} ${convert.stderr}`).toBe(true);
      const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
      return { text: spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' '), pages };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text and page count of a PDF the browser printed (page.pdf), read as LibreOffice's PDFs are. */
export function printedText(pdf: Uint8Array): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'printed-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1] ?? 0);
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      .stdout.replace(/\s+/g, ' ')
      .replace(/\u00a0/g, ' ');
    return { text, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
