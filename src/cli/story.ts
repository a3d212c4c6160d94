import type { Command } from 'commander';
import { DyadError } from '../core/errors.js';
import { storySideBySide, type AlignedRow, type SideBySide, type SideClaim } from '../stories/side-by-side.js';
import type { Story, StoryEvent } from '../stories/types.js';
import { dbOption, jsonOption, readOnlyOption } from './options.js';
import { openStore } from './open-store.js';

export function register(program: Command): void {
  program
    .command('story')
    .description('show a story: its reports, their sources, its merged events, and what each source reported side by side')
    .argument('<id>', 'story id (s-…), or the content id or input id of one of its articles')
    .addOption(dbOption())
    .addOption(jsonOption())
    .addOption(readOnlyOption())
    .action(async (id: string, opts: { db: string; json?: boolean; readOnly?: boolean }) => {
      const store = openStore(opts.db, { readOnly: opts.readOnly });
      try {
        const story = await store.story(id);
        if (!story) throw new DyadError('E090', { id });
        const aligned = await storySideBySide(store, story);
        const width = Math.max(80, Math.min(process.stdout.columns ?? 120, 200));
        process.stdout.write(opts.json ? JSON.stringify({ ...story, sideBySide: aligned }) + '\n' : formatStory(story, aligned, width));
      } finally {
        await store.close();
      }
    });
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The story as text: reports, merged events, then the side-by-side table (`width` columns wide). */
export function formatStory(story: Story, aligned: SideBySide, width: number): string {
  const lines = [
    `story ${story.id}  ${story.members.length} report${story.members.length === 1 ? '' : 's'} from ${story.sources.length} source${story.sources.length === 1 ? '' : 's'}, ${story.firstSeen ?? '—'} … ${story.lastSeen ?? '—'}`,
    '',
    'reports',
    ...story.members.map((m) => `  ${m.date ?? '          '}  ${m.input}${m.link ? ` [${m.link}]` : ''}  ${m.source ?? '—'}${m.title ? `  “${m.title}”` : ''}`),
    '',
    `events (${story.events.length}, one per act)`,
    ...story.events.map(formatStoryEvent),
  ];
  if (aligned.sides.length >= 2) lines.push('', 'side by side', ...sideBySideTable(aligned, width));
  else lines.push('', `side by side: all reports are from ${aligned.sides[0]?.source ?? 'no source'}; nothing to compare`);
  return lines.join('\n') + '\n';
}

function formatStoryEvent(e: StoryEvent): string {
  const agreement = e.numReports > 1 ? `; type ${percent(e.agreement.type)}, direction ${percent(e.agreement.direction)} agree` : '';
  return `  ${e.date ?? '          '}  ${e.event}  ${e.actor ?? '—'} → ${e.recipient ?? '—'}  (${e.numReports} report${e.numReports === 1 ? '' : 's'}, ${e.numSources} source${e.numSources === 1 ? '' : 's'}${agreement})  ${e.id}`;
}

/** What a row's first column says about it. */
export function rowLabel(row: AlignedRow): string {
  if (row.kind === 'agree') return 'both';
  if (row.kind === 'only') return 'one side only';
  return { direction: 'direction differs', negation: 'one denies', type: 'type differs' }[row.disagreement!];
}

const claimHead = (c: SideClaim) =>
  `${c.negated ? 'not ' : ''}${c.event}${c.mode ? `/${c.mode}` : ''} ${c.actors.join('+')}${c.recipients.length ? ` → ${c.recipients.join('+')}` : ''}${c.events.length > 1 ? ` ×${c.events.length}` : ''}`;

/** Words of `text` in lines of at most `width` characters (a longer word is cut). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (line && line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  return line ? [...lines, line] : lines;
}

const EVIDENCE_LINES = 3;

/** One cell's lines: the claim, then its first evidence, cut to a few lines. */
function cellLines(c: SideClaim | null, width: number): string[] {
  if (!c) return ['—'];
  const evidence = wrap(`“${c.events[0].evidence}”`, width);
  const shown = evidence.slice(0, EVIDENCE_LINES);
  if (evidence.length > EVIDENCE_LINES) shown[EVIDENCE_LINES - 1] = `${shown[EVIDENCE_LINES - 1].slice(0, width - 1)}…`;
  return [...wrap(claimHead(c), width), ...shown];
}

/** The aligned rows as a table: a label column, then one column per source. */
export function sideBySideTable(aligned: SideBySide, width: number): string[] {
  const labelWidth = 18;
  const gap = ' │ ';
  const column = Math.max(20, Math.floor((width - labelWidth - gap.length * aligned.sides.length) / aligned.sides.length));
  const pad = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - text.length));
  const line = (label: string, cells: readonly string[]) => (pad(label, labelWidth) + cells.map((c) => gap + pad(c, column)).join('')).trimEnd();
  const rule = '─'.repeat(labelWidth) + aligned.sides.map(() => `─┼─${'─'.repeat(column)}`).join('');
  const out = [line('', aligned.sides.map((s) => wrap(s.source, column)[0])), rule];
  for (const row of aligned.rows) {
    const cells = row.cells.map((c) => cellLines(c, column));
    const height = Math.max(...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) out.push(line(i === 0 ? rowLabel(row) : '', cells.map((c) => c[i] ?? '')));
    out.push(rule);
  }
  return out;
}
