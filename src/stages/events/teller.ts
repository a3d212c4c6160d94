/**
 * Who says a sentence: the speaker of reported speech, else the official site whose own unquoted
 * words these are. Some acts are the teller's, not their grammatical subject's: saying that X
 * "poses a threat" accuses X (verbs.txt POSE codes ACCUSE; news-dev codes the kremlin.ru "the main
 * threat is posed by …" as ACCUSE RUSGOV→UKRMIL), and "Dear Prime Minister Bennett, thank you" is
 * the teller thanking Bennett (vocatives.ts).
 */
import type { Span } from '../../core/span.js';
import type { Publisher } from '../discourse/types.js';
import type { Quote } from '../quotes/types.js';
import { ruleWords } from './rule-words.js';
import type { EventParticipant } from './types.js';

/** Verbs whose subject (or "by" agent) an ACCUSE accuses rather than does. */
export const ACCUSED_SUBJECT = ruleWords('accused-subject');

/** The teller of the sentence holding `trigger`: its speaker, else the site whose unquoted words these are. */
export function tellerOf(speaker: EventParticipant | undefined, publisher: Publisher | undefined, quoted: boolean, trigger: number, at: Span): EventParticipant | undefined {
  if (speaker) return speaker;
  if (!publisher || quoted) return undefined;
  return { start: at.start, end: at.end, tokens: [trigger, trigger + 1], actorId: `publisher:${publisher.site}`, name: publisher.site, code: publisher.code, sector: 'GOV' };
}

/**
 * True when offset `at` lies inside quotation marks (a direct or partial quote): the words are someone else's, so an
 * official site is not their teller ('A banner at the rally read: "Germany ignores the Herero genocide."').
 */
export function isQuotedAt(quotes: readonly Quote[], at: number): boolean {
  return quotes.some((q) => q.kind !== 'reported' && q.start <= at && at < q.end);
}
