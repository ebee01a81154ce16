// The server refuses a busy port with a message that names it, as a function and as `node scripts/serve.ts`,
// and compresses what Netlify compresses.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listenError, startServer } from './serve.ts';

test.each([
  { code: 'EADDRINUSE', message: 'listen EADDRINUSE', expected: /^Порт 4600 уже занят другой программой/ },
  {
    code: 'EACCES',
    message: 'listen EACCES: permission denied',
    expected: /^Не удалось открыть сайт на порту 4600: listen EACCES/,
  },
])('listenError $code', ({ code, message, expected }) => {
  expect(listenError(4600, Object.assign(new Error(message), { code }))).toMatch(expected);
});

test('a busy port: startServer rejects, and the script exits with code 1 and a message naming the port', async () => {
  const dir = 'tests/fixtures/site';
  // Port 0: the system picks a free one, which the second server then finds busy.
  const first = await startServer({ dir, base: '/', port: 0 });
  const { port } = first.address() as AddressInfo;
  try {
    await expect(startServer({ dir, base: '/', port })).rejects.toThrow(`Порт ${port} уже занят`);
    const args = ['scripts/serve.ts', '--dir', dir, '--port', String(port)];
    const script = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 30_000 });
    expect(script.status).toBe(1);
    expect(script.stderr).toContain(`Порт ${port} уже занят другой программой`);
    expect(script.stderr).not.toContain('    at ');
  } finally {
    first.close();
  }
});

describe('compression as Netlify sends it', () => {
  const page = `<!doctype html><html lang="ru"><body>${'<p>Наставничество в школе. </p>'.repeat(200)}</body></html>`;
  const script = `export const text = ${JSON.stringify('наставник '.repeat(300))};`;
  // A .docx is a zip: compressing it again gains nothing, so it goes as it is, however large.
  const docx = randomBytes(4096);
  let dir = '';
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'small.html'), '<p>Коротко</p>');
    writeFileSync(join(dir, 'sw.js'), script);
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'blank.docx'), docx);
    server = await startServer({ dir, base: '/', port: 0 });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const decode: Record<string, (body: Buffer) => Buffer> = {
    br: brotliDecompressSync,
    gzip: gunzipSync,
    none: (body) => body,
  };

  test.each([
    { path: '/', accept: 'gzip, deflate, br, zstd', encoding: 'br', body: page },
    { path: '/', accept: 'gzip, deflate', encoding: 'gzip', body: page },
    { path: '/', accept: 'br;q=0, gzip', encoding: 'gzip', body: page },
    { path: '/', accept: '', encoding: 'none', body: page },
    { path: '/sw.js', accept: 'gzip, br', encoding: 'br', body: script },
    { path: '/small.html', accept: 'gzip, br', encoding: 'none', body: '<p>Коротко</p>' },
    { path: '/templates/blank.docx', accept: 'gzip, br', encoding: 'none', body: docx },
  ])('$path with Accept-Encoding «$accept» goes as $encoding', async ({ path, accept, encoding, body }) => {
    const response = await rawGet(`${origin}${path}`, accept);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding'] ?? 'none').toBe(encoding);
    expect(decode[encoding]!(response.body)).toEqual(Buffer.from(body));
    if (encoding !== 'none') expect(response.headers.vary).toMatch(/Accept-Encoding/i);
  });

  test('the service worker is never cached long: each visit asks for a new version', async () => {
    const response = await rawGet(`${origin}/sw.js`, 'gzip');
    expect(response.headers['cache-control']).toBe('no-cache');
  });
});

/** A GET that leaves the body as sent (fetch would decompress it). */
function rawGet(url: string, acceptEncoding: string) {
  return new Promise<{ statusCode: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}
