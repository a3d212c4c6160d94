/**
 * Resolve a short text on its own as one actor ("French Foreign Minister", "Syrian rebels",
 * "Doctors from two American aid groups"): used by `dyad actors lookup` and by the evaluation of
 * gold actor phrases. The head comes first in English noun phrases, so the first mention gives
 * the sector and later ones ("of Morocco", "in Hong Kong") may supply the country.
 */
import { languagePack } from '../../lang/pack.js';
import { reason, renderReasons } from '../../lang/reason.js';
import type { ActorKb } from './kb.js';
import { britishBodyAlone, guardNationalBodies } from './national-body-guard.js';
import { resolveMentions } from './resolve.js';
import { splitWords } from './split-words.js';
import type { ActorMention } from './types.js';
import { wordsOf } from './words.js';

export type PhraseActor = Omit<ActorMention, 'start' | 'end' | 'tokens'>;

/**
 * The actor a phrase names on `day`, or undefined when it names none.
 * @example resolvePhraseActor(loadKb(), 'his French counterpart', '2020-06-26')
 */
export function resolvePhraseActor(kb: ActorKb, text: string, day?: string, language?: string): PhraseActor | undefined {
  const spans = splitWords(text);
  const pack = languagePack(language);
  const words = wordsOf(text, spans);
  const found = resolveMentions(kb, { words, spans, day, pack, standalone: true });
  // "Homeland Union (Conservatives)": a UK body's name inside a phrase is no British actor, its whole name alone is.
  const alone = britishBodyAlone(kb, words, found, pack);
  const [head, ...rest] = alone ? [alone] : guardNationalBodies(kb, words, found, pack);
  if (!head) return undefined;
  const { start: _s, end: _e, tokens: _t, ...actor } = head;
  if (actor.code) return actor;
  const located = rest.find((m) => m.code && !m.members);
  if (!located) return actor;
  const reasons = [reason('actors/country-from-phrase', { base: actor.reasons, text: text.slice(located.start, located.end), code: located.code ?? '' })];
  return { ...actor, code: located.code, reasons, why: renderReasons(pack, reasons) };
}
