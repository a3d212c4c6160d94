import { describe, expect, it } from 'vitest';
import { parsedDoc } from '../../../test/support/parsed-doc.js';
import type { LayerName } from '../../core/layers.js';
import { createPipeline } from '../../core/pipeline.js';
import { codeBeforeFilter, type BeforeFilterOptions } from './before-filter.js';
import { loadEventRescue, type EventRescueModel } from './event-rescue.js';
import { events } from './index.js';
import { loadEventStance } from './statement-stance.js';
import type { EventLayer } from './types.js';

/** A rescue that keeps nothing, so that only the statement-content step can add an event. */
const noRescue: EventRescueModel = { bias: -10, weights: {}, threshold: 1.01 };
/** A hand-set statement-content model: "wasteful" in a content is a verdict (ACCUSE). */
const stance: EventRescueModel = { bias: -2, threshold: 0.6, weights: { 'ACCUSE:w:wasteful': 4, 'ACCUSE:recipient:subject': 0.5 } };

/** "Britain said France 's plan was wasteful .": a statement the rules turn down as one, with a verdict as its content. */
const verdict = () => parsedDoc([`
  Britain Britain PROPN NNP 2 nsubj
  said say VERB VBD 0 root
  France France PROPN NNP 5 nmod:poss
  's 's PART POS 3 case
  plan plan NOUN NN 7 nsubj
  was be AUX VBD 7 cop
  wasteful wasteful ADJ JJ 2 ccomp
  . . PUNCT . 2 punct`], {
  actors: [
    { sent: 0, tokens: [0, 1], id: 'gbr', name: 'GBR', code: 'GBR' },
    { sent: 0, tokens: [2, 3], id: 'fra', name: 'FRA', code: 'FRA' },
  ],
});

const typed = (layer: EventLayer | undefined) => (layer?.events ?? []).map((e) => `${e.event} ${e.actors.map((a) => a.code).join('+')}->${e.recipients.map((r) => r.code).join('+')}`);

describe('codeBeforeFilter: the events the stage and the filter\'s gatherer code before the filter', () => {
  it('codes the statement-content step\'s events when the rescue runs', () => {
    expect(typed(codeBeforeFilter(verdict(), { rescue: noRescue, stance }))).toEqual(['ACCUSE GBR->FRA']);
  });

  it.each<[string, BeforeFilterOptions]>([
    ['with the rescue off (the step runs only with it)', { rescue: false, stance }],
    ['with the step off', { rescue: noRescue, stance: false }],
  ])('codes the rules alone %s', (_, options) => {
    expect(typed(codeBeforeFilter(verdict(), options))).toEqual([]);
  });

  it('uses the shipped rescue and statement-content models by default', () => {
    expect(codeBeforeFilter(verdict())).toEqual(codeBeforeFilter(verdict(), { rescue: loadEventRescue(), stance: loadEventStance() }));
  });

  it('is what the events stage codes with filter: false, so the filter is trained on what it judges', () => {
    const doc = verdict();
    const stage = createPipeline([events({ filter: false, rescue: noRescue, stance })], Object.keys(doc.layers) as LayerName[]).run(doc);
    expect(typed(stage.layers.events)).toEqual(typed(codeBeforeFilter(doc, { rescue: noRescue, stance })));
    expect(typed(stage.layers.events)).toEqual(['ACCUSE GBR->FRA']);
  });
});
