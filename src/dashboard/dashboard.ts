import type { ServerResponse } from 'node:http';
import { sendJson } from '../http/body.js';

/** GET /dashboard: the example dashboard built from the SDK (being built: issue 10 item 10). */
export async function serveDashboard(_dir: string, path: string, res: ServerResponse): Promise<void> {
  sendJson(res, 404, { error: `No dashboard at ${path} yet.` });
}
