/**
 * The events coded from one trigger of a text run through the real pipeline up to the layers events read, as short
 * strings: for the events stage's sentence tests ("CONSULT USA+GBR->", with `cameo` "RETREAT 085 USA->IRN").
 */
import { makeDoc } from '../../src/core/document.js';
import type { Pipeline } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/pipeline.js';
import { codeEvents, type EventInput } from '../../src/stages/events/code-events.js';
import { loadLexicon, type RuntimeLexicon } from '../../src/stages/events/lexicon.js';

let pipeline: Pipeline | undefined;
let lexicon: RuntimeLexicon | undefined;

/**
 * The events whose trigger is the text `trigger`, as "EVENT actor+…->recipient+…" (with the CAMEO code after the event
 * when `cameo`; with `uncoded`, a party without a code as its name in brackets, which the plain form leaves empty).
 */
export function codedAt(text: string, trigger: string, date: string, { cameo = false, uncoded = false } = {}): string[] {
  lexicon ??= loadLexicon();
  pipeline ??= defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });
  const doc = pipeline.run(makeDoc({ text, meta: { date } }));
  return codeEvents(doc as EventInput, lexicon).events
    .filter((e) => doc.text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => `${e.event}${cameo ? ` ${e.cameo}` : ''} ${e.actors.map(party).join('+')}->${e.recipients.map(party).join('+')}`);
  function party(p: { code?: string | null; name: string }): string {
    return p.code ?? (uncoded ? `(${p.name})` : '');
  }
}
