import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

// The HTTP floor: a fixed response of the same bytes, read once. Usage: tsx bench/static-server.ts <body file> <port>
const [bodyFile, port] = process.argv.slice(2) as [string, string];
const body = readFileSync(bodyFile);
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write(JSON.stringify({ msg: 'ready', port }) + '\n'));
// A clean exit on SIGTERM, so --cpu-prof writes its profile.
process.on('SIGTERM', () => server.close(() => process.exit(0)));
