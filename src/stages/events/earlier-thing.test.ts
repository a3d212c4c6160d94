import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import type { EventInput } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { resolvedActors } from '../discourse/merge.js';
import { matchNamedJudgement } from './named-judgements.js';
import { indexActors } from './participants.js';
import { buildTree } from './tree.js';

// Multi-sentence texts through the real pipeline up to the layers events read: a judged "it", "the move" or "the
// plans" whose owner only an earlier sentence names (earlier-thing.ts, #12; the first is bbc-politics-087's class).
const lexicon = loadLexicon();
const pipeline = defaultPipeline({ layers: ['actors', 'discourse', 'quotes'] });

/** The events coded from `trigger`, as "EVENT actor->recipient". */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '2005-03-01');

describe('a judged thing told in an earlier sentence is addressed to its owner there', () => {
  it.each([
    // The naming verdict (named-judgements.ts) on "the plans" the sentence before owned by the Tories.
    ['Tony Blair attacked the Tory plans on Monday. Home Secretary David Blunkett called the plans "dangerous".', 'called', 'ACCUSE GBR->GBR'],
    // "it" and "the move" for what a proposing verb's subject put forward.
    ['The European Commission proposed a tax on oils and fats. Britain strongly criticised it.', 'criticised', 'ACCUSE GBR->IGO'],
    ['The European Commission proposed a tax on oils and fats. Britain welcomed the move.', 'welcomed', 'SUPPORT GBR->IGO'],
    // The same noun, its owner the possessor of the earlier mention.
    ["Japan's ruling party unveiled a package of tax cuts on Monday. The United States welcomed the package.", 'welcomed', 'SUPPORT USA->JPN'],
    // The noun's own verb the sentence before (reuters-3687, training gold REJECT DEULAB -> DEUBUS).
    ['FRANKFURT, March 11 - The engineers union IG Metall said 35,700 workers at 152 West German engineering companies held brief warning strikes today. Employers in northern German offered IG Metall a 2.7 pct rise in wages from April 1 and a further 1.5 pct from July next year. It also offered to cut the working week by half an hour from July 1988. IG Metall rejected the offer.', 'rejected', 'REJECT DEU->DEU'],
    // Review a #5: "the decision", "the move", "the step" stand for the latest act, its doer the subject of the nearest
    // earlier clause with a side as subject, not the owner of the thing that act was about ("the EU's offer").
    ["Britain rejected the EU's offer on Monday. Ireland criticised the decision.", 'criticised', 'ACCUSE IRL->GBR'],
    ['Hamas offered a truce. Israel rejected the offer. The United States backed the decision.', 'backed', 'SUPPORT USA->ISR'],
    // Review a #6: plural pronouns for a plural thing.
    ['The European Union proposed sanctions against Belarus. Minsk condemned them.', 'condemned', 'ACCUSE BLR->IGO'],
  ])('"%s"', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });

  it.each([
    // No thing told before.
    ['Prices rose on Monday. Britain criticised the plans.', 'criticised', 'ACCUSE GBR->'],
    // The judge's own thing is not addressed to itself.
    ['France unveiled its plans for farm prices on Monday. France defended the plans.', 'defended', 'SUPPORT FRA->'],
    // Out of reach: five sentences stand between.
    ['The European Commission proposed a tax on oils and fats. Prices rose on Monday. Shares fell. Bonds rose. Oil fell. Gold rose. Britain criticised it.', 'criticised', 'ACCUSE GBR->'],
    // Review a #4: a pronoun reaches back only to the sentence before; a story that has moved on to another act
    // ("Israel bombed Gaza") leaves no earlier thing for "it".
    ['Germany proposed new talks on Monday. Israel bombed Gaza on Tuesday. Egypt strongly condemned it.', 'condemned', 'ACCUSE EGY->'],
    ['Russia proposed talks on Monday. The war has lasted two years. Britain criticised it.', 'criticised', 'ACCUSE GBR->'],
  ])('no earlier owner in "%s"', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });
});

