// Serves a built site as Netlify would: under its base path, with the headers of netlify.toml, compressed
// (brotli or gzip, as the browser accepts), and with 404.html and status 404 for what does not exist. `npm start` uses it, and so do the browser tests and
// the link check. Usage: node scripts/serve.ts [--dir dist] [--base /] [--port 4321]
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync, existsSync } from 'node:fs';
import compression from 'compression';
import sirv from 'sirv';
import { parseAllHeaders } from 'netlify-headers-parser';
import { normaliseBase } from '../src/lib/base-path.ts';

/** Types of the files the site offers for download, which sirv's list does not know; Netlify sends the same. */
const downloadTypes: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface ServeOptions {
  dir: string;
  base: string;
  port: number;
}

export async function startServer({ dir, base, port }: ServeOptions): Promise<Server> {
  const prefix = normaliseBase(base);
  const { headers, errors } = await parseAllHeaders({
    netlifyConfigPath: join(import.meta.dirname, '..', 'netlify.toml'),
    minimal: false,
  });
  if (errors.length > 0) throw new Error(`netlify.toml: ${errors.map((e) => e.message).join('; ')}`);

  const notFoundPage = join(dir, '404.html');
  const files = sirv(dir, {
    dev: false,
    etag: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders: (res, pathname) => {
      const type = downloadTypes[extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });

  // Text (HTML, scripts, styles, JSON, SVG) goes compressed, brotli first, as Netlify sends it, so local
  // Lighthouse runs and tests see the sizes readers get; pictures and .docx files (zip inside) go as they are.
  // The `compression` middleware (Express's own, on node:zlib) takes plain Node requests and responses.
  const compress = compression();
  const server = createServer((req, res) => compress(req as never, res as never, () => serve(req, res)));
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Headers are matched on the path as requested and as served inside the base.
    const inner = url.pathname.startsWith(prefix) ? `/${url.pathname.slice(prefix.length)}` : null;
    for (const rule of headers) {
      if (rule.forRegExp?.test(url.pathname) || (inner && rule.forRegExp?.test(inner))) {
        for (const [name, value] of Object.entries(rule.values)) res.setHeader(name, value);
      }
    }
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
    };
    if (inner === null) {
      if (url.pathname === '/' && prefix !== '/') {
        res.statusCode = 302;
        res.setHeader('Location', prefix);
        res.end();
        return;
      }
      notFound();
      return;
    }
    req.url = inner + url.search;
    files(req, res, notFound);
  };
  await new Promise<void>((resolve, reject) => {
    // Without a listener, a busy port is an uncaught exception with a stack trace instead of a message.
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(listenError(port, error))));
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/** Why the server could not start on a port, and what to do about it. */
export function listenError(port: number, error: NodeJS.ErrnoException): string {
  if (error.code === 'EADDRINUSE') {
    return (
      `Порт ${port} уже занят другой программой — возможно, сайт уже открыт в другом окне. Остановите её ` +
      'или выберите другой порт: --port для этого сервера, E2E_PORT для проверок.'
    );
  }
  return `Не удалось открыть сайт на порту ${port}: ${error.message}.`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
    },
  });
  const port = Number(values.port);
  try {
    await startServer({ dir: values.dir, base: values.base, port });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  console.log(`Сайт открыт по адресу http://localhost:${port}${normaliseBase(values.base)} (Ctrl+C — остановить)`);
}
