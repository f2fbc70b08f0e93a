import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

/** Where a CPU profile's samples fall: the share of self time per package, and the hottest functions. */
export async function summarizeProfile(dir: string): Promise<{ packages: [string, number][]; functions: [string, number][] }> {
  const file = (await readdir(dir).catch(() => [] as string[])).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return { packages: [], functions: [] };
  const { nodes } = JSON.parse(await readFile(join(dir, file), 'utf8')) as { nodes: ProfileNode[] };
  const total = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0) || 1;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const { callFrame, hitCount = 0 } of nodes) {
    if (!hitCount) continue;
    const url = callFrame.url;
    const pkg = url.includes('node_modules/')
      ? url
          .split('node_modules/')
          .pop()!
          .split('/')
          .slice(0, url.split('node_modules/').pop()!.startsWith('@') ? 2 : 1)
          .join('/')
      : url.includes('/src/') || url.includes('/dist/')
        ? 'plan-graph'
        : url.startsWith('node:')
          ? 'node'
          : callFrame.functionName === '(garbage collector)'
            ? '(gc)'
            : callFrame.functionName === '(idle)' || callFrame.functionName === '(program)'
              ? callFrame.functionName
              : '(native)';
    packages.set(pkg, (packages.get(pkg) ?? 0) + hitCount);
    const name = `${callFrame.functionName || '(anonymous)'} (${pkg})`;
    functions.set(name, (functions.get(name) ?? 0) + hitCount);
  }
  const share = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]): [string, number] => [k, Math.round((v / total) * 1000) / 10]);
  return { packages: share(packages, 10), functions: share(functions, 10) };
}
