// Chrome 109, the last Chrome for Windows 7 (Yandex Browser on those machines runs the same engine): a real
// one to test in, since Playwright cannot download browsers here and Debian ships only today's Chromium.
// @sparticuz/chromium 109.0.6 carries Chromium 109.0.5412 for Linux x64 as one brotli-packed file (the package
// is made for serverless functions; its own unpacker writes to /tmp and fetches its AWS libraries, so we unpack
// the file ourselves into node_modules/.cache once).
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const version = '109.0.6';

/** The path of the unpacked Chrome 109, unpacking it on first use (about 2 s). */
export function chrome109Path(): string {
  // From this file, not the working folder: Playwright may be started from anywhere with -c.
  const target = fileURLToPath(new URL(`../node_modules/.cache/chrome109/${version}/chromium`, import.meta.url));
  if (existsSync(target)) return target;
  const packed = join(
    dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium/package.json')),
    'bin',
    'chromium.br',
  );
  mkdirSync(dirname(target), { recursive: true });
  // Written aside and renamed, so a second process starting at the same moment never runs half a file.
  const partial = `${target}.${process.pid}.part`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(packed)));
  chmodSync(partial, 0o755);
  renameSync(partial, target);
  return target;
}
