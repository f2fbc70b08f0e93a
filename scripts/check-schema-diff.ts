import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { unrecordedBreakingChanges } from './schema-guard.js';

// `npm run schema:diff`, run by CI: compares schema/schema.graphql and schema/subgraph.graphql with
// their previous versions (the committed one when a file has uncommitted changes, else the one
// before the last commit) and fails on a breaking change that docs/schema-changelog.md does not record.
const FILES = ['schema/schema.graphql', 'schema/subgraph.graphql'];

function committed(rev: string, file: string): string | null {
  try {
    return execFileSync('git', ['show', `${rev}:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

for (const file of FILES) {
  const current = await readFile(file, 'utf8');
  const head = committed('HEAD', file);
  const base = process.env.SCHEMA_BASE ?? (head !== null && head !== current ? 'HEAD' : 'HEAD~1');
  const before = base === 'HEAD' ? head : committed(base, file);
  if (before === null) {
    process.stdout.write(`schema:diff: no ${file} at ${base}; nothing to compare.\n`);
  } else {
    const unrecorded = await unrecordedBreakingChanges(before, current, await readFile('docs/schema-changelog.md', 'utf8'));
    if (unrecorded.length) {
      process.stderr.write(
        `schema:diff: ${unrecorded.length} breaking change(s) in ${file} since ${base} not recorded in docs/schema-changelog.md:\n` +
          unrecorded.map((c) => `- \`${c.path}\`: ${c.message}`).join('\n') +
          '\nDeprecate instead (@deprecated(reason: ...)), or record each path in the changelog with what clients must do.\n',
      );
      process.exitCode = 1;
    } else {
      process.stdout.write(`schema:diff: no unrecorded breaking change in ${file} since ${base}.\n`);
    }
  }
}
