import type { Document } from '../../core/document.js';
import { packOf, type LanguagePack } from '../../lang/pack.js';
import { renderReason, renderReasons } from '../../lang/reason.js';
import type { CodedEvent, EventParticipant, RejectedTrigger } from './types.js';

/** Why a trigger was turned down, for a user: the rule's sentence, then what it had been coded as. */
export function rejectionText(pack: LanguagePack, r: RejectedTrigger): string {
  const [first, ...rest] = r.reasons;
  return first ? `${renderReason(pack, first)} — ${renderReasons(pack, rest)}` : r.ruleId;
}

/**
 * A readable account of how a document was coded, sentence by sentence: each event with its
 * fields, flags and reason, quotes with their speaker, and the triggers that matched but were turned
 * down, with the reason. Negated, hypothetical and historical events are marked "not counted", as the
 * scorers leave them out; a future one is counted (a stated plan is news), so only its flag shows.
 */
export function explainDocument(doc: Document): string {
  const sentences = doc.layers.sentences ?? [];
  const events = doc.layers.events?.events ?? [];
  const rejected = doc.layers.events?.rejected ?? [];
  const quotes = doc.layers.quotes ?? [];
  const lines: string[] = [];
  const pack = rejected.length ? packOf(doc) : undefined;
  sentences.forEach((sent, i) => {
    const mine = events.filter((e) => e.sent === i);
    const turnedDown = rejected.filter((r) => r.sent === i);
    const quoted = quotes.filter((q) => q.sent === i);
    if (!mine.length && !turnedDown.length && !quoted.length) return;
    lines.push(`[${i}] ${oneLine(doc.text.slice(sent.start, sent.end))}`);
    for (const e of mine) {
      const flags = (['negated', 'hypothetical', 'future', 'historical'] as const).filter((f) => e[f]);
      const counted = !(e.negated || e.hypothetical || e.historical);
      lines.push(`  ${counted ? 'event' : 'not counted'}: ${summary(e)}${flags.length ? ` [${flags.join(', ')}]` : ''}`);
      lines.push(`    trigger "${doc.text.slice(e.trigger.start, e.trigger.end)}"; date ${e.date ?? '?'} (${e.dateSource ?? 'none'}); confidence ${e.confidence}`);
      lines.push(`    why: ${e.why}`);
    }
    for (const q of quoted) {
      const who = q.speaker ? (q.speaker.name ?? doc.text.slice(q.speaker.start, q.speaker.end)) : 'unknown';
      lines.push(`  quote (${q.kind}${q.closed ? '' : ', unclosed'}) by ${who}: "${shorten(doc.text.slice(q.start, q.end))}" — ${q.why}`);
    }
    for (const r of turnedDown) {
      lines.push(`  rejected "${doc.text.slice(r.trigger.start, r.trigger.end)}"${r.event ? ` (${r.event})` : ''}: ${rejectionText(pack!, r)} [${r.ruleId}]`);
    }
  });
  return lines.length ? lines.join('\n') : 'No events, quotes or event triggers found.';
}

function summary(e: CodedEvent): string {
  const who = (list: readonly EventParticipant[]) => (list.length ? list.map(label).join(' + ') : '—');
  const by = e.speaker ? `, said by ${label(e.speaker)}` : '';
  return `${e.event}${e.mode ? `/${e.mode}` : ''} ${who(e.actors)} → ${who(e.recipients)} (CAMEO ${e.cameo ?? '—'}, score ${e.score}${by})`;
}

function label(p: EventParticipant): string {
  const code = `${p.code ?? ''}${p.sector ?? ''}`;
  return code ? `${p.name} [${code}]` : p.name;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string): string {
  const flat = oneLine(text);
  return flat.length > 80 ? flat.slice(0, 77) + '…' : flat;
}
