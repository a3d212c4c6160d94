/**
 * `storyDoc` of two source trees over the same annotated stories, taking turns per window of 32 in
 * one process (#13): user CPU seconds of each over the rounds, and whether every story's features
 * are the same JSON in both. The stories are annotated once by the first tree's default pipeline.
 * Usage: `tsx bench/throughput/story-doc-ab.ts <treeA> <treeB> ROUNDS N FILE...` (trees are repo roots).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Document } from '../../src/core/document.js';

const [treeA, treeB, roundsArg, limitArg, ...files] = process.argv.slice(2);
if (!treeA || !treeB || !files.length) throw new Error('usage: story-doc-ab.ts <treeA> <treeB> ROUNDS N FILE...');
type StoryDocOf = (doc: Document) => unknown;
const load = async (tree: string): Promise<StoryDocOf> => ((await import(`${tree}/src/stories/features.ts`)) as { storyDoc: StoryDocOf }).storyDoc;
const { createPipeline } = (await import(`${treeA}/src/core/pipeline.ts`)) as typeof import('../../src/core/pipeline.js');
const { defaultStages } = (await import(`${treeA}/src/pipeline.ts`)) as typeof import('../../src/pipeline.js');
const { readInputs } = (await import(`${treeA}/src/readers/inputs.ts`)) as typeof import('../../src/readers/inputs.js');
const pipeline = createPipeline(defaultStages());
const docs: Document[] = [];
for await (const result of readInputs(files)) {
  if (!result.ok) continue;
  docs.push(pipeline.run(result.doc));
  if (docs.length >= Number(limitArg)) break;
}
const sides = [await load(treeA), await load(treeB)];
const differing = docs.filter((doc) => !isDeepStrictEqual(JSON.parse(JSON.stringify(sides[0](doc))), JSON.parse(JSON.stringify(sides[1](doc))))).length;
const userS = [0, 0];
const WINDOW = 32;
for (let round = 0; round < Number(roundsArg); round++) {
  for (let from = 0; from < docs.length; from += WINDOW) {
    for (const side of round % 2 ? [1, 0] : [0, 1]) {
      const started = process.cpuUsage();
      for (let i = from; i < Math.min(from + WINDOW, docs.length); i++) sides[side](docs[i]);
      userS[side] += process.cpuUsage(started).user / 1e6;
    }
  }
}
process.stdout.write(`${JSON.stringify({ docs: docs.length, differing, userA: userS[0], userB: userS[1], ratioBA: userS[1] / userS[0] })}\n`);
