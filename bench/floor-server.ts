import { createServer } from 'node:http';
import Database from 'better-sqlite3';

// The "floor": the ProvinceOverview and NationalTargets answers from the fewest prepared statements
// on the fastest SQLite driver, serialised with JSON.stringify. No GraphQL, no ORM: the best this
// hardware does for the same bytes. Usage: tsx bench/floor-server.ts <db file> <port>
const [dbFile, port] = process.argv.slice(2) as [string, string];
const db = new Database(dbFile, { readonly: true });
const gid = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64url');
const period = (start: number | null, end: number | null) => (end == null ? null : { startYear: start, endYear: end });

const q = {
  province: db.prepare('select * from province where code = ? order by status asc, id asc limit 1'),
  targets: db.prepare(
    `select t.*, i.code as i_code, i.name_en as i_name_en, d.key as d_key, d.number as d_number, d.title_en as d_title_en
     from target t join indicator i on i.id = t.indicator_id join plan_decision d on d.id = t.decision_id where t.province_id = ? order by t.id limit 100`,
  ),
  targetCount: db.prepare('select count(*) as n from target where province_id = ?').pluck(),
  citations: db.prepare(
    `select c.owner_id, c.locator, c.quote, s.key, s.title from citation c join source_document s on s.id = c.source_id
     where c.owner_type = 'Target' and c.owner_id in (select value from json_each(?)) order by c.id`,
  ),
  decisions: db.prepare('select * from plan_decision where province_id = ? order by id limit 50'),
  decisionCount: db.prepare('select count(*) as n from plan_decision where province_id = ?').pluck(),
  breakthroughs: db.prepare(
    'select b.*, d.key as d_key, d.title_en as d_title_en from breakthrough b join plan_decision d on d.id = b.decision_id where b.province_id = ? order by b.id limit 50',
  ),
  gates: db.prepare('select * from gate where province_id = ? order by id limit 50'),
  projects: db.prepare('select p.* from project p join project_province pp on pp.project_id = p.id where pp.province_id = ? order by p.id limit 50'),
  projectCount: db.prepare('select count(*) as n from project_province where province_id = ?').pluck(),
  // NationalTargets in one statement: the first ? provinces by id, with the count of all of them;
  // each with its first 100 targets by id (ids up to that of its 100th target, or all of them when
  // it has fewer: one lookup on the province_id index), their indicator and decision. The left
  // join keeps a province without targets as one row with null target columns.
  national: db.prepare(
    `with p as (select id, slug, code, name, count(*) over () as total from province order by id limit ?)
     select p.id as p_id, p.slug as p_slug, p.code as p_code, p.name as p_name, p.total as p_total,
       t.key, t.comparator, t.value, t.max_value, t.unit, t.period_start_year, t.period_end_year,
       i.code as i_code, i.name_en as i_name_en, d.key as d_key, d.number as d_number, d.title_en as d_title_en
     from p
     left join target t on t.province_id = p.id
       and t.id <= coalesce((select n.id from target n where n.province_id = p.id order by n.id limit 1 offset 99), 9223372036854775807)
     left join indicator i on i.id = t.indicator_id
     left join plan_decision d on d.id = t.decision_id
     order by p.id, t.id`,
  ),
};

type Row = Record<string, any>;

// Statements run for the current request, sent back in x-sql-statements so the benchmark reports
// what the floor measured rather than a number written by hand.
let statements = 0;
for (const statement of Object.values(q)) {
  const { get, all } = statement;
  Object.assign(statement, {
    get: (...args: unknown[]) => (statements++, get.apply(statement, args)),
    all: (...args: unknown[]) => (statements++, all.apply(statement, args)),
  });
}

