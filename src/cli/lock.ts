import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { currentLock, formatLock, storeLocks } from '../export/lock.js';
import { openStore } from './open-store.js';

export function register(program: Command): void {
  program
    .command('lock')
    .description('write the coding lock: hashes of the code, every model, lexicon, knowledge base and gazetteer')
    .option('-o, --out <file>', 'lock file to write', 'dyad.lock.json')
    .option('--db <file>', 'instead, print the lock the store was coded with (and whether it matches this installation)')
    .action(async (opts: { out: string; db?: string }) => {
      const lock = currentLock();
      if (!opts.db) {
        writeFileSync(opts.out, formatLock(lock));
        process.stdout.write(`lock ${lock.id.slice(0, 16)} (${Object.keys(lock.files).length} data files) written to ${opts.out}\n`);
        return;
      }
      const store = openStore(opts.db);
      try {
        const { latest, ids } = await storeLocks(store);
        if (!latest) process.stdout.write(`${opts.db} records no lock (coded before locks existed)\n`);
        else {
          process.stdout.write(latest.id === lock.id ? `${opts.db} was coded with this installation's lock ${lock.id.slice(0, 16)}\n` : `${opts.db} was coded with lock ${latest.id.slice(0, 16)}; this installation is ${lock.id.slice(0, 16)}\n`);
          if (ids.length > 1) process.stdout.write(`mixed: ${ids.length} locks coded its documents (${ids.map((id) => id.slice(0, 16)).join(', ')})\n`);
        }
      } finally {
        await store.close();
      }
    });
}
