import type { Command } from 'commander';
import { ApiError } from '../api/errors.js';
import { EVENT_FILTER_PARAMS, EVENT_FILTER_SWITCHES, eventFilter, Params } from '../api/params.js';
import { DyadError } from '../core/errors.js';
import type { EventFilter } from '../store/store.js';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Add the API's event filters to a command as options (`--actor-country RUS`, `--pair RUS,FRA`). */
export function addEventFilterOptions(command: Command): Command {
  for (const p of EVENT_FILTER_PARAMS) {
    if (EVENT_FILTER_SWITCHES.includes(p.name)) command.option(`--${kebab(p.name)}`, p.description.replace(/^true: /, ''));
    else command.option(`--${kebab(p.name)} <value>`, p.description);
  }
  return command;
}

/** The event filter the options describe; a bad value is a coded error naming the option. */
export function readEventFilter(opts: Record<string, unknown>): EventFilter {
  const query: Record<string, string> = {};
  for (const p of EVENT_FILTER_PARAMS) {
    if (typeof opts[p.name] === 'string') query[p.name] = opts[p.name] as string;
    else if (opts[p.name] === true && EVENT_FILTER_SWITCHES.includes(p.name)) query[p.name] = 'true';
  }
  try {
    return eventFilter(new Params(query));
  } catch (error) {
    if (error instanceof ApiError) {
      const [name, ...problem] = error.message.split(': ');
      throw new DyadError('E030', { field: `--${kebab(name)}`, problem: problem.join(': ') });
    }
    throw error;
  }
}
