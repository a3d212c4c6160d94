/**
 * Stories (see #15): the list of stories, and a story's page with its reports, its merged events and
 * what each source reported, side by side.
 */
import type { AlignedRow, SideBySide, SideClaim } from '../../src/stories/side-by-side.js';
import type { Story } from '../../src/stories/types.js';
import { get, type Page } from './api.js';
import { formFields, h, link, route, type Child } from './dom.js';

const PAGE_SIZE = 25;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const titleOf = (story: Story) => story.members.find((m) => m.title)?.title ?? story.members[0]?.input ?? story.id;

/** Stories of two or more articles, earliest first, with their sources. */
export async function storiesView(p: URLSearchParams): Promise<Child[]> {
  const offset = Number(p.get('offset') ?? 0);
  const filters = Object.fromEntries(['from', 'to', 'minMembers'].flatMap((n) => (p.get(n) ? [[n, p.get(n)!]] : [])));
  const page = await get<Page<Story>>('stories', { ...filters, limit: PAGE_SIZE, offset });
  const input = (name: string, label: string, placeholder: string) => h('label', {}, label, h('input', { name, value: p.get(name) ?? '', placeholder }));
  const form = h(
    'form',
    { class: 'filters', id: 'story-filters', onsubmit: (ev: Event) => { ev.preventDefault(); location.hash = route('stories', formFields(ev)); } },
    input('from', 'From', 'YYYY-MM-DD'),
    input('to', 'To', 'YYYY-MM-DD'),
    input('minMembers', 'Fewest articles', '2'),
    h('button', { type: 'submit' }, 'Filter'),
  );
  const rows = page.items.map((story) =>
    h(
      'tr',
      { class: 'clickable', 'data-story': story.id, onclick: () => (location.hash = route(`story/${story.id}`)) },
      h('td', {}, story.firstSeen ?? '—'),
      h('td', {}, link(`story/${story.id}`, {}, titleOf(story))),
      h('td', {}, plural(story.members.length, 'article')),
      h('td', {}, story.sources.join(', ') || '—'),
      h('td', {}, plural(story.events.length, 'event')),
    ),
  );
  return [
    h('h1', {}, 'Stories'),
    h('p', { class: 'muted' }, 'Articles grouped because they report the same event: copies of one text, and reports of one call or meeting by different sources.'),
    form,
    page.items.length
      ? h('table', { id: 'stories' }, h('thead', {}, h('tr', {}, ...['First seen', 'Story', 'Articles', 'Sources', 'Events'].map((t) => h('th', {}, t)))), h('tbody', {}, ...rows))
      : h('p', { class: 'muted' }, 'No stories match.'),
    h(
      'div',
      { class: 'pager' },
      offset > 0 ? link('stories', { ...filters, offset: Math.max(0, offset - PAGE_SIZE) }, '← previous') : '',
      page.next !== null ? link('stories', { ...filters, offset: page.next }, 'next →') : '',
    ),
  ];
}

const ROW_LABELS: Readonly<Record<string, string>> = {
  agree: 'Both report',
  only: 'One side only',
  direction: 'Direction differs',
  negation: 'One denies',
  type: 'Type differs',
};

const rowLabel = (row: AlignedRow) => ROW_LABELS[row.disagreement ?? row.kind];

/** One side's claim: its type and parties, then every sentence that makes it, each linked to its article. */
function claimCell(c: SideClaim | null): HTMLElement {
  if (!c) return h('td', { class: 'muted absent' }, '—');
  return h(
    'td',
    { class: 'claim' },
    h('div', { class: 'type' }, `${c.negated ? 'not ' : ''}${c.event}${c.mode ? ` · ${c.mode}` : ''}`),
    h('div', { class: 'parties' }, c.actors.join(' + '), c.recipients.length ? ` → ${c.recipients.join(' + ')}` : ''),
    ...c.events.map((e) => h('blockquote', {}, link(`doc/${e.document}`, { event: e.id }, e.evidence))),
  );
}

/** The aligned table: one row per act, one column per source. */
function sideBySideTable(view: SideBySide): HTMLElement {
  return h(
    'table',
    { id: 'side-by-side', class: 'side-by-side' },
    h('thead', {}, h('tr', {}, h('th', {}, ''), ...view.sides.map((s) => h('th', { 'data-source': s.source }, s.source)))),
    h('tbody', {}, ...view.rows.map((row) =>
      h('tr', { class: `row-${row.kind}`, 'data-kind': row.disagreement ?? row.kind }, h('th', { scope: 'row' }, rowLabel(row)), ...row.cells.map(claimCell)))),
  );
}

/** A story: its reports, its events merged over them, and its sources side by side. */
export async function storyView(id: string): Promise<Child[]> {
  const story = await get<Story & { sideBySide: SideBySide }>(`stories/${encodeURIComponent(id)}`);
  const view = story.sideBySide;
  const counts = (['agree', 'disagree', 'only'] as const).map((k) => view.rows.filter((r) => r.kind === k).length);
  return [
    h('h1', {}, titleOf(story)),
    h('p', { class: 'muted' }, `${story.firstSeen ?? '—'}${story.lastSeen && story.lastSeen !== story.firstSeen ? ` … ${story.lastSeen}` : ''} · ${plural(story.members.length, 'article')} · ${plural(story.sources.length, 'source')} · ${story.id}`),
    h('h2', {}, 'Reports'),
    h('table', { id: 'story-members' }, h('tbody', {}, ...story.members.map((m) =>
      h('tr', {}, h('td', {}, m.date ?? '—'), h('td', {}, m.source ?? '—'), h('td', {}, link(`doc/${m.document}`, {}, m.title ?? m.input)), h('td', { class: 'muted' }, m.link ?? ''))))),
    h('h2', {}, 'Side by side'),
    view.sides.length < 2
      ? h('p', { class: 'muted', id: 'side-by-side' }, `Every report is from ${view.sides[0]?.source ?? 'an unknown source'}: there is nothing to compare.`)
      : h('div', {}, h('p', { class: 'muted' }, `${plural(counts[0], 'act')} both report, ${counts[1]} they disagree on, ${counts[2]} only one reports.`), sideBySideTable(view)),
    h('h2', {}, `Events (${story.events.length}, one per act)`),
    h('table', { id: 'story-events' },
      h('thead', {}, h('tr', {}, ...['Date', 'Event', 'Actor', 'Recipient', 'Reports', 'Sources', 'Agreement on type, direction'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...story.events.map((e) => h('tr', {},
        h('td', {}, e.date ?? '—'), h('td', {}, h('strong', {}, e.event)), h('td', {}, e.actor ?? '—'), h('td', {}, e.recipient ?? '—'),
        h('td', {}, e.numReports), h('td', {}, e.numSources),
        h('td', {}, `${Math.round(e.agreement.type * 100)}%, ${Math.round(e.agreement.direction * 100)}%`))))),
  ];
}
