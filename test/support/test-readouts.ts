import type { Document } from '../../src/core/document.js';
import type { ActorMention } from '../../src/stages/actors/types.js';
import '../../src/stages/discourse/types.js';
import { eventDoc, type EventInit, type PartyInit } from './test-events.js';
import { reason } from '../../src/lang/reason.js';

/** A readout for the stories tests: its text, date, source and the parties of its meeting or call (test helper). */
export function readout(init: { id: string; text: string; date: string; source: string; title?: string; parties?: readonly PartyInit[]; events?: readonly EventInit[] }): Document {
  const doc = eventDoc({ text: init.text, meta: { sourceId: init.id, date: init.date, source: init.source, ...(init.title ? { title: init.title } : {}) }, events: init.events ?? [], actors: init.parties ?? [] });
  const members = (doc.layers.actors ?? []).map((m): ActorMention => ({ ...m, kind: 'person' }));
  return members.length
    ? { ...doc, layers: { ...doc.layers, discourse: { mentions: [], participants: { members, sent: 0, reason: reason('discourse/meeting', { word: 'call', sent: 1, names: '' }) } } } }
    : doc;
}
