import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { actedPledges, parseHostilePledges, pledgeOf } from './hostile-pledges.js';
import { buildTree } from './tree.js';
import { packOf } from '../../lang/pack.js';
import type { CodedEvent } from './types.js';
import { loadLexicon } from './lexicon.js';

const lexicon = loadLexicon();
const country = (tokens: [number, number], code: string): ActorSpec => ({ sent: 0, tokens, id: code.toLowerCase(), name: code, code });

/** "Japan has <pledge> to <verb> the <object> ." with Japan coded. */
const pledged = (pledge: string, pledgeLemma: string, verb: string, lemma: string, object: string) => parsedDoc([`
  Japan Japan PROPN NNP 3 nsubj
  has have AUX VBZ 3 aux
  ${pledge} ${pledgeLemma} VERB VBN 0 root
  to to PART TO 5 mark
  ${verb} ${lemma} VERB VB 3 xcomp
  the the DET DT 7 det
  ${object} ${object} NOUN NN 5 obj
  . . PUNCT . 3 punct`], { actors: [country([0, 1], 'JPN')] });

describe('hostile pledges table', () => {
  it('reads pledge and act rows and refuses others (E170)', () => {
    const table = parseHostilePledges('# c\npledge\tvow\nact\tREJECT\n', 'x.tsv');
    expect([table.pledges.has('vow'), table.acts.has('REJECT')]).toEqual([true, true]);
    expect(() => parseHostilePledges('verb\tvow\n', 'x.tsv')).toThrow(/x\.tsv: line 1/);
  });
});

