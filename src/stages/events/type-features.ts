import type { Document } from '../../core/document.js';
import { docView } from '../../core/doc-view.js';
import type { CodedEvent } from './types.js';

/** Relations of a trigger's dependents that tell its sense: what it takes ("signed an agreement", "agreed to meet"). */
const SENSE_RELATIONS: ReadonlySet<string> = new Set(['obj', 'iobj', 'obl', 'nmod', 'xcomp', 'ccomp', 'advcl', 'compound', 'amod', 'nsubj']);

/**
 * The named features the learned type step (event-retype.ts) reads of one coded event: the type and CAMEO code
 * the lexicon gave and the other types the trigger word can have (trigger-senses.ts), the trigger's lemma alone and
 * with that type, its dependents' relations and lemmas (the object's
 * head, "to"-infinitives, the preposition that marks each oblique), the word it hangs on, the event's mode, and
 * whether it is reported or in the future. Each is a short key, so the model is a table of weights per type that
 * anyone can read (#12: "signed an agreement" is AGREE, "signed a letter of support" SUPPORT, "will meet" AGREE).
 */
export function typeFeatures(doc: Document, event: CodedEvent, senses: ReadonlySet<string>): string[] {
  const rule = event.event;
  const features = [`rule:${rule}`, `mode:${rule}:${event.mode ?? '-'}`];
  for (const sense of senses) features.push(`sense:${sense}`);
  if (event.cameo) features.push(`cameo:${event.cameo}`, `cameo:${event.cameo.slice(0, 2)}`);
  const pos = doc.layers.pos;
  const deps = doc.layers.deps;
  const trigger = event.trigger.tokens[0];
  const lemmaOf = (i: number): string => (pos?.[i]?.lemma ?? '').toLowerCase();
  const lemma = lemmaOf(trigger);
  features.push(`lemma:${lemma}`, `lemma:${rule}:${lemma}`, `upos:${pos?.[trigger]?.upos ?? '-'}`);
  if (deps) {
    const { children } = docView(doc as Parameters<typeof docView>[0]);
    const baseRel = (i: number): string => deps[i].deprel.split(':')[0];
    for (const child of children[trigger] ?? []) {
      const rel = baseRel(child);
      if (!SENSE_RELATIONS.has(rel)) continue;
      const marker = (children[child] ?? []).find((c) => baseRel(c) === 'case' || baseRel(c) === 'mark');
      const by = marker === undefined ? rel : `${rel}:${lemmaOf(marker)}`;
      features.push(`dep:${by}`, `dep:${lemma}:${by}`);
      // A subject's word names a party, not the sense; an object's or oblique's head tells it ("signed an agreement").
      if (rel !== 'nsubj') features.push(`dep:${by}:${lemmaOf(child)}`);
    }
    const head = deps[trigger].head;
    if (head >= 0) features.push(`head:${baseRel(trigger)}:${lemmaOf(head)}`);
    else features.push('head:root');
  }
  if (event.speaker) features.push('reported', `reported:${rule}`);
  if (event.future) features.push('future', `future:${rule}`, `future:${lemma}`);
  features.push(`recipients:${Math.min(event.recipients.length, 2)}`);
  // Several dependents can give the same key; the model counts each key once.
  return [...new Set(features)];
}
