import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};

/** A browser asking for the API page itself, not a GraphQL GET request. */
export function wantsPlayground(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && /text\/html/.test(req.headers.accept ?? '');
}

/**
 * Serves the GraphiQL build (npm run build:playground) from `dir`: the page at /playground (and at
 * /graphql for browsers), its files at /playground/assets/<name>. Only plain file names are served.
 */
export async function servePlayground(dir: string, path: string, res: ServerResponse): Promise<void> {
  const asset = path.startsWith('/playground/assets/') ? basename(path) : null;
  const file = asset ? join(dir, 'assets', asset) : join(dir, 'index.html');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    res.writeHead(asset ? 404 : 503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(asset ? `No playground file ${asset}.` : 'The playground is not built: run `npm run build:playground` (npm start does it).');
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': asset ? 'public, max-age=3600' : 'no-cache',
    'content-length': body.length,
  });
  res.end(body);
}