// Session 58 (#12, parties named elsewhere in the article): "the measure" names any step, as "the move" does.
describe('"the measure" stands for a proposal told before', () => {
  it('issue-12: reuters-11541 "were opposed to the measure" is addressed to the Commission whose tax proposal it is', () => {
    const text = 'BRUSSELS, March 31 - The outcome of negotiations on proposals by the European Commission for a 330 Ecus a tonne tax on EC-produced and imported oilseeds and marine oils remains difficult to predict, Belgian agriculture minister Paul de Keersmaeker told a news conference. '
      + 'De Keersmaeker, who chaired a meeting of EC farm ministers which ended today, was asked about reports enough countries were against the tax to ensure that it would be defeated in negotiations on the EC farm price package for 1987/88. '
      + 'He said it was true some countries were strongly opposed, but others were less so and others basically in favour. '
      + '"I think there is room for negotiations, and I would not want to make any predictions at this stage," de Keersmaeker said. '
      + 'Yesterday, British minister Michael Jopling said Britain, West Germany, Portugal, the Netherlands and Denmark were opposed to the measure.';
    expect(codedAt(text, 'opposed', '1987-03-31').filter((e) => e.startsWith('REJECT'))).toEqual(['REJECT GBR+DEU+PRT+NLD+DNK->IGO']);
  });
});

// Session 58: an accusation noun's own verb is another word ("accused … Tokyo has denied the charges").
describe('"the charges" stand for an accusation told before', () => {
  it('issue-12: reuters-12473 "Tokyo has denied the charges" is addressed to the United States that accused Japan', () => {
    const text = 'The United States has accused Japan of reneging on an agreement that called on it to stop selling cut-price computer microchips in world markets and to try to import more American semiconductors. Tokyo has denied the charges.';
    expect(codedAt(text, 'denied', '1987-04-02')).toEqual(['REJECT JPN->USA']);
  });
});

// Review rv-c #2, #3, #9 (session 58, fix-c): the earlier owner is never the judge's own country, "the measure" is the
// latest act as "the move" is, and a passive accusation's owner is its "by" agent.
describe('review rv-c: earlier owners that are the judge itself, the latest act, a passive accusation', () => {
  it.each([
    // #3: "the measure" stands for the latest act, Britain's sanctions, as "the move" does.
    ['Britain imposed sanctions on Russian banks. Russia condemned the measure.', 'condemned', 'ACCUSE RUS->GBR'],
    ['Britain imposed sanctions on Russian banks. Russia condemned the move.', 'condemned', 'ACCUSE RUS->GBR'],
    ["Iran proposed a new nuclear deal on Monday. The U.N. Security Council imposed sanctions on North Korea on Tuesday. Israel welcomed the measure.", 'welcomed', 'SUPPORT ISR->IGO'],
    // #9: the passive accusing verb's "by" agent made the charges.
    ['Ukraine was accused by Russia of shelling the plant. Kyiv rejected the charges.', 'rejected', 'REJECT UKR->RUS'],
  ])('"%s"', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });

  it.each([
    // #2: a capital is its country's side: China's plan judged by Beijing is not another side's.
    ['China proposed a peace plan for Ukraine in February. On Monday, Japan raised tariffs on Chinese steel. Beijing condemned the measure.', 'condemned'],
    ['Russia accused Ukraine of shelling the plant. Moscow repeated the charges on Tuesday.', 'repeated'],
    ['Ukraine was accused by Russia of shelling the plant. Moscow repeated the charges.', 'repeated'],
  ])('never addressed to the judge itself: "%s"', (text, trigger) => {
    const events = coded(text, trigger);
    for (const event of events) {
      const [actors, recipients] = event.slice(event.indexOf(' ') + 1).split('->');
      const own = new Set(actors.split('+').filter(Boolean).map((code) => code.slice(0, 3)));
      expect(recipients.split('+').filter((code) => own.has(code.slice(0, 3)))).toEqual([]);
    }
  });
});

describe('review a #8: a naming verdict accepted on an earlier owner carries that owner', () => {
  it('the match holds the owner its acceptance found, for the event to address', () => {
    const doc = pipeline.run(makeDoc({ text: 'Tony Blair attacked the Tory plans on Monday. Home Secretary David Blunkett called the plans "dangerous".', meta: { date: '2005-03-01' } })) as EventInput;
    const tree = buildTree(doc, lexicon.forms);
    const verb = tree.words.indexOf('called');
    const match = matchNamedJudgement(tree, indexActors(resolvedActors(doc), doc.layers.tokens.length), verb);
    expect(match?.judgedOwner?.found.map((p) => p.code)).toEqual(['GBR']);
  });
});
