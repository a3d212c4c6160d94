import type { Document } from '../../src/core/document.js';
import type { CodedEvent } from '../../src/stages/events/types.js';
import type {} from '../../src/stages/actors/types.js';
import type {} from '../../src/stages/dates/types.js';
import type {} from '../../src/stages/dateline/types.js';
import type {} from '../../src/stages/places/types.js';
import type {} from '../../src/stages/quotes/types.js';
import type { ActorSummary, DocumentSummary, MentionHit, SearchHit, SeriesPoint, StoredEvent } from '../../src/store/store.js';
import { get, type Page } from './api.js';
import { barChart } from './chart.js';
import { formFields, h, link, route, type Child } from './dom.js';
import { segments, type Mark } from './spans.js';

const QUADS = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const FILTERS = ['country', 'pair', 'actor', 'recipient', 'event', 'quad', 'from', 'to', 'place', 'text', 'dedup', 'status'] as const;
/** What the trend views count, said under each of them (the API's `status=happened`, docs/api.md). */
export const HAPPENED_NOTE = 'Counts events that happened: negated ("did not attack") and hypothetical ("must withdraw") readings are left out.';

type Params = URLSearchParams;
const pick = (p: Params, names: readonly string[]) => Object.fromEntries(names.flatMap((n) => {
  const value = p.get(n);
  return value ? [[n, value] as const] : [];
}));

const party = (e: StoredEvent['actor']) => e.map((a) => `${a.name}${a.code ? ` (${a.code})` : ''}`).join(', ') || '—';

/** Events: filters, a table, and paging. */
export async function eventsView(p: Params): Promise<Child[]> {
  const offset = Number(p.get('offset') ?? 0);
  const filters = pick(p, FILTERS);
  // Events that happened unless the reader asks for every reading: a demand's content is no event to list first.
  const status = filters.status === 'all' ? 'all' : 'happened';
  const page = await get<Page<StoredEvent>>('events', { ...filters, status, limit: 25, offset });
  const input = (name: string, label: string, placeholder = '') => h('label', {}, label, h('input', { name, value: p.get(name) ?? '', placeholder }));
  const form = h(
    'form',
    {
      class: 'filters',
      id: 'event-filters',
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        const fields = formFields(ev);
        location.hash = route('events', Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.trim()])));
      },
    },
    input('country', 'Country', 'RUS'),
    input('pair', 'Pair', 'RUS,FRA'),
    input('actor', 'Actor id'),
    input('recipient', 'Recipient id'),
    input('event', 'Types', 'CONSULT,AGREE'),
    h('label', {}, 'Quad', h('select', { name: 'quad' }, ...QUADS.map((q, i) => h('option', { value: i ? String(i) : '', selected: p.get('quad') === String(i) }, q || 'any')))),
    input('from', 'From', 'YYYY-MM-DD'),
    input('to', 'To', 'YYYY-MM-DD'),
    input('place', 'Place'),
    input('text', 'Evidence text'),
    h('label', {}, 'Status', h('select', { name: 'status' }, h('option', { value: '' }, 'happened'), h('option', { value: 'all', selected: status === 'all' }, 'every reading (negated, hypothetical)'))),
    h('label', {}, 'Reports', h('select', { name: 'dedup' }, h('option', { value: '' }, 'every report'), h('option', { value: 'true', selected: p.get('dedup') === 'true' }, 'one per story'))),
    h('button', { type: 'submit' }, 'Filter'),
  );
  const rows = page.items.map((e) =>
    h(
      'tr',
      { class: 'clickable', 'data-event': e.id, onclick: () => (location.hash = route(`doc/${e.document}`, { event: e.id })) },
      h('td', {}, e.date ?? '—'),
      h('td', {}, h('strong', {}, e.event), e.mode ? ` ${e.mode}` : ''),
      h('td', {}, party(e.actor)),
      h('td', {}, party(e.recipient)),
      h('td', {}, e.event_loc?.name ?? '—'),
      h('td', {}, e.evidence.length > 160 ? `${e.evidence.slice(0, 160)}…` : e.evidence),
      h('td', { class: 'muted' }, flags(e)),
      // The row opens the article; the link opens the story instead.
      h('td', {}, e.story ? h('a', { href: route(`story/${e.story.story}`), onclick: (ev: Event) => ev.stopPropagation() }, `${e.story.numReports} report${e.story.numReports === 1 ? '' : 's'}, ${e.story.numSources} source${e.story.numSources === 1 ? '' : 's'}`) : ''),
    ),
  );
  return [
    h('h1', {}, 'Events'),
    form,
    h('p', { class: 'muted', id: 'status-note' }, status === 'all' ? 'Every reading of the text, flagged: negated and hypothetical events included.' : 'Events that happened; choose "every reading" under Status to see negated and hypothetical ones too.'),
    page.items.length
      ? h('table', { id: 'events' }, h('thead', {}, h('tr', {}, ...['Date', 'Event', 'Actor', 'Recipient', 'Place', 'Evidence', 'Flags', 'Story'].map((t) => h('th', {}, t)))), h('tbody', {}, ...rows))
      : h('p', { class: 'muted' }, 'No events match.'),
    pager(p, 'events', offset, 25, page.next),
  ];
}

