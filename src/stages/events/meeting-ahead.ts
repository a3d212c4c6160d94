/**
 * "King Fahd of Saudi Arabia begins a four-day state visit on Tuesday", "Nakasone leaves on his sixth official visit
 * to the United States on Wednesday", "A special Taiwanese trade delegation leaves for Washington tomorrow",
 * "Mikulic visits West Germany next week": a report tells a scheduled meeting or visit in the simple present with a
 * coming day. It is announced, not held: PLOVER codes future meetings, visits and summits AGREE (manual 376; the
 * training gold's convention of session 37), where the present tense read it as a CONSULT held that day.
 *
 * Only a report's (an official site's readouts tell their own acts in the present), only a verb with no auxiliary
 * (VBZ/VBP), and only with a later day beside it: a weekday, "tomorrow" or "next ..." among the clause's own words
 * (`later-day` in rule-words.tsv; the dates stage reads a bare weekday as the article's week, so the word decides), or
 * a date the sentence gives that is after the article's. "The delegation meets today" stays CONSULT (meeting-today.ts).
 */
import { timeOf, type ReadingContext } from './event-context.js';
import type { EventFlags } from './flags.js';
import type { PloverEvent } from './plover.js';
import { ruleWords } from './rule-words.js';
import { auxWords, CLAUSE_RELS, walkTokens } from './tree.js';

const LATER_DAY = ruleWords('later-day');

/** Whether a report's consultation (`event`, its verb `verb` in the simple present) is scheduled for a later day. */
export function isMeetingAhead(ctx: ReadingContext, event: PloverEvent, flags: EventFlags, verb: number, noun?: number): boolean {
  if (event !== 'CONSULT' || flags.future || flags.negated || flags.hypothetical) return false;
  if (ctx.doc.layers.discourse?.publisher !== undefined) return false;
  const { tree } = ctx;
  const xpos = tree.pos[verb]?.xpos;
  if ((xpos !== 'VBZ' && xpos !== 'VBP') || auxWords(tree, verb).length) return false;
  const near = walkTokens(tree, verb, CLAUSE_RELS, 2);
  if (noun !== undefined) near.push(...walkTokens(tree, noun, CLAUSE_RELS, 3));
  if (near.some((t) => LATER_DAY.has(tree.words[t]))) return true;
  const time = timeOf(ctx, verb, noun);
  return time.dateSource === 'sentence' && !time.historical && !!ctx.articleDate && !!time.date && time.date > ctx.articleDate;
}
