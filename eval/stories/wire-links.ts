/**
 * The event links among Reuters-21578's stories, for spot-checking (docs/stories.md): every story
 * through the dateline stage, as the stories eval stores it, grouped in memory with the store's key
 * lookup and link; prints each pair linked as `event` with both titles.
 *
 * npx tsx eval/stories/wire-links.ts
 */
import { join } from 'node:path';
import { defaultPipeline } from '../../src/pipeline.js';
import { readInputs } from '../../src/readers/inputs.js';
import { storyDoc, type StoryDoc } from '../../src/stories/features.js';
import { linkOf, lookupKeys, ownKeys } from '../../src/stories/link.js';

async function main(): Promise<void> {
  const pipeline = defaultPipeline({ layers: ['dateline'] });
  const filed = new Map<string, StoryDoc[]>();
  const pairs: string[] = [];
  for await (const r of readInputs([join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'news', 'reuters21578')], { format: 'reuters' })) {
    if (!r.ok) continue;
    const doc = storyDoc(pipeline.run(r.doc));
    const seen = new Set<StoryDoc>();
    for (const key of lookupKeys(doc)) {
      for (const other of filed.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        if (linkOf(doc, other) === 'event') pairs.push(`- ${other.input} / ${doc.input} (${other.date} / ${doc.date}): ${other.title} / ${doc.title}`);
      }
    }
    for (const key of new Set(ownKeys(doc))) (filed.get(key) ?? filed.set(key, []).get(key)!).push(doc);
  }
  console.log(`${pairs.length} pairs linked as event\n${pairs.join('\n')}`);
}

await main();