function flags(e: { negated: boolean; hypothetical: boolean; future: boolean; historical: boolean }): string {
  return (['negated', 'hypothetical', 'future', 'historical'] as const).filter((f) => e[f]).join(', ');
}

function pager(p: Params, path: string, offset: number, size: number, next: number | null): HTMLElement {
  const params = Object.fromEntries(p);
  return h(
    'div',
    { class: 'pager' },
    offset > 0 ? link(path, { ...params, offset: Math.max(0, offset - size) }, '← previous') : '',
    h('span', { class: 'muted' }, `rows ${offset + 1}–${offset + size}`),
    next !== null ? link(path, { ...params, offset: next }, 'next →') : '',
  );
}

/** One article: its text with every coded span marked, and its events with their reasons. */
export async function articleView(id: string): Promise<Child[]> {
  const doc = await get<Document>(`documents/${encodeURIComponent(id)}`);
  const events = doc.layers.events?.events ?? [];
  const marks: Mark[] = [
    ...(doc.layers.quotes ?? []).map((q) => ({ start: q.start, end: q.end, cls: 'hl-quote', title: `quote (${q.kind})${q.speaker?.name ? ` by ${q.speaker.name}` : ''}` })),
    ...events.map((e, i) => ({ start: e.evidence.start, end: e.evidence.end, cls: 'hl-evidence', title: `evidence of event ${i + 1}` })),
    ...(doc.layers.actors ?? []).map((a) => ({ start: a.start, end: a.end, cls: 'hl-actor', title: `${a.name}${a.code ? ` · ${a.code}` : ''}${a.sector ? ` ${a.sector}` : ''}${a.role ? ` · ${a.role}` : ''}` })),
    ...(doc.layers.places ?? []).map((pl) => ({ start: pl.start, end: pl.end, cls: 'hl-place', title: `${pl.name}${pl.country ? ` · ${pl.country}` : ''}` })),
    ...(doc.layers.dates ?? []).map((d) => ({ start: d.start, end: d.end, cls: 'hl-date', title: `${d.type} ${d.value}` })),
    ...events.map((e, i) => ({ start: e.trigger.start, end: e.trigger.end, cls: 'hl-event', title: `${e.event}${e.mode ? ` ${e.mode}` : ''}`, id: `event-${i + 1}` })),
  ];
  const text = h('div', { class: 'article', id: 'article-text' });
  for (const seg of segments(doc.text.length, marks)) {
    let node: Node = document.createTextNode(doc.text.slice(seg.start, seg.end));
    for (const m of seg.marks) node = h('span', { class: m.cls, title: m.title, 'data-event': m.id }, node);
    text.append(node);
  }
  const headline = doc.layers.dateline?.headline;
  const opening = doc.text.slice(0, 90).split('\n')[0];
  const title = doc.meta.title ?? (headline ? doc.text.slice(headline.start, headline.end) : `${opening}${opening.length < doc.text.length ? '…' : ''}`);
  const legend = h('p', { class: 'legend' }, ...[['hl-event', 'event trigger'], ['hl-evidence', 'evidence'], ['hl-actor', 'actor'], ['hl-place', 'place'], ['hl-date', 'date'], ['hl-quote', 'quote']].map(([c, t]) => h('span', { class: c }, t)));
  return [
    h('h1', {}, title),
    h('p', { class: 'muted' }, [doc.layers.dateline?.published ?? doc.meta.date, doc.meta.source, doc.id].filter(Boolean).join(' · ')),
    legend,
    text,
    h('h2', {}, `Events (${events.length})`),
    doc.layers.events
      ? h('div', { class: 'cards', id: 'event-cards' }, ...events.map((e, i) => eventCard(doc, e, i + 1)))
      : h('p', { class: 'muted' }, 'This article has no events layer: the event coder did not run on it.'),
  ];
}

