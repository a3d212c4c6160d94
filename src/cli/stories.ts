/**
 * `dyad stories --db FILE [--json]`: the stories of a store (docs/stories.md), groups of two or
 * more articles that report one event, earliest first, with their merged events.
 */
import { Option, type Command } from 'commander';
import { DyadError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import type { Story, StoryEvent } from '../stories/types.js';
import { dbOption, jsonOption, readOnlyOption } from './options.js';
import { openStore } from './open-store.js';

/** A story as `--json` prints it: one line each. */
export function storyJson(s: Story): Record<string, unknown> {
  return {
    id: s.id,
    members: s.members.map((m) => m.input),
    first_seen: s.firstSeen,
    last_seen: s.lastSeen,
    sources: s.sources,
    events: s.events.map((e) => ({
      id: e.id, event: e.event, actor: e.actor, recipient: e.recipient, date: e.date,
      num_reports: e.numReports, num_sources: e.numSources, agreement: e.agreement,
      members: e.members.map((r) => ({ input: r.input, n: r.n, event: r.event, actor: r.actor, recipient: r.recipient })),
    })),
  };
}

function storyText(s: Story): string {
  const head = `${s.id}  ${s.firstSeen ?? '?'}${s.lastSeen !== s.firstSeen ? ` … ${s.lastSeen ?? '?'}` : ''}  ${s.members.length} articles, ${s.sources.length} sources`;
  const members = s.members.map((m) => `  ${m.input}${m.link ? ` (${m.link})` : ''}  ${m.source ?? ''}  ${m.title ?? ''}`);
  const events = s.events.slice(0, 5).map((e: StoryEvent) => `    ${e.event} ${e.actor ?? '?'}→${e.recipient ?? '?'}: ${e.numReports} reports, ${e.numSources} sources, agreement type ${e.agreement.type} direction ${e.agreement.direction}`);
  return [head, ...members, ...events].join('\n');
}

export function register(program: Command): void {
  program
    .command('stories')
    .description('list the stories of a store: articles grouped because they report the same event')
    .addOption(dbOption())
    .addOption(readOnlyOption())
    .addOption(jsonOption())
    .addOption(new Option('--from <date>', 'stories first seen on or after this ISO date (prefix)'))
    .addOption(new Option('--to <date>', 'stories first seen on or before this ISO date (prefix)'))
    .action(async (opts: { db: string; readOnly?: boolean; json?: boolean; from?: string; to?: string }) => {
      for (const [field, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
        if (value !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new DyadError('E081', { field, value, problem: 'an ISO date or prefix, e.g. 2022-02 or 2022-02-24' });
      }
      const store: Store = openStore(opts.db, { readOnly: opts.readOnly });
      try {
        for (let offset: number | null = 0; offset !== null; ) {
          const page = await store.stories({ ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) }, { limit: 200, offset });
          for (const s of page.items) process.stdout.write((opts.json ? JSON.stringify(storyJson(s)) : storyText(s)) + '\n');
          offset = page.next;
        }
      } finally {
        await store.close();
      }
    });
}
