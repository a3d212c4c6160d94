import { describe, expect, it } from 'vitest';
import { LAUNCHED_ENV, YOUNG_GENERATION_FLAG, relaunchArgs } from './relaunch-args.js';

const NODE = ['/usr/bin/node', '/opt/dyad/dist/cli/main.js'];
const run = (args: string[], options: { execArgv?: string[]; env?: Record<string, string>; cores?: number } = {}) =>
  relaunchArgs([...NODE, ...args], options.execArgv ?? [], options.env ?? {}, options.cores ?? 2);

describe('relaunchArgs: when `dyad` starts its own node with a capped main-thread young generation (#13)', () => {
  it.each([
    [['ingest', 'a.sgm'], 2],
    [['ingest', 'a.sgm'], 8],
    [['ingest', 'a.sgm', '--workers', '2'], 1],
    [['ingest', 'a.sgm', '--workers=3'], 1],
    [['ingest', 'a.sgm', '-w', '4'], 1],
    [['ingest', 'a.sgm', '-w2'], 1],
    [['ingest', '-', '-q', '--db', 'x.db', '--workers', '2', '--json'], 1],
    [['ingest', 'a.sgm', '--pipeline', 'spec.json', '--workers', '2'], 1],
    [['ingest', 'a.sgm', '-qw3'], 1],
    [['ingest', 'a.sgm', '-qw', '3'], 1],
    [['ingest', 'a.sgm', '-qqw2'], 1],
  ])('relaunches %j on %i cores', (args, cores) => {
    expect(run(args, { cores })).toEqual([YOUNG_GENERATION_FLAG, NODE[1], ...args]);
  });

  it.each([
    [['ingest', 'a.sgm'], 1, 'one core: the default is one worker'],
    [['ingest', 'a.sgm', '--workers', '1'], 2, 'one worker thread: the main thread only writes'],
    [['ingest', 'a.sgm', '--workers', '0'], 2, 'the main thread alone'],
    [['ingest', 'a.sgm', '-w1'], 8, 'one worker thread, short form'],
    [['ingest', 'a.sgm', '-qw1'], 8, 'one worker thread, after -q in one group'],
    [['ingest', 'a.sgm', '-qw', '0'], 8, 'the main thread alone, after -q in one group, value apart'],
    [['ingest', 'a.sgm', '-qh'], 8, 'help after -q in one group'],
    [['ingest', 'a.sgm', '-fw'], 1, '-f takes the rest of its group as its value: no --workers, one core'],
    [['ingest', 'a.sgm', '--workers', 'two'], 2, 'a bad value: commander reports it in this process'],
    [['ingest', 'a.sgm', '--workers'], 2, 'a missing value'],
    [['ingest', '--help'], 2, 'help'],
    [['ingest', 'a.sgm', '-h'], 2, 'help, short form'],
    [['code', 'a.txt'], 2, 'another command'],
    [['demo'], 2, 'the demo'],
    [['worker', '--db', 'postgres://x'], 2, 'a queue worker'],
    [['--version'], 2, 'no command'],
    [[], 2, 'no arguments'],
  ])('does not relaunch %j on %i cores (%s)', (args, cores) => {
    expect(run(args, { cores })).toBeUndefined();
  });

  it('keeps node options given before the script, and adds the flag after them', () => {
    expect(run(['ingest', 'a.sgm'], { execArgv: ['--import', 'tsx', '--require', './peaks.cjs'] })).toEqual(['--import', 'tsx', '--require', './peaks.cjs', YOUNG_GENERATION_FLAG, NODE[1], 'ingest', 'a.sgm']);
  });

  it.each([
    ['the launcher started this process', { env: { [LAUNCHED_ENV]: '1' } }],
    ['node was started with the flag', { execArgv: ['--max-semi-space-size=16'] }],
    ['node was started with the flag, value apart', { execArgv: ['--max-semi-space-size', '16'] }],
    ['NODE_OPTIONS has the flag', { env: { NODE_OPTIONS: '--max-old-space-size=900 --max-semi-space-size=4' } }],
    ['node was started with the flag spelt with underscores', { execArgv: ['--max_semi_space_size=32'] }],
    ['NODE_OPTIONS has the flag spelt with underscores', { env: { NODE_OPTIONS: '--max_semi_space_size=32' } }],
    ['node listens for an inspector: the child could not take the same port', { execArgv: ['--inspect=127.0.0.1:9339'] }],
    ['node waits for an inspector', { execArgv: ['--inspect-brk'] }],
    ['NODE_OPTIONS starts an inspector', { env: { NODE_OPTIONS: '--inspect' } }],
  ])('does not relaunch when %s', (_, options) => {
    expect(run(['ingest', 'a.sgm', '--workers', '2'], options)).toBeUndefined();
  });
});
