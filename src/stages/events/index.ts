/**
 * Stage `events`: PLOVER event coding (who did what to whom, when), with a reason for each code.
 *
 * Reads `sentences`, `tokens`, `pos`, `deps`, `entities`, `actors` (and `quotes` when present, for
 * the speaker of quoted events). Writes `events`: `{ events, rejected }`.
 *
 * Method: verbs are looked up in a trigger lexicon compiled from the PETRARCH2 CAMEO verb-pattern
 * dictionary, dyad's hand-kept PLOVER blocks and event nouns (`npm run build:events`,
 * models/events/SOURCE.md). Patterns are checked on the dependency tree (subject, object,
 * prepositional and clausal arguments), never on word windows; the most specific pattern wins.
 * CAMEO codes map to PLOVER type, mode and context by CAMEO2PLOVER. Actors come from the subject
 * (or the passive `by` phrase), recipients from the object, prepositional arguments or the passive
 * subject; compound subjects give actor lists; consultations without a host are reciprocal.
 * Reported speech is coded for its content with the speaker recorded, and "X stressed that Y
 * must …" is a REQUEST from X to Y. Infinitives and bare gerunds (intentions, topics) are not
 * acts, except a gerund of communicating set off after the main clause ("…, thanking Biden for",
 * set-off-gerund.ts: the main subject's act) and a decision's infinitive ("thanked Norway for the
 * decision to provide", decision.ts: its holder's announced act); transparent verbs ("continued
 * to", "failed to") pass on their subject and reality. The words the core rules test are in
 * data/rule-words.tsv and data/predicate-adjectives.tsv.
 * Negation, modals, conditionals and future tense set flags; future cooperation is AGREE and
 * future retreat CONCEDE (PLOVER); a speaker's own future force is THREATEN, and a threat whose
 * clause names no one threatened goes to the other side of the sentence or article (threats.ts); a
 * "when/until/once" clause in the simple present and verbs of hoping are no facts; an official
 * site telling of force used on its side also accuses the doer (accusations.ts); a date well
 * before the article's marks background history. A conflict noun whose doer its phrase names ("the
 * Taliban's offensive", "shelling … by the Russian army") is an event too (nominal.ts), and a named
 * speaker's report of force by another side is also the speaker's accusation (reported-accusations.ts);
 * a mandative subjunctive ("demanded that Iran stop") and a simple present with an adverb of habit
 * ("currently", "each year") are no facts.
 * "cannot", a negated object ("offered nothing") and "is expected to" (a forecast) keep an act from
 * being a fact; an act whose actors have no country or organisation code, and a source's anonymity
 * ("asked not to be identified"), are turned down. A material act in the simple present outside an
 * official site's own statement is a standing policy ("Japan currently restricts imports"); a
 * participle with its agent describing a noun is background; what a future, hypothetical or denied
 * saying would report is not asserted; plural "conversations"/"calls"/"meetings" with several
 * partners are one consultation with each. A learned filter (event-filter.ts; on by default since session 34,
 * `filter: false` turns it off) turns down events a logistic model trained on dyad's gold finds likely false (trained
 * since session 46 on what the stage codes before it, rescued and statement-content events too: before-filter.ts); a learned
 * rescue before it (event-rescue.ts; on by default since session 35, `rescue: false` turns it off) reads a turned-down
 * trigger again without its rule, or with an actor the sentence before or the official site offers when it found
 * none, and keeps the reading a second model finds likely an event; with it, a statement turned down as one ("said Labour
 * had been responsible for huge waste") is read for its content by a third (statement-stance.ts: ACCUSE, REJECT, SUPPORT,
 * REQUEST or AGREE from the speaker to the side the content is about, session 45). Every trigger that is not coded is kept in
 * `rejected` with its rule and reasons (rendered on demand by `rejectionText`).
 *
 * Limits: one sentence at a time (no cross-sentence inference); recipients of nominal events are
 * found only through possessors and objects; contexts are those of the CAMEO code only (themes
 * adds document-level ones); modes beyond CONSULT phone/visit and REQUEST content come from CAMEO.
 *
 * Eval (eval/RESULTS.md, section events; session 34, filter on): seed article 6/6 required events, 0 false
 * positives; PLOVER gold dev event-type F1 0.74, actor+recipient country F1 0.72; news-dev F1 0.685
 * (tune 0.808, check 0.513), held-out gold 0.513, training gold 0.546 (779 articles, most of them the filter's training
 * data; 0.529 with `filter: false`). The misses left are
 * mostly one or two of a kind (eval/events/README.md lists them by cause: `causes.ts`).
 */
import { defineStage } from '../../core/stage.js';
import { codeBeforeFilter, type BeforeFilterOptions } from './before-filter.js';
import { finishEvents } from './after-filter.js';
import { filterEvents, loadEventFilter, type EventFilterModel } from './event-filter.js';

/** The stage's options: those of the steps before the filter (before-filter.ts: lexicon, rescue, stance) and the filter's. */
export interface EventOptions extends BeforeFilterOptions {
  /**
   * Turn down events the learned filter finds likely false (event-filter.ts): `true` (the default) for the shipped
   * model, a model, or `false` for the events of the rules, the rescue and the statement-content step alone (what the
   * filter's own training codes since session 46: before-filter.ts). On by default since session 34's retrain on 741
   * articles: held-out F1 0.505 -> 0.510 (precision +5 points, recall -1), news-dev check 0.505 -> 0.513 with no folder
   * down by 0.01. Session 38 retrained it on 2,229 articles with the features crossed with the text's kind
   * (filter-features.ts `withTextKind`), judged by the pooled rule (scripts/events/cross-fit.ts).
   */
  readonly filter?: boolean | EventFilterModel;
}

/**
 * The event coding stage.
 * @example createPipeline([...earlierStages, events()]).run(doc).layers.events
 */
export const events = (options: EventOptions = {}) =>
  defineStage({
    name: 'events',
    assigns: ['events'],
    requires: ['sentences', 'tokens', 'pos', 'deps', 'entities', 'actors'],
    optional: ['dateline', 'quotes', 'dates', 'places', 'discourse'],
    run: (doc) => {
      const layer = codeBeforeFilter(doc, options);
      const option = options.filter ?? true;
      const filter = option === true ? loadEventFilter() : option;
      // Last (after-filter.ts): the parties every step above made, of the actors layer, the story and the stage's own readers (#12).
      return finishEvents(doc, filter ? filterEvents(doc, layer, filter) : layer);
    },
  });
