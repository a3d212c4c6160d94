import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sideBySide } from '../stories/side-by-side.js';
import type { Story } from '../stories/types.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { StoredEvent } from '../store/store.js';
import { eventDoc } from '../../test/support/test-events.js';
import { runCli, tempDir } from '../../test/helpers.js';
import { formatStory } from './story.js';

const PUTIN = { words: 'Putin', id: 'Q7747', code: 'RUS' };
const BIDEN = { words: 'Biden', id: 'Q6279', code: 'USA' };

function event(document: string, source: string, evidence: string, type: string, actor: string, recipient: string | null): StoredEvent {
  const entity = (code: string) => ({ code, sector: 'GOV', name: code, entity_text: code });
  return {
    id: `${document}-1`, doc_id: document, document, published: '2021-12-30', date: '2021-12-30', event: type, mode: null, context: [],
    actor: [entity(actor)], recipient: recipient ? [entity(recipient)] : [], speaker: null, cameo: null, quad_code: 3, event_scale: 0,
    negated: false, hypothetical: false, future: false, historical: false, event_loc: null, event_text: 'urged',
    text_info: { sentence: 0, start: 0, end: evidence.length }, evidence, confidence: 0.8, why: `test ${source}`, coder: 'dyad', trigger: { start: 0, end: 5 },
  };
}

const STORY: Story = {
  id: 's-aaaaaaaaaaaaaaaa',
  members: [
    { document: 'aaaaaaaaaaaaaaaa', input: 'whitehouse-1', source: 'whitehouse.gov', title: 'Readout of the call', date: '2021-12-30', link: 'event' },
    { document: 'bbbbbbbbbbbbbbbb', input: 'kremlin-1', source: 'kremlin.ru', title: 'Telephone conversation', date: '2021-12-31', link: 'event' },
  ],
  firstSeen: '2021-12-30',
  lastSeen: '2021-12-31',
  sources: ['kremlin.ru', 'whitehouse.gov'],
  events: [{
    id: 's-aaaaaaaaaaaaaaaa/1', event: 'REQUEST', actor: 'USA', recipient: 'RUS', date: '2021-12-30', numReports: 2, numSources: 2,
    agreement: { type: 1, direction: 0.5 }, members: [],
  }],
};

describe('formatStory', () => {
  const view = sideBySide([
    { document: 'aaaaaaaaaaaaaaaa', source: 'whitehouse.gov', events: [event('aaaaaaaaaaaaaaaa', 'wh', 'President Biden urged Russia to de-escalate tensions with Ukraine.', 'REQUEST', 'USA', 'RUS')] },
    { document: 'bbbbbbbbbbbbbbbb', source: 'kremlin.ru', events: [event('bbbbbbbbbbbbbbbb', 'k', 'Vladimir Putin urged the United States to give legally binding guarantees.', 'REQUEST', 'RUS', 'USA')] },
  ]);
  const text = formatStory(STORY, view, 100);
  const lines = text.split('\n');

  it('lists the reports and the merged events with their counts', () => {
    expect(text).toContain('story s-aaaaaaaaaaaaaaaa  2 reports from 2 sources, 2021-12-30 … 2021-12-31');
    expect(text).toMatch(/2021-12-30 {2}whitehouse-1 \[event\] {2}whitehouse\.gov {2}“Readout of the call”/);
    expect(text).toContain('REQUEST  USA → RUS  (2 reports, 2 sources; type 100%, direction 50% agree)');
  });

  it('draws the sides as columns no wider than the terminal, one row per act', () => {
    const table = lines.slice(lines.indexOf('side by side') + 1).filter(Boolean);
    expect(table[0]).toMatch(/^ +│ kremlin\.ru +│ whitehouse\.gov$/);
    expect(table.every((l) => l.length <= 100)).toBe(true);
    expect(table[2]).toMatch(/^direction differs +│ REQUEST RUS → USA +│ REQUEST USA → RUS$/);
    // The evidence wraps inside its column: the divider stays at the same place on every line.
    const divider = table[2].indexOf('│', table[2].indexOf('│') + 1);
    expect(table.slice(2, -1).every((l) => l[divider] === '│' || l[divider] === '┼')).toBe(true);
    expect(table.join(' ')).toContain('“President Biden urged');
  });

  it('says there is nothing to compare when every report has one source', () => {
    const one = sideBySide([{ document: 'aaaaaaaaaaaaaaaa', source: 'whitehouse.gov', events: [] }]);
    expect(formatStory(STORY, one, 100)).toContain('side by side: all reports are from whitehouse.gov; nothing to compare');
  });
});

describe('dyad story and --dedup', () => {
  const TEXT = 'Putin held talks with Biden in Geneva. Biden urged Putin to withdraw.';
  const events = [
    { event: 'CONSULT', trigger: 'talks', actor: PUTIN, recipient: BIDEN, date: '2021-06-16' },
    { event: 'REQUEST', trigger: 'urged', actor: BIDEN, recipient: PUTIN, date: '2021-06-16' },
  ] as const;
  const db = join(tempDir('dyad-story-'), 'story.db');
  const ready = (async () => {
    const store = openSqliteStore(db);
    await store.put([
      eventDoc({ text: TEXT, meta: { date: '2021-06-16', sourceId: 'tass-9', source: 'TASS', title: 'Geneva' }, events, actors: [PUTIN, BIDEN] }),
      eventDoc({ text: TEXT, meta: { date: '2021-06-16', sourceId: 'ap-9', source: 'AP', title: 'Geneva' }, events, actors: [PUTIN, BIDEN] }),
    ]);
    await store.close();
  })();

  it('prints the story of an article with both sources side by side', async () => {
    await ready;
    const run = runCli(['story', 'tass-9', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^story s-[0-9a-f]{16} {2}2 reports from 2 sources/);
    expect(run.stdout).toMatch(/│ AP +│ TASS/);
    expect(run.stdout).toMatch(/both +│ CONSULT RUS → USA +│ CONSULT RUS → USA/);
  });

  it('prints the story and its alignment as JSON', async () => {
    await ready;
    const story = JSON.parse(runCli(['story', 'ap-9', '--db', db, '--json']).stdout);
    expect(story.members.map((m: { input: string }) => m.input).sort()).toEqual(['ap-9', 'tass-9']);
    expect(story.sideBySide.rows.map((r: { kind: string }) => r.kind)).toEqual(['agree', 'agree']);
  });

  it('fails on an unknown story with E090 and exit 1', async () => {
    await ready;
    const run = runCli(['story', 's-0000000000000000', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('E090');
  });

  it('lists one event per act with events --dedup', async () => {
    await ready;
    const rows = (args: string[]) => runCli(['events', '--db', db, '--json', ...args]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows([])).toHaveLength(4);
    const dedup = rows(['--dedup']);
    expect(dedup).toHaveLength(2);
    expect(dedup.map((e) => [e.event, e.story.numReports, e.story.numSources]).sort()).toEqual([['CONSULT', 2, 2], ['REQUEST', 2, 2]]);
    expect(runCli(['events', '--db', db, '--dedup']).stdout).toMatch(/CONSULT {2}RUS → USA {2}\((ap|tass)-9; 2 reports from 2 sources, story s-[0-9a-f]{16}\)/);
  });
});
