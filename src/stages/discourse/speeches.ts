/**
 * A speech or message reports no one meeting (#12). An address ("… - address by President Volodymyr Zelenskyy",
 * "Address by President of Ukraine Volodymyr Zelenskyy to the Italian Chamber of Deputies", "Video address to
 * participants in forum on forests") tells of the day's calls in passing ("This morning I spoke with His Holiness
 * Pope Francis", "Today I addressed the people of Switzerland") and then speaks to its own audience. Read as a
 * readout, the first call in its lead became the article's meeting, and its other party the recipient of every
 * thanks and appeal of the speech ("I appreciate your hospitality" to the Pope in a speech to the Italian
 * parliament), and "they" its parties ("When they invaded other countries"). In a speech the call holds for its
 * own passage: its sentence and the next four ("I spoke with His Holiness Pope Francis. I thanked His Holiness …").
 * Its title says what it is: a speech word of `data/address-titles.tsv` ("speech", "address", "message",
 * "greetings" …), not the verb of a readout's title ("Readout of … Task Force to Address Online Harassment").
 */
import { partyKey } from './participants.js';
import type { AddressWords } from './second-person.js';
import type { Participants } from './types.js';
import type { View } from './view.js';

/** What a passage's end is read from: the parse and the actors on each token. */
type Parse = Pick<View, 'sents' | 'deps' | 'mentionAt'>;

/**
 * Sentences after a call's own that a speech's account of it runs on: "I had a phone conversation with Alexander
 * Lukashenko. We haven't spoken to him in two years. … I explained to him … I do not want missiles … to fly to Ukraine
 * from Belarus." (2 and 4 change the same outside events but for that last one, told to Lukashenko.)
 */
const SPEECH_PASSAGE = 4;

/** True when an official site's title names the article a speech or message (`address-titles.tsv`). */
export function isSpeechTitle(title: string | undefined, words: AddressWords): boolean {
  if (!title) return false;
  const tokens = title.split(/[\s,;:()"“”]+/u).map((t) => t.replace(/['’]s$/u, '').toLowerCase()).filter(Boolean);
  return tokens.some((t, i) => words.speech.has(t) && tokens[i - 1] !== 'to');
}

/**
 * True when sentence `sent` is told of an actor outside the meeting `keys`: its main verb's subject is one ("Russia
 * continues to shell our cities", "Hungary continues to block the aid package"). A speech turns there from the call
 * to that actor, and its demands next ("We call for more pressure on the terrorist state") are about them, not made
 * of the one called.
 */
function turnsAway(view: Parse, sent: number, keys: ReadonlySet<string>): boolean {
  for (let r = 0; r < view.deps.length; r++) {
    if (view.sents[r] !== sent || view.deps[r]?.deprel !== 'root') continue;
    for (let k = 0; k < view.deps.length; k++) {
      const m = view.deps[k]?.head === r && view.deps[k]?.deprel.startsWith('nsubj') ? view.mentionAt[k] : undefined;
      if (m?.code && !keys.has(partyKey(m))) return true;
    }
  }
  return false;
}

/** A call's passage in a speech: its sentence and the next four, ended before a sentence told of an outside actor (`turnsAway`). */
function passageOf(view: Parse, p: Participants): Participants {
  const keys = new Set(p.members.map(partyKey));
  let lastSent = p.sent;
  while (lastSent < p.sent + SPEECH_PASSAGE && !turnsAway(view, lastSent + 1, keys)) lastSent++;
  return { ...p, lastSent };
}

/** The meeting an article reports, held to its own passage when the article is a speech. */
export function inSpeech(view: Parse, p: Participants | undefined, title: string | undefined, words: AddressWords): Participants | undefined {
  return p && isSpeechTitle(title, words) ? passageOf(view, p) : p;
}

/** A speech's later calls (`participants.ts` `laterMeetings`), each held to its own passage; none outside a speech. */
export function speechPassages(view: Parse, later: () => readonly Participants[], title: string | undefined, words: AddressWords): Participants[] {
  return isSpeechTitle(title, words) ? later().map((p) => passageOf(view, p)) : [];
}