function eventCard(doc: Document, e: CodedEvent, n: number): HTMLElement {
  // The store keeps document-local ids scoped by their document (store/derived-rows.ts `scopedActorId`).
  const actorPage = (id: string) => `actor/${id.startsWith('local:') ? `local:${doc.id}:${id.slice('local:'.length)}` : id}`;
  const who = (ps: CodedEvent['actors']) => (ps.length ? ps.map((a, i) => [i ? ', ' : '', link(actorPage(a.actorId), {}, a.name), a.code ? ` (${a.code})` : '']).flat() : ['—']);
  return h(
    'div',
    { class: 'card', id: `card-${n}` },
    h('div', { class: 'type' }, `${n}. ${e.event}${e.mode ? ` · ${e.mode}` : ''}`, h('span', { class: 'muted' }, ` score ${e.score}, quad ${e.quadCode}`)),
    h('div', {}, 'Actor: ', ...who(e.actors)),
    h('div', {}, 'Recipient: ', ...who(e.recipients)),
    h('div', {}, `Date: ${e.date ?? '—'}${e.dateSource ? ` (from the ${e.dateSource})` : ''}`),
    h('div', {}, `Place: ${e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}` : '—'}`),
    flags(e) ? h('div', {}, `Flags: ${flags(e)}`) : '',
    h('div', { class: 'muted' }, `Trigger “${doc.text.slice(e.trigger.start, e.trigger.end)}”. Why: ${e.why}`),
  );
}

/** An actor: what the store knows, where it is named, and its events over time. */
export async function actorView(id: string): Promise<Child[]> {
  const [actor, mentions, asActor, asRecipient] = await Promise.all([
    get<ActorSummary>(`actors/${encodeURIComponent(id)}`),
    get<Page<MentionHit>>(`actors/${encodeURIComponent(id)}/mentions`, { limit: 20 }),
    get<{ items: SeriesPoint[] }>('series', { actor: id, interval: 'month' }),
    get<{ items: SeriesPoint[] }>('series', { recipient: id, interval: 'month' }),
  ]);
  return [
    h('h1', {}, actor.name),
    h('p', {}, [actor.code, actor.sector, actor.role].filter(Boolean).join(' · ') || '—'),
    h('p', {}, `${actor.mentions} mentions in ${actor.documents} articles; actor of ${actor.asActor} events that happened, recipient of ${actor.asRecipient}. `, link('events', { actor: id }, 'Events as actor'), ' · ', link('events', { recipient: id }, 'as recipient')),
    h('p', { class: 'muted' }, `The charts: ${HAPPENED_NOTE}`),
    asActor.items.length ? barChart(asActor.items.map((p) => ({ label: p.period, value: p.events })), { title: 'Events as actor per month', height: 160 }) : '',
    asRecipient.items.length ? barChart(asRecipient.items.map((p) => ({ label: p.period, value: p.events })), { title: 'Events as recipient per month', height: 160 }) : '',
    h('h2', {}, 'Mentions'),
    h('table', {}, h('tbody', {}, ...mentions.items.map((m) => h('tr', {}, h('td', {}, m.date?.slice(0, 10) ?? '—'), h('td', {}, link(`doc/${m.document}`, {}, m.title ?? m.document)), h('td', {}, `…${m.context}…`))))),
  ];
}

/** The cooperation–conflict series of a pair of countries. */
export async function pairView(p: Params): Promise<Child[]> {
  const a = (p.get('a') ?? '').toUpperCase();
  const b = (p.get('b') ?? '').toUpperCase();
  const interval = p.get('interval') ?? 'month';
  const form = h(
    'form',
    { class: 'filters', onsubmit: (ev: Event) => { ev.preventDefault(); location.hash = route('pair', formFields(ev)); } },
    h('label', {}, 'Country A', h('input', { name: 'a', value: a, placeholder: 'RUS' })),
    h('label', {}, 'Country B', h('input', { name: 'b', value: b, placeholder: 'FRA' })),
    h('label', {}, 'By', h('select', { name: 'interval' }, ...['day', 'week', 'month'].map((i) => h('option', { value: i, selected: i === interval }, i)))),
    h('button', { type: 'submit' }, 'Show'),
  );
  if (!a || !b) return [h('h1', {}, 'Cooperation–conflict'), form, h('p', { class: 'muted' }, 'Give two country codes.')];
  const series = await get<{ items: SeriesPoint[] }>('series', { pair: `${a},${b}`, interval });
  return [
    h('h1', {}, `Cooperation–conflict: ${a} and ${b}`),
    form,
    barChart(series.items.map((pt) => ({ label: pt.period, value: pt.score })), { title: `Summed PLOVER score per ${interval} (cooperation up, conflict down)` }),
    barChart(series.items.map((pt) => ({ label: pt.period, value: pt.events })), { title: `Events per ${interval}`, height: 160 }),
    h('p', { class: 'muted' }, HAPPENED_NOTE),
    h('p', {}, link('events', { pair: `${a},${b}` }, 'The events')),
  ];
}

/** Articles, newest first or by full-text search. */
export async function documentsView(p: Params): Promise<Child[]> {
  const offset = Number(p.get('offset') ?? 0);
  const q = p.get('q') ?? undefined;
  const page = await get<Page<DocumentSummary & Partial<SearchHit>>>('documents', { q, limit: 25, offset });
  return [
    h('h1', {}, 'Articles'),
    h('form', { class: 'filters', onsubmit: (ev: Event) => { ev.preventDefault(); location.hash = route('documents', { q: formFields(ev).q ?? '' }); } },
      h('label', {}, 'Search', h('input', { name: 'q', value: q ?? '' })), h('button', { type: 'submit' }, 'Search')),
    h('table', { id: 'documents' }, h('tbody', {}, ...page.items.map((d) => h('tr', {}, h('td', {}, d.date?.slice(0, 10) ?? '—'), h('td', {}, d.source ?? ''), h('td', {}, link(`doc/${d.id}`, {}, d.title ?? d.id), d.snippet ? h('div', { class: 'muted' }, d.snippet) : ''))))),
    pager(p, 'documents', offset, 25, page.next),
  ];
}

