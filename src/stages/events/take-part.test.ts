import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Taking part in talks, negotiations or consultations is holding them, as negotiating is (data/verbs.txt GENERAL,
// "take * PART (IN TALKS)"; #12, "turned down, other type: events/pattern-no-event"): the dyad row "take * PART" (no
// event) turned them down. A meeting taken part in may be one body's own ("took part in a meeting of the Council on
// Issues Related to the Life and Safety of Children", training readout gold: no event), so it stays no event.
// Made-up sentences through the real pipeline up to the layers events read.

/** The event types coded from `trigger`. */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '2022-03-15').map((e) => e.split(' ')[0]);

describe('taking part in talks is a consultation', () => {
  it.each([
    ['Chancellor Scholz took part in talks with President Macron in Paris.', 'took'],
    ['Foreign Minister Kuleba took part in negotiations with Russia in Istanbul.', 'took'],
    ['Secretary Blinken took part in consultations with NATO allies in Brussels.', 'took'],
  ])('"%s"', (text, trigger) => {
    expect(coded(text, trigger)).toEqual(['CONSULT']);
  });

  // Taking part in anything else stays no event (the row "take * PART" and CAMEO's longer patterns).
  it.each([
    ['President Zelenskyy took part in a meeting of the Council on Issues Related to the Life and Safety of Children.', 'took'],
    ['President Putin took part in the award ceremony in Moscow.', 'took'],
    ['The Swiss National Bank will continue to take part in concerted intervention on currency markets.', 'take'],
  ])('codes nothing for "%s"', (text, trigger) => {
    expect(coded(text, trigger)).toEqual([]);
  });
});
