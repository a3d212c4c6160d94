import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents, type EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';

// Made-up sentences through the real pipeline up to the layers events read: the parser hangs "according to X"
// set off after a coordination on its last verb, and that attachment is what speakerOf must see past (roles.ts).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });

/** Every event, as "EVENT actor->recipient said-by speaker". */
const coded = (text: string): string[] => {
  const doc = pipeline.run(makeDoc({ text, meta: { date: '2022-03-20' } }));
  return codeEvents(doc as EventInput, lexicon).events
    .map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')} said-by ${e.speaker?.code ?? '-'}`);
};

describe('"according to X" after coordinated verbs reports every verb of the coordination', () => {
  it.each([
    // The parse hangs the source on "killed"; the merged attack is read from "attacked", which must still have its speaker.
    ['Israeli troops attacked the Jenin camp and killed three Palestinian militants, according to the Palestinian health ministry.', 'ASSAULT ISR->PSE said-by PSE'],
    ['Police arrested 40 protesters and fired tear gas at the crowd in Nairobi, according to Kenyan officials.', 'COERCE KEN->KEN said-by KEN'],
  ])('"%s"', (text, expected) => {
    expect(coded(text)).toContain(expected);
  });

  it('leaves the doers and their targets as the verbs give them', () => {
    const events = coded('Turkish jets struck Kurdish rebel camps in northern Iraq and killed 20 guerrillas, according to the Turkish military.');
    // The merged attack, its doer from "jets", its target where the camps are, its source the military (review b, 11:
    // an every() over the list passed on an empty one).
    expect(events).toEqual(['ASSAULT TUR->IRQ said-by TUR']);
  });

  // Review b, finding 5: the parser may hang the source on the object ("the truce plan, according to Egyptian officials":
  // appos of "plan"); it is still the source, and a conjunct with its own subject is not reported by it.
  it('takes a source hung on the object as the speaker: "rejected the truce plan, according to …"', () => {
    const events = coded('Hamas rejected the truce plan, according to Egyptian officials, and Israel bombed Rafah.');
    expect(events.filter((e) => e.startsWith('REJECT PSE->')).map((e) => e.split(' said-by ')[1])).toEqual(['EGY']);
    expect(events).toContain('ASSAULT ISR->PSE said-by -');
  });

  it('does not report a conjunct with its own subject by the first one\'s source', () => {
    const events = coded("China sent warships into the strait, according to Taiwan's defence ministry, but the United States urged restraint.");
    expect(events.filter((e) => e.startsWith('REQUEST USA'))).toEqual(['REQUEST USA-> said-by -']);
  });
});
