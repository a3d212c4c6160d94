import type { Command } from 'commander';
import { dbOption, jsonOption, readOnlyOption, wholeNumber } from './options.js';
import { openStore } from './open-store.js';

export function register(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored articles (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*)')
    .argument('<query...>', 'what to look for')
    .addOption(dbOption())
    .addOption(jsonOption())
    .addOption(readOnlyOption())
    .option('-n, --limit <n>', 'how many hits', wholeNumber('--limit', 1, 10_000), 20)
    .action(async (words: string[], opts: { db: string; json?: boolean; limit: number; readOnly?: boolean }) => {
      const store = openStore(opts.db, { readOnly: opts.readOnly });
      try {
        const hits = await store.search(words.join(' '), { limit: opts.limit });
        if (opts.json) {
          for (const hit of hits) process.stdout.write(JSON.stringify(hit) + '\n');
          return;
        }
        if (hits.length === 0) process.stdout.write('no matches\n');
        for (const hit of hits) {
          process.stdout.write(`${hit.id}  ${hit.date?.slice(0, 10) ?? '          '}  ${hit.source ?? ''}  ${hit.title ?? ''}\n    ${hit.snippet.replace(/\s+/g, ' ')}\n`);
        }
      } finally {
        await store.close();
      }
    });
}
