import { describe, expect, it } from 'vitest';
import { runActors } from '../../../test/support/actors-run.js';
import type { Reason } from '../../lang/reason.js';

/** The mention over `words`: its actor id and the rules of its reasons, outermost first. */
function mentionOver(text: string, words: string): [string, string[]] | undefined {
  const run = runActors(text, '1987-03-01');
  const m = run.mentions.find((x) => run.text.slice(x.start, x.end) === words);
  const rules = (r: Reason | undefined): string[] => (r ? [r.rule, ...rules(r.base as Reason | undefined)] : []);
  return m ? [m.actorId, m.reasons.flatMap((r) => rules(r))] : undefined;
}

// "the <Word>" alone is a body named earlier in the article (resolve.ts `shortForm`, its names made once per mention by
// `historyNames`: review of sp-actors, finding 5).
describe('a definite capitalised noun alone after a body named before', () => {
  it('is the body whose own name ends in it ("the Community" after "European Community finance ministers")', () => {
    expect(mentionOver('European Community finance ministers met in Brussels. The Community said it would cut farm subsidies.', 'The Community'))
      .toEqual(['european-community', ['actors/short-form']]);
  });

  it('is the known body named by the earlier name with it ("the Commission": European Community Commission)', () => {
    expect(mentionOver('European Community finance ministers met in Brussels. The Commission said it would cut farm subsidies.', 'The Commission'))
      .toEqual(['european-commission', ['actors/kb-role', 'actors/short-form-of']]);
  });

  it('is the national body whose name ends in it ("the Senate" after "the Philippine Senate")', () => {
    expect(mentionOver('The Philippine Senate voted on Monday. The Senate said it would meet again.', 'The Senate'))
      .toEqual(['PHL-LEG', ['actors/short-form']]);
  });
});
