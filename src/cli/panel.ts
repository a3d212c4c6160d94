import { Option, type Command } from 'commander';
import { csvLine } from '../export/csv.js';
import { buildPanel, panelColumns, UNITS, type PanelUnit } from '../export/panel.js';
import { formatSidecar, sidecarOf } from '../export/sidecar.js';
import { SYSTEMS, type StateSystem } from '../export/states.js';
import { dbOption } from './options.js';
import { openStore } from './open-store.js';
import { openOutput, writeSidecar } from './output.js';

const PANEL_FORMATS = ['csv', 'jsonl'] as const;

export function register(program: Command): void {
  program
    .command('panel')
    .description('country or dyad panel of stored events: zero-filled over the states of a state system, with article counts as denominators')
    .addOption(dbOption())
    .addOption(new Option('--unit <unit>', 'what one row is').choices(UNITS).default('country-year'))
    .addOption(new Option('--system <system>', 'state system and codes: Gleditsch–Ward, Correlates of War, or ISO3 codes over GW membership').choices(SYSTEMS).default('gw'))
    .option('--from <date>', 'first day (YYYY, YYYY-MM or YYYY-MM-DD; default: the start of the period of the first article)')
    .option('--to <date>', 'last day (default: the end of the period of the last article)')
    .option('--dedup', 'count an act that several articles report (a story event) once', false)
    .addOption(new Option('--format <format>', 'csv with a header, or JSON Lines').choices(PANEL_FORMATS).default('csv'))
    .option('-o, --out <file>', 'write to this file (and its sidecar <file>.meta.json) instead of standard output')
    .option('--meta <file>', 'write the sidecar here')
    .addHelpText('after', '\nColumns are described in docs/analysis.md.')
    .action(async (opts: { db: string; unit: PanelUnit; system: StateSystem; from?: string; to?: string; dedup: boolean; format: 'csv' | 'jsonl'; out?: string; meta?: string }) => {
      const store = openStore(opts.db);
      const out = openOutput(opts.out);
      try {
        const { notes, rows } = await buildPanel(store, opts);
        const columns = panelColumns(opts.unit);
        if (opts.format === 'csv') await out.write(csvLine(columns));
        let count = 0;
        for (const row of rows) {
          count++;
          await out.write(opts.format === 'csv' ? csvLine(row) : JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, row[i]]))) + '\n');
        }
        writeSidecar(formatSidecar(await sidecarOf(store, `panel-${opts.format}`, { unit: opts.unit, system: opts.system, rows: count, columns, notes })), opts);
        if (opts.dedup) process.stderr.write(`dyad: --dedup: ${notes.dedup}\n`);
      } finally {
        await out.close();
        await store.close();
      }
    });
}
