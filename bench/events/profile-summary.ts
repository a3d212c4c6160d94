/**
 * Self and total time per function of a V8 CPU profile. The throughput bench's summary
 * (bench/throughput/profile-summary.ts) gives self time only; finding which of the events stage's
 * steps grew needs the time spent under each function too.
 */

export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { functionName: string; url: string; lineNumber: number }; readonly children?: readonly number[] }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One function: its name and place, the seconds sampled in it (self) and under it (total). */
export interface FunctionTime { readonly name: string; readonly self: number; readonly total: number }

/**
 * Sum a profile's samples per function. A sample counts once towards the total of every distinct
 * function on its stack, so recursion is not counted twice. `place` shortens a script URL.
 */
export function summarise(profile: CpuProfile, place: (url: string) => string = (url) => url): FunctionTime[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = new Map(profile.nodes.map((n) => {
    const { functionName, url, lineNumber } = n.callFrame;
    return [n.id, `${functionName || '(anonymous)'}${url ? ` ${place(url)}:${lineNumber + 1}` : ''}`];
  }));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const name = nameOf.get(id) ?? '?';
    self.set(name, (self.get(name) ?? 0) + us);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(nameOf.get(at) ?? '?');
    for (const fn of onStack) total.set(fn, (total.get(fn) ?? 0) + us);
  });
  return [...total].map(([name, us]) => ({ name, self: (self.get(name) ?? 0) / 1e6, total: us / 1e6 }));
}
