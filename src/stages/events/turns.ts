/**
 * Transcript turns: kremlin.ru and other sites print a meeting's conversation as turns, each opened
 * by its speaker's name and a colon ("Vladimir Putin: Mr Lukashenko, thank you for staying …").
 * Everything up to the next label is that person's speech, though later sentences of the turn name
 * no one ("Thank you very much for coming to the Forum."). The label is a person the actors stage
 * coded, at the start of its sentence (after its title, if any), right before the colon.
 */
import type { ActorIndex } from './participants.js';
import type { Tree } from './tree.js';
import type { EventParticipant } from './types.js';

/** The speaker of the transcript turn that token `at` lies in, if a turn label opens one before it. */
export function turnSpeaker(tree: Tree, actors: ActorIndex, at: number): EventParticipant | undefined {
  return turnOf(tree, actors, at)?.speaker;
}

/**
 * The transcript turn that token `at` lies in: `{ speaker }` when its label names a coded person, `{}`
 * when a label opens the turn but names no one coded (so it is nobody else's), none outside turns.
 */
export function turnOf(tree: Tree, actors: ActorIndex, at: number): { speaker?: EventParticipant } | undefined {
  for (let t = at - 1; t > 0; t--) {
    if (tree.words[t] !== ':') continue;
    const end = labelEnd(tree, t);
    if (!isLabel(tree, end)) continue;
    // The nearest label opens the turn: a speaker the actors stage did not code ("Alexei Repik:")
    // is still the one speaking, so no earlier label's person is.
    const label = actors.at(end - 1);
    if (!label || label.kind !== 'person' || !label.code || label.tokens[1] !== end) return {};
    const [speaker] = actors.expand(label);
    return speaker ? { speaker } : {};
  }
  return undefined;
}

/** Longest note between a label's name and its colon ("(retranslated)", "(via interpreter)"). */
const MAX_NOTE = 4;

/** Where the label before `colon` ends: before a parenthetical note ("Milorad Dodik (retranslated):"), else at the colon. */
function labelEnd(tree: Tree, colon: number): number {
  if (tree.words[colon - 1] !== ')') return colon;
  for (let t = colon - 2; t >= Math.max(0, colon - 1 - MAX_NOTE); t--) {
    if (tree.words[t] === '(') return tree.tokens[t].sent === tree.tokens[colon].sent ? t : colon;
  }
  return colon;
}

/** Longest label: a title and a full name ("President of the Republic of Armenia Vahagn Khachaturyan"). */
const MAX_LABEL = 12;

/** Words a title joins its names with ("President of the Republic of Armenia", "… of Bosnia and Herzegovina"). */
const TITLE_JOINERS = new Set(['of', 'the', '.', 'and']);

/**
 * A colon (or the parenthetical note before one) after a name at the start of its sentence (or after
 * a cut, "<…>"): capitalised words (and "of", "the", "and" in a title) only.
 */
function isLabel(tree: Tree, colon: number): boolean {
  let first = colon;
  // kremlin.ru marks cut speech "<…>" and runs the next turn on without a sentence break.
  while (first > 0 && tree.tokens[first - 1].sent === tree.tokens[colon].sent && tree.words[first - 1] !== '>') first--;
  if (first === colon || colon - first > MAX_LABEL) return false;
  const words = tree.words.slice(first, colon);
  return tree.pos[first]?.xpos === 'NNP' && words.every((w, i) => tree.pos[first + i]?.xpos === 'NNP' || TITLE_JOINERS.has(w));
}
