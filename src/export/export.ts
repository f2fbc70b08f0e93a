import type { IncomingMessage, ServerResponse } from 'node:http';
import { AS_OF_RANGE, Dates } from '../common/as-of.js';
import { DateScalar } from '../common/scalars.js';
import type { Orm } from '../db/driver.js';
import { forkForReading } from '../db/snapshot.js';
import { PlanDecision } from '../decision/decision.entity.js';
import { sendJson } from '../http/body.js';
import { Observation } from '../observation/observation.entity.js';
import { Project } from '../project/project.entity.js';
import { Target } from '../target/target.entity.js';
import { columnsOf } from './columns.js';
import { CSV, type Format, JSONL } from './format.js';
import type { ExportEntity, Part } from './part.js';
import { progressPart } from './progress-columns.js';
import { PAGE_SIZE, writeRows } from './rows.js';
import { Sink } from './sink.js';

/** The exported types: their entity, and the columns they add to those of the entity. */
const TYPES: Record<string, { entity: ExportEntity; extras(on: string): Part[] }> = {
  targets: { entity: Target as unknown as ExportEntity, extras: (on) => [progressPart(on)] },
  observations: { entity: Observation as unknown as ExportEntity, extras: () => [] },
  projects: { entity: Project as unknown as ExportEntity, extras: () => [] },
  decisions: { entity: PlanDecision as unknown as ExportEntity, extras: () => [] },
};

const FORMATS: Record<string, Format> = { csv: CSV, jsonl: JSONL };

export const EXPORT_PATHS = Object.keys(TYPES).flatMap((type) => Object.keys(FORMATS).map((extension) => `/export/${type}.${extension}`));

const PARAMETERS = ['asOf'];

/** `asOf` as the API takes it (common/as-of.ts); an error message saying what is allowed, or null when none was given. */
function readAsOf(params: URLSearchParams): { asOf: string | null } | { error: string } {
  const unknown = [...params.keys()].filter((name) => !PARAMETERS.includes(name));
  if (unknown.length) return { error: `Unknown query parameter ${unknown[0]}: an export takes only ${PARAMETERS.join(', ')}.` };
  const values = params.getAll('asOf');
  if (values.length === 0) return { asOf: null };
  const allowed = `asOf must be one date from ${AS_OF_RANGE.from} to ${AS_OF_RANGE.to} (YYYY-MM-DD)`;
  const value = values[0]!;
  let valid = values.length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= AS_OF_RANGE.from && value <= AS_OF_RANGE.to;
  try {
    // The API's Date scalar: rejects days that do not exist (2025-02-30).
    if (valid) DateScalar.parseValue(value);
  } catch {
    valid = false;
  }
  return valid ? { asOf: value } : { error: `${allowed}; got ${values.map((v) => JSON.stringify(v)).join(', ')}.` };
}

/**
 * GET /export/<type>.csv | .jsonl: every target (with its progress), observation, project or
 * decision with its citations, streamed (rows.ts, sink.ts). `?asOf=YYYY-MM-DD` reads the graph
 * as the API's asOf does: what is not yet known on the date is left out, and targets are assessed
 * on it (default today). Read-only.
 * `pageSize` is for tests: the statements per page do not change with it.
 */
export async function serveExport(orm: Orm, path: string, req: IncomingMessage, res: ServerResponse, { pageSize = PAGE_SIZE } = {}): Promise<void> {
  const [, type = '', extension = ''] = /^\/export\/([^/]+)\.([^./]+)$/.exec(path) ?? [];
  const spec = Object.hasOwn(TYPES, type) ? TYPES[type] : undefined;
  const format = Object.hasOwn(FORMATS, extension) ? FORMATS[extension] : undefined;
  if (!spec || !format) return sendJson(res, 404, { error: `No export at ${path}. The exports are ${EXPORT_PATHS.join(', ')}.`, exports: EXPORT_PATHS });
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return sendJson(res, 405, { error: `${path} answers GET (or HEAD), not ${req.method}.` }, { allow: 'GET, HEAD' });
  const query = readAsOf(new URL(req.url ?? path, 'http://localhost').searchParams);
  if ('error' in query) return sendJson(res, 400, { error: query.error });

  const headers = {
    'content-type': format.contentType,
    'content-disposition': `attachment; filename="plan-graph-${type}${query.asOf ? `-${query.asOf}` : ''}.${extension}"`,
  };
  if (req.method === 'HEAD') return void res.writeHead(200, headers).end();
  // A fork of its own: the export shares no identity map or logger context with a request. Its
  // pages are read in one snapshot, so an import meanwhile never splits the file between two graphs.
  const { em, finish } = forkForReading(orm);
  const parts = columnsOf(em, spec.entity, spec.extras(query.asOf ?? new Dates().today));
  const sink = new Sink(res, headers);
  try {
    await writeRows(em, spec.entity, parts, format, sink, { pageSize, asOf: query.asOf });
  } catch (error) {
    // Part of the file may be out: cut the connection, so that the client sees a failed download rather than a short file.
    if (res.headersSent) res.destroy();
    throw error;
  } finally {
    await finish();
  }
}
