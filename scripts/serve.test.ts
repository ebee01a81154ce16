// The server refuses a busy port with a message that names it, as a function and as `node scripts/serve.ts`.
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
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
