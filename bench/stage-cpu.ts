import type { Stage, StageContext } from '../src/core/stage.js';

/**
 * The stages, each wrapped to add the CPU seconds it spends to `spent` under its name: the
 * per-stage shares of the throughput bench and of the syntax speed script are measured alike.
 */
export function timedStages(stages: readonly Stage[], spent: Map<string, number>): Stage[] {
  return stages.map(
    (stage): Stage => ({
      ...stage,
      run(doc, ctx: StageContext) {
        const since = process.cpuUsage();
        const layer = stage.run(doc, ctx);
        const used = process.cpuUsage(since);
        spent.set(stage.name, (spent.get(stage.name) ?? 0) + (used.user + used.system) / 1e6);
        return layer;
      },
    }),
  );
}
