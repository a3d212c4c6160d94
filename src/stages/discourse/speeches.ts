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
import type { AddressWords } from './second-person.js';
import type { Participants } from './types.js';

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

/** The meeting an article reports, held to its own passage when the article is a speech. */
export function inSpeech(p: Participants | undefined, title: string | undefined, words: AddressWords): Participants | undefined {
  return p && isSpeechTitle(title, words) ? { ...p, lastSent: p.sent + SPEECH_PASSAGE } : p;
}

/** A speech's later calls (`participants.ts` `laterMeetings`), each held to its own passage; none outside a speech. */
export function speechPassages(later: () => readonly Participants[], title: string | undefined, words: AddressWords): Participants[] {
  return isSpeechTitle(title, words) ? later().map((p) => ({ ...p, lastSent: p.sent + SPEECH_PASSAGE })) : [];
}
