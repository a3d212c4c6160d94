/**
 * Summarise a V8 CPU profile (`node --cpu-prof`): self time by source folder (one per stage) and
 * the hottest functions, as the throughput section of bench/RESULTS.md reports them.
 * Usage: `tsx bench/throughput/profile-summary.ts <file.cpuprofile> [top]`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** Self time (µs) per function and per source folder. */
export function summariseProfile(profile: Profile): { total: number; byFolder: Map<string, number>; byFunction: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFolder = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = (nodes.get(id) as ProfileNode).callFrame;
    total += us;
    // Profiles of the built CLI name dist/… files; of `--import tsx` runs, src/… files.
    const at = url.includes('/src/') ? url.indexOf('/src/') : url.indexOf('/dist/');
    const folder = at >= 0 ? url.slice(at + 1).split('/').slice(0, url.includes('/stages/') ? 3 : 2).join('/') : url ? (url.includes('node_modules') ? 'node_modules' : 'node internals') : `(${functionName || 'vm'})`;
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + us);
    const name = `${functionName || '(anonymous)'} ${at >= 0 ? url.slice(at + 1) : url.split('/').pop()}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  return { total, byFolder, byFunction };
}

/** Markdown tables of the largest shares. */
export function profileTables(profile: Profile, top = 20): string {
  const { total, byFolder, byFunction } = summariseProfile(profile);
  const rows = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => `| ${name} | ${(us / 1e6).toFixed(2)} | ${((100 * us) / total).toFixed(1)}% |`);
  return [
    '| folder | self s | share |', '|---|---:|---:|', ...rows(byFolder, 16), '',
    '| function | self s | share |', '|---|---:|---:|', ...rows(byFunction, top),
  ].join('\n');
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  console.log(profileTables(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile, Number(process.argv[3] ?? 25)));
}
