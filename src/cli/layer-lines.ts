import type { Document } from '../core/document.js';
import type { Span } from '../core/span.js';
import '../stages/actors/types.js';
import '../stages/dates/types.js';
import '../stages/entities/types.js';
import '../stages/events/types.js';
import '../stages/places/types.js';
import '../stages/quotes/types.js';
import '../stages/themes/types.js';

/**
 * One readable line per annotation of the higher layers (entities, actors, places, dates,
 * quotes, themes, events), each with its offsets so it can be found in the text.
 */
export function layerLines(doc: Document): string[] {
  const at = (s: Span) => `“${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}” [${s.start},${s.end})`;
  const { entities, actors, places, dates, quotes, themes, events } = doc.layers;
  const lines: string[] = [];
  const section = (title: string, items: string[] | undefined) => {
    if (items && items.length) lines.push('', `${title} (${items.length})`, ...items.map((i) => `  ${i}`));
  };
  section('entities', entities?.map((e) => `${e.type.padEnd(6)} ${at(e)}`));
  section('actors', actors?.map((a) => `${at(a)} → ${[a.code, a.sector].filter(Boolean).join(' ') || '?'} ${a.name}${a.role ? `, ${a.role}` : ''}  (${a.why})`));
  section('places', places?.map((p) => `${at(p)} → ${p.name}, ${p.country ?? '?'} (${p.kind}${p.lat !== undefined ? ` ${p.lat.toFixed(2)}, ${p.lon?.toFixed(2)}` : ''})`));
  section('dates', dates?.map((d) => `${at(d)} → ${d.type} ${d.value}${d.background ? ' (background)' : ''}`));
  section('quotes', quotes?.map((q) => `${q.kind}${q.closed ? '' : ' (unclosed)'} ${at(q)} — ${q.speaker?.name ?? 'unattributed'}`));
  if (themes) section('themes', [...themes.contexts.map((c) => `context ${c.context} ${c.score.toFixed(2)}`), ...themes.topics.map((t) => `topic ${t.name}`)]);
  section('events', events?.events.map((e) => `${e.event}${e.mode ? `/${e.mode}` : ''} ${participants(e.actors)} → ${participants(e.recipients) || '—'} ${e.date ?? ''}${flags(e)}  ${at(e.trigger)}  why: ${e.why}`));
  return lines;
}

function participants(list: readonly { code?: string; sector?: string; name: string }[]): string {
  return list.map((p) => `${p.code ?? ''}${p.sector ?? ''}` || p.name).join('+');
}

function flags(e: { negated: boolean; hypothetical: boolean; future: boolean; historical: boolean }): string {
  const set = (['negated', 'hypothetical', 'future', 'historical'] as const).filter((f) => e[f]);
  return set.length ? ` [${set.join(', ')}]` : '';
}
