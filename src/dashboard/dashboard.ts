import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

// A plain file name: no folder, no leading dot, so nothing outside the build's assets is reachable.
const ASSET = /^\/dashboard\/assets\/([\w-][\w.-]*)$/;

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/**
 * Serves the example dashboard (npm run build:dashboard) from `dir`: the page at /dashboard, its
 * files at /dashboard/assets/<name>. Only plain file names are served; a missing build is a 503.
 */
export async function serveDashboard(dir: string, path: string, res: ServerResponse): Promise<void> {
  const asset = ASSET.exec(path)?.[1];
  if (!asset && path !== '/dashboard' && path !== '/dashboard/') {
    return sendText(res, 404, `No dashboard page ${path}: the dashboard is at /dashboard, its files at /dashboard/assets/<name>.`);
  }
  const file = asset ? join(dir, 'assets', asset) : join(dir, 'index.html');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    if (asset) return sendText(res, 404, `No dashboard file ${asset}.`);
    return sendText(res, 503, 'The dashboard is not built: run `npm run build:dashboard` (npm start does it).');
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': asset ? 'public, max-age=3600' : 'no-cache',
    'content-length': body.length,
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
