/**
 * Transcript turns. A readout that prints a conversation labels each turn with its speaker and a colon at the start
 * of a sentence ("President of Russia Vladimir Putin: Mr Prime Minister, …", "Prime Minister of the Republic of
 * Armenia Nikol Pashinyan: Mr President, allow me again to thank you …"); the turn runs to the next label. The words
 * of a turn are its speaker's, not the site's principal's: a guest's "I want to thank you" is the guest's thanks.
 */
import type { ActorMention } from '../actors/types.js';
import type { View } from './view.js';

/**
 * Per token: the person whose labelled turn it stands in; undefined before the first label. A colon after a verb of
 * saying ("Following the talks, Vladimir Putin said: I condemn …") is the site's own narration handing the floor on:
 * the words after it are the person named just before the verb's, else nobody's turn (review c, session 52).
 */
export function turnSpeakers(view: View): (ActorMention | undefined)[] {
  let speaker: ActorMention | undefined;
  return view.words.map((word, i) => {
    if (word !== ':') return speaker;
    const label = turnLabel(view, i);
    if (label) speaker = label;
    else if (view.pack.speechForms.has(view.words[i - 1]?.toLowerCase() ?? '')) speaker = handedTo(view, i - 1);
    return speaker;
  });
}

/** The person named just before the verb of saying at `verb` ("Vladimir Putin said:"), if any. */
function handedTo(view: View, verb: number): ActorMention | undefined {
  const named = view.mentionAt[verb - 1];
  return named?.kind === 'person' && view.sents[verb - 1] === view.sents[verb] ? named : undefined;
}

/**
 * The person a colon at token `colon` labels a turn for: a person named just before it (title and name may be two
 * mentions of one actor) from the start of a sentence, with no actor named just after it ("Putin: Lavrov …" is a heading, not a turn).
 */
function turnLabel(view: View, colon: number): ActorMention | undefined {
  const label = view.mentionAt[colon - 1];
  if (label?.kind !== 'person' || label.tokens[1] !== colon || view.mentionAt[colon + 1]) return undefined;
  let first = label.tokens[0];
  while (first > 0 && view.mentionAt[first - 1]?.actorId === label.actorId) first = view.mentionAt[first - 1]?.tokens[0] ?? first;
  return first === 0 || view.sents[first - 1] !== view.sents[first] ? label : undefined;
}

