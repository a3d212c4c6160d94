/**
 * Stage `quotes`: direct and partial quotations and reported speech, each with its speaker.
 *
 * Reads `sentences`, `tokens`, `actors`. Writes `quotes`: one entry per quotation (the words
 * between the marks) or reported statement ("X said that …"), with the speaker's words and actor.
 *
 * Method: quotation marks are paired per paragraph (curly, guillemets, straight quotes by the side
 * of the word they touch); a quote whose closing mark is missing ends with its paragraph, and a
 * trailing ", it added." inside it becomes its attribution. The speaker is the actor named next
 * to a verb of saying right after the quote, else, with a parse, that of the verb of saying the quote hangs from
 * (hang-verb.ts: "After Mr Howard criticised the plan, saying …, Mr Blair said: …" is Mr Blair's; not a passive
 * "would be told"; a subjectless ", adding" or "saying" speaks for the verb of saying above it), else "according to
 * X" or the sentence's first "X said",
 * else the speaker of the sentence before when the quote opens its sentence (the subject of its verb
 * of saying, a "he"/"she" resolved; not a person it talks about), else the speaker of the previous
 * quote in the same paragraph, or of the quote that ended the paragraph before when only its attribution followed it
 * (a quote left unclosed goes on in the next paragraph; a paragraph opening with a quote after an attributed one). A name after a verb of saying is its speaker only when the verb is
 * inverted after a comma or closing mark (""…," said Putin"), in the verb's sentence. With a parse
 * (parsed-subject.ts), a verb with no subject of its own takes the subject of the verb it is coordinated with or
 * depends on ("praised the police and said", ", saying"), a relative "who" the noun it modifies, and a verb in a
 * relative clause attributes no quote after its sentence. A "he"/"she"
 * speaker, in English, is the nearest person subject of its gender (pronoun-speaker.ts: the main
 * clause's subject in its own sentence, the speaker of a verb of saying or the subject before, the
 * same pronoun carrying the chain back; gender from discourse's `gendersOf`: titles, nouns,
 * appositions, given names; a person of unknown gender only when no person of the right one fits;
 * names inside quotes never count), else the previous speaker, as other pronouns are. Reported
 * speech needs an actor right before "said that" in its sentence (a name after "that" begins what
 * was said; one before a pronoun subject or a full stop is not the speaker).
 *
 * Limits: no nested quotes; single quotation marks are ignored (they double as apostrophes);
 * attribution in the sentence after a quote ("…" He said this on Monday) is not looked for; a quote
 * closed by a full stop takes no attribution after its closing mark unless the words there go on in lower case ("…
 * on Monday." he said); a participle of saying right after a quote (", adding it would help") is no attribution of it.
 *
 * Eval: eval/RESULTS.md, section events: the seed article's 11 quotes all found with the Kremlin as speaker.
 * `npx tsx eval/events/quotes.ts`: gold quotes whose speaker has the gold actor's code and sector (strict),
 * e.g. held-out BBC 0.340, news-dev check 0.345, training Reuters 0.427 (session 40, fix-quotes).
 */
import { defineStage } from '../../core/stage.js';
import { attributeQuotes, reportedSpeech } from './attribute.js';
import { findQuotedSpans } from './find-quotes.js';
import type { Quote } from './types.js';

/**
 * The quotes stage.
 * @example createPipeline([...earlierStages, quotes()]).run(doc).layers.quotes
 */
export const quotes = () =>
  defineStage({
    name: 'quotes',
    assigns: ['quotes'],
    requires: ['sentences', 'tokens', 'actors'],
    run: (doc): Quote[] => {
      const quoted = attributeQuotes(doc, findQuotedSpans(doc.text));
      return [...quoted, ...reportedSpeech(doc, quoted)].sort((a, b) => a.start - b.start);
    },
  });