describe('issue-12: hostile acts inside a pledge', () => {
  // BBC training gold: "The Lib Dems have pledged to oppose the bill when it is debated next Monday" is REJECT.
  it.each([
    { pledge: 'pledged', pledgeLemma: 'pledge', verb: 'oppose', lemma: 'oppose', object: 'bill' },
    // "vowed to veto the increase" is a threat since session 42 (threatening-act), tested below.
    { pledge: 'vowed', pledgeLemma: 'vow', verb: 'reject', lemma: 'reject', object: 'increase' },
    // "Kiev has sworn to refuse the Russian ultimatum": the pledge verb's own type (not AGREE) is turned down too.
    { pledge: 'sworn', pledgeLemma: 'swear', verb: 'refuse', lemma: 'refuse', object: 'ultimatum' },
  ])('codes "$pledge to $verb the $object" as the refusal pledged, not an intent to cooperate', ({ pledge, pledgeLemma, verb, lemma, object }) => {
    const events = codeEvents(pledged(pledge, pledgeLemma, verb, lemma, object), lexicon).events;
    expect(events.map((e) => [e.event, e.actors.map((a) => a.code)])).toEqual([['REJECT', ['JPN']]]);
  });

  // Session 42, ev-wire: "Reagan has repeatedly vowed to veto any tax increase" (training wire gold: THREATEN).
  it('codes a pledged veto as a threat (threatening-act), still one event, not an intent to cooperate', () => {
    const events = codeEvents(pledged('vowed', 'vow', 'veto', 'veto', 'increase'), lexicon).events;
    expect(events.map((e) => [e.event, e.actors.map((a) => a.code)])).toEqual([['THREATEN', ['JPN']]]);
  });

  it('still codes a pledge to cooperate or change as an intent (AGREE)', () => {
    const events = codeEvents(pledged('promised', 'promise', 'scrap', 'scrap', 'tax'), lexicon).events;
    expect(events.map((e) => e.event)).toEqual(['AGREE']);
  });

  it('codes a pledge not to do a hostile act as the pledge to cooperate (AGREE), not the act', () => {
    // "China promised not to veto the resolution."
    const doc = parsedDoc([`
      China China PROPN NNP 2 nsubj
      promised promise VERB VBD 0 root
      not not PART RB 5 advmod
      to to PART TO 5 mark
      veto veto VERB VB 2 xcomp
      the the DET DT 7 det
      resolution resolution NOUN NN 5 obj
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'CHN')] });
    expect(codeEvents(doc, lexicon).events.map((e) => e.event)).toEqual(['AGREE']);
  });
});


describe('issue-12: the pledge is dropped only once its act is coded (review of session 40)', () => {
  // "Japan has pledged to oppose the bill": the pledge (token 2) and its act (token 4).
  const doc = pledged('pledged', 'pledge', 'oppose', 'oppose', 'bill');
  const tree = buildTree(doc, lexicon.forms);
  const at = (token: number) => ({ trigger: { start: 0, end: 0, tokens: [token, token + 1] } }) as unknown as CodedEvent;
  const eventOf = (v: number) => (v === 4 ? 'REJECT' : 'AGREE');

  it('drops the pledge when the act it pledges is among the events', () => {
    expect(actedPledges(tree, packOf(doc), [at(2), at(4)], 0, eventOf)).toEqual([0]);
  });

  it('keeps the pledge when its act was turned down ("The Tories pledged to fight the plans" is no longer nothing)', () => {
    expect(actedPledges(tree, packOf(doc), [at(2)], 0, eventOf)).toEqual([]);
  });

  it('keeps a pledge whose act is no hostile one, coded or not', () => {
    expect(actedPledges(tree, packOf(doc), [at(2), at(4)], 0, () => 'AGREE')).toEqual([]);
  });
});

describe('a pledged attack is a threat (review of ev-pledge, session 41)', () => {
  it('codes "vowed to retaliate against X" as THREATEN, not the pledge\'s AGREE', () => {
    // "Japan vowed to retaliate against China."
    const doc = parsedDoc([`
      Japan Japan PROPN NNP 2 nsubj
      vowed vow VERB VBD 0 root
      to to PART TO 4 mark
      retaliate retaliate VERB VB 2 xcomp
      against against ADP IN 6 case
      China China PROPN NNP 4 obl
      . . PUNCT . 2 punct`], { actors: [country([0, 1], 'JPN'), country([5, 6], 'CHN')] });
    const events = codeEvents(doc, lexicon).events;
    expect(events.map((e) => [e.event, e.actors.map((a) => a.code), e.recipients.map((a) => a.code)])).toEqual([['THREATEN', ['JPN'], ['CHN']]]);
  });
});

describe('a pledged attack in words is criticism, not a threat of force (session 42)', () => {
  // "The Tories vowed to attack Labour's record on crime" (probe): CAMEO's VOW "* ATTACK" read it as THREATEN 138.
  it.each([
    { pledge: 'vowed', pledgeLemma: 'vow', object: 'record' },
    { pledge: 'pledged', pledgeLemma: 'pledge', object: 'plan' },
  ])('codes "$pledge to attack the $object" as a future ACCUSE of the pledger', ({ pledge, pledgeLemma, object }) => {
    const events = codeEvents(pledged(pledge, pledgeLemma, 'attack', 'attack', object), lexicon).events;
    expect(events.map((e) => [e.event, e.actors.map((a) => a.code), e.future])).toEqual([['ACCUSE', ['JPN'], true]]);
  });

  // Session 42 review: the ACCUSE row once took every ACCUSE infinitive ("Donald Trump vowed to sue the New York Times"
  // was a future lawsuit, "vowed to blame Pakistan for any attack" CAMEO's 1124); it is limited to attacks in words.
  it('leaves a pledge to sue or to blame to the pledge verb\'s own reading, not a future ACCUSE', () => {
    for (const [verb, object] of [['sue', 'newspaper'], ['blame', 'government']] as const) {
      const events = codeEvents(pledged('vowed', 'vow', verb, verb, object), lexicon).events;
      expect(events.map((e) => e.event)).not.toContain('ACCUSE');
    }
  });

  it('reads an act row\'s verb list and limits the pledged act to it (E170 for a list on a pledge row)', () => {
    const table = parseHostilePledges('pledge\tvow\nact\tACCUSE\tattack,clash\n', 'x.tsv');
    expect([...(table.actVerbs.get('ACCUSE') ?? [])]).toEqual(['attack', 'clash']);
    expect(() => parseHostilePledges('pledge\tvow\tswear\n', 'x.tsv')).toThrow(/x\.tsv: line 1/);
    const doc = pledged('vowed', 'vow', 'sue', 'sue', 'newspaper');
    expect(pledgeOf(buildTree(doc), packOf(doc), 4, 'ACCUSE', table)).toBeUndefined();
    const attack = pledged('vowed', 'vow', 'attack', 'attack', 'record');
    expect(pledgeOf(buildTree(attack), packOf(attack), 4, 'ACCUSE', table)).toBe(2);
  });

  it('keeps a pledged attack on a place a threat of force', () => {
    // "Japan has vowed to attack the base": no rivalry sense, the act stays force and the pledge a threat.
    const events = codeEvents(pledged('vowed', 'vow', 'attack', 'attack', 'base'), lexicon).events;
    expect(events.map((e) => e.event)).toEqual(['THREATEN']);
  });
});
