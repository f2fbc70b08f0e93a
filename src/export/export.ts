import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Orm } from '../db/driver.js';
import { sendJson } from '../http/body.js';

/** GET /export/<type>.csv | .jsonl: bulk export (being built: issue 10 item 9). */
export async function serveExport(_orm: Orm, path: string, _req: IncomingMessage, res: ServerResponse): Promise<void> {
  sendJson(res, 404, { error: `No export ${path} yet.` });
}