function overview(code: string): unknown {
  const p = q.province.get(code) as Row | undefined;
  if (!p) return { data: { province: null } };
  const targets = q.targets.all(p.id) as Row[];
  const citations = new Map<number, Row[]>();
  for (const c of q.citations.all(JSON.stringify(targets.map((t) => t.id))) as Row[]) {
    citations.set(c.owner_id, [
      ...(citations.get(c.owner_id) ?? []),
      { locator: c.locator, quote: c.quote, source: { id: gid('SourceDocument', c.key), key: c.key, title: c.title } },
    ]);
  }
  return {
    data: {
      province: {
        id: gid('Province', p.slug),
        code: p.code,
        name: p.name,
        nameEn: p.name_en,
        status: p.status,
        areaKm2: p.area_km2,
        borderLengthKm: p.border_length_km,
        targets: {
          totalCount: q.targetCount.get(p.id),
          nodes: targets.map((t) => ({
            id: gid('Target', t.key),
            comparator: t.comparator,
            value: t.value,
            maxValue: t.max_value,
            unit: t.unit,
            isAverage: t.is_average === 1,
            period: period(t.period_start_year, t.period_end_year),
            statement: t.statement,
            statementEn: t.statement_en,
            uncertainty: t.uncertainty,
            indicator: { id: gid('Indicator', t.i_code), code: t.i_code, nameEn: t.i_name_en },
            decision: { id: gid('PlanDecision', t.d_key), number: t.d_number, titleEn: t.d_title_en },
            citations: citations.get(t.id) ?? [],
          })),
        },
        decisions: {
          totalCount: q.decisionCount.get(p.id),
          nodes: (q.decisions.all(p.id) as Row[]).map((d) => ({
            id: gid('PlanDecision', d.key),
            number: d.number,
            kind: d.kind,
            title: d.title,
            titleEn: d.title_en,
            signedOn: d.signed_on,
            period: period(d.period_start_year, d.period_end_year),
            visionYear: d.vision_year,
          })),
        },
        breakthroughs: {
          nodes: (q.breakthroughs.all(p.id) as Row[]).map((b) => ({
            id: gid('Breakthrough', b.key),
            ordinal: b.ordinal,
            title: b.title,
            titleEn: b.title_en,
            area: b.area,
            decision: { id: gid('PlanDecision', b.d_key), key: b.d_key, titleEn: b.d_title_en },
          })),
        },
        gates: {
          nodes: (q.gates.all(p.id) as Row[]).map((g) => ({
            id: gid('Gate', g.slug),
            slug: g.slug,
            name: g.name,
            type: g.type,
            plannedType: g.planned_type,
            counterpart: g.counterpart,
          })),
        },
        projects: {
          totalCount: q.projectCount.get(p.id),
          nodes: (q.projects.all(p.id) as Row[]).map((j) => ({
            id: gid('Project', j.slug),
            slug: j.slug,
            name: j.name,
            nameEn: j.name_en,
            kind: j.kind,
            status: j.status,
          })),
        },
      },
    },
  };
}

function nationalTargets(first: number): unknown {
  const rows = q.national.all(first) as Row[];
  const nodes: { id: string; code: string; name: string; targets: { nodes: unknown[] } }[] = [];
  let lastId: number | null = null;
  for (const r of rows) {
    if (r.p_id !== lastId) {
      lastId = r.p_id;
      nodes.push({ id: gid('Province', r.p_slug), code: r.p_code, name: r.p_name, targets: { nodes: [] } });
    }
    if (r.key == null) continue;
    nodes[nodes.length - 1]!.targets.nodes.push({
      id: gid('Target', r.key),
      comparator: r.comparator,
      value: r.value,
      maxValue: r.max_value,
      unit: r.unit,
      period: period(r.period_start_year, r.period_end_year),
      indicator: { id: gid('Indicator', r.i_code), code: r.i_code, nameEn: r.i_name_en },
      decision: { id: gid('PlanDecision', r.d_key), number: r.d_number, titleEn: r.d_title_en },
    });
  }
  return { data: { provinces: { totalCount: rows[0]?.p_total ?? 0, nodes } } };
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const request = JSON.parse(Buffer.concat(chunks).toString() || '{}') as {
      query?: string;
      operationName?: string;
      variables?: { code?: string; first?: number | null };
    };
    const { variables } = request;
    // The operation is picked by operationName, else by the name the query text declares.
    const national = (request.operationName ?? /^\s*query\s+(\w+)/m.exec(request.query ?? '')?.[1]) === 'NationalTargets';
    statements = 0;
    // $first defaults to 100 in the document; an explicit null falls back to the connection default (20).
    const answer = national ? nationalTargets(variables?.first === undefined ? 100 : (variables.first ?? 20)) : overview(variables?.code ?? '04');
    const body = JSON.stringify(answer);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'x-sql-statements': String(statements),
    });
    res.end(body);
  });
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write(JSON.stringify({ msg: 'ready', port }) + '\n'));
// A clean exit on SIGTERM, so --cpu-prof writes its profile.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
