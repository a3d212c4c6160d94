/**
 * One actor, one country for the whole article: a later "Karl Nehammer" or "Saouma" is the
 * "Chancellor of Austria Karl Nehammer" or "Edouard Saouma" the article named with a title or a
 * full name, though the actors stage, reading the bare name alone, could not say whose it is.
 */
import { reason } from '../../lang/reason.js';
import type { ActorMention } from '../actors/types.js';
import { actorOf, mentionOver, type View } from './view.js';

/** The article's mentions without a country that another mention of the same actor gives one, resolved. */
export function sameActors(view: View, mentions: readonly ActorMention[]): ActorMention[] {
  const coded = mentions.filter((m) => m.code && !m.members?.length);
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (m.code || m.members?.length) continue;
    const text = view.texts.slice(m.tokens[0], m.tokens[1]).join(' ');
    // The same document-local person, given a country where the text said whose (by title).
    // A loop, not a closure made per mention, which loses its optimised code at each full collection (#13).
    let same: ActorMention | undefined;
    for (const o of coded) if (o.actorId === m.actorId) { same = o; break; }
    if (same?.code) {
      out.push(mentionOver(view, m.tokens[0], m.tokens[1], { ...actorOf(m), code: same.code, ...(same.sector && !m.sector ? { sector: same.sector } : {}) }, reason('discourse/same-actor', { text, name: same.name, code: same.code })));
      continue;
    }
    // A bare surname: the person or body named in full before it ("Edouard Saouma", then "Saouma").
    if (m.kind !== 'person' || m.tokens[1] - m.tokens[0] !== 1) continue;
    const full = coded.findLast((o) => o.start < m.start && o.name.includes(' ') && o.name.split(' ').at(-1) === m.name);
    if (full) out.push(mentionOver(view, m.tokens[0], m.tokens[1], actorOf(full), reason('discourse/surname', { text, name: full.name })));
  }
  return out;
}
