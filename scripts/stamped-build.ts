import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The files under `input` (or `input` itself if it is a file; none if it is missing). */
async function filesOf(input: string): Promise<string[]> {
  try {
    const entries = await readdir(input, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [input];
    if (code === 'ENOENT') return [];
    throw error;
  }
}

/** sha256 over the path and bytes of every input file, in a stable order. */
async function inputsHash(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const input of inputs) {
    const files = (await filesOf(input)).sort();
    if (files.length === 0) hash.update(`${input}\0missing\0`);
    for (const file of files) {
      hash.update(`${file}\0`);
      hash.update(await readFile(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/**
 * Runs `build` into a fresh `out` unless `inputs` (files or folders) hash to the stamp the last build
 * left in `out/inputs.sha256`; `--force` on the command line rebuilds anyway. The up-to-date check is
 * what `npm start` pays on every start, so `build` should import its bundler itself.
 */
export async function stampedBuild(out: string, inputs: readonly string[], build: () => Promise<void>): Promise<void> {
  const stamp = join(out, 'inputs.sha256');
  const hash = await inputsHash(inputs);
  const built = await readFile(stamp, 'utf8').catch(() => null);
  if (built?.trim() === hash && !process.argv.includes('--force')) {
    process.stdout.write(`${out} is up to date\n`);
    return;
  }
  // The stamp is removed with the old build and written last, so an interrupted build reruns.
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build();
  await writeFile(stamp, `${hash}\n`);
  process.stdout.write(`built ${out}\n`);
}
