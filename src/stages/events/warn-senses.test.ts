import { describe, expect, it } from 'vitest';
import { verbMatch as match } from '../../../test/support/verb-match.js';
import { parseWarnSenses } from './warn-senses.js';

describe('warn senses table', () => {
  it('reads sense rows, "-" for no words', () => {
    const table = parseWarnSenses('# c\nsense\twarn\tthreat\twalkout,stoppage\t130\tnote\nsense\twarn\twarned\t-\t111\tnote\n', 'x.tsv');
    expect([...table.get('warn')![0].words]).toEqual(['walkout', 'stoppage']);
    expect(table.get('warn')![1]).toMatchObject({ requirement: 'warn-warned', code: '111' });
    expect(table.get('warn')![1].words.size).toBe(0);
  });

  it('refuses a row of an unknown requirement (E170)', () => {
    expect(() => parseWarnSenses('sense\twarn\tforecast\t-\t111\tnote\n', 'x.tsv')).toThrow(/x\.tsv: line 1/);
  });
});

// What a warning warns of decides it (warn-senses.tsv; #12).
describe('warnings (#12)', () => {
  it('a warning that blames the party warned is criticism (ACCUSE)', () => {
    // "The Liberal Democrats have warned Labour and the Tories they were in danger of pandering to prejudice",
    // the clause split off as a conjunct of the warning.
    const warned = match(`
      Democrats Democrat PROPN NNPS 3 nsubj
      have have AUX VBP 3 aux
      warned warn VERB VBN 0 root
      Labour Labour PROPN NNP 3 obj
      they they PRON PRP 8 nsubj
      were be AUX VBD 8 cop
      in in ADP IN 8 case
      danger danger NOUN NN 3 conj`, 2, [0, 3]);
    expect(warned?.code).toBe('111');
  });

  it('a warning of a strike or a response to come is a threat, even with no party named in it or a party warned', () => {
    // "Mark Serwotka warned there could be further walkouts unless there was a government rethink" (the PCS leader: LAB)
    const walkouts = match(`
      Serwotka Serwotka PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      there there PRON EX 5 expl
      could could AUX MD 5 aux
      be be VERB VB 2 ccomp
      walkouts walkouts NOUN NNS 5 nsubj`, 1, [0]);
    expect(walkouts?.code).toBe('130');
    // "Japan warned the United States they may face retaliatory measures": a response named stays a threat.
    const measures = match(`
      Japan Japan PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      States States PROPN NNP 2 obj
      they they PRON PRP 6 nsubj
      may may AUX MD 6 aux
      face face VERB VB 2 ccomp
      retaliatory retaliatory ADJ JJ 8 amod
      measures measure NOUN NNS 6 obj`, 1, [0, 2]);
    expect(measures?.code).toBe('130');
  });

  it("a minister's or a government's warning of walkouts forecasts others' strikes: no threat", () => {
    // "The British health minister warned that further walkouts would hurt patients."
    const minister = match(`
      minister minister NOUN NN 2 nsubj
      warned warn VERB VBD 0 root
      that that SCONJ IN 6 mark
      further further ADJ JJ 5 amod
      walkouts walkout NOUN NNS 6 nsubj
      hurt hurt VERB VB 2 ccomp
      patients patient NOUN NNS 6 obj`, 1, [0], { 0: 'GOV' });
    expect(minister?.code).not.toBe('130');
    // "The union warned that further walkouts would hurt patients": the union's own strike to come, its sector or not.
    const union = match(`
      union union NOUN NN 2 nsubj
      warned warn VERB VBD 0 root
      that that SCONJ IN 6 mark
      further further ADJ JJ 5 amod
      walkouts walkout NOUN NNS 6 nsubj
      hurt hurt VERB VB 2 ccomp
      patients patient NOUN NNS 6 obj`, 1, [0], { 0: 'NGO' });
    expect(union?.code).toBe('130');
  });

  it("a pronoun of the warned party ready to act is the speaker's threat, not criticism", () => {
    // "Japan warned the United States it was ready to retaliate."
    const ready = match(`
      Japan Japan PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      States States PROPN NNP 2 obj
      it it PRON PRP 6 nsubj
      was be AUX VBD 6 cop
      ready ready ADJ JJ 2 ccomp
      to to PART TO 8 mark
      retaliate retaliate VERB VB 6 xcomp`, 1, [0, 2]);
    expect(ready?.code).not.toBe('111');
  });

  it('a pronoun of the warned party with a modal and an act is a threat of the speaker, not criticism', () => {
    // "President Putin warned Chancellor Scholz he would respond to any deployment of missiles in Germany."
    const respond = match(`
      Putin Putin PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      Scholz Scholz PROPN NNP 2 obj
      he he PRON PRP 6 nsubj
      would would AUX MD 6 aux
      respond respond VERB VB 2 ccomp`, 1, [0, 2]);
    expect(respond?.code).not.toBe('111');
    // "... warned Argentina it was making a serious mistake": what the warned party is doing is criticism.
    const mistake = match(`
      Britain Britain PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      Argentina Argentina PROPN NNP 2 obj
      it it PRON PRP 6 nsubj
      was be AUX VBD 6 aux
      making make VERB VBG 2 ccomp
      a a DET DT 8 det
      mistake mistake NOUN NN 6 obj`, 1, [0, 2]);
    expect(mistake?.code).toBe('111');
  });

  it('a walkout by others or a past one is no threat of the speaker; one to come with "there" is', () => {
    // "David Blunkett warned that stoppages by prison officers would endanger the public."
    const others = match(`
      Blunkett Blunkett PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      that that SCONJ IN 9 mark
      stoppages stoppage NOUN NNS 9 nsubj
      by by ADP IN 7 case
      prison prison NOUN NN 7 compound
      officers officer NOUN NNS 4 nmod
      would would AUX MD 9 aux
      endanger endanger VERB VB 2 ccomp
      public public NOUN NN 9 obj`, 1, [0]);
    expect(others?.code).not.toBe('130');
    // "Gordon Brown warned that last year's walkouts had cost the economy millions"
    const past = match(`
      Brown Brown PROPN NNP 2 nsubj
      warned warn VERB VBD 0 root
      that that SCONJ IN 6 mark
      walkouts walkouts NOUN NNS 6 nsubj
      had have AUX VBD 6 aux
      cost cost VERB VBN 2 ccomp
      economy economy NOUN NN 6 obj`, 1, [0]);
    expect(past?.code).not.toBe('130');
    // "The union warned the government there could be walkouts", the clause split off with only "there" as subject.
    const coming = match(`
      union union NOUN NN 2 nsubj
      warned warn VERB VBD 0 root
      government government NOUN NN 2 obj
      there there PRON EX 6 expl
      could could AUX MD 6 aux
      be be VERB VB 2 parataxis
      walkouts walkouts NOUN NNS 6 obj`, 1, [0, 2]);
    expect(coming?.code).toBe('130');
  });
});


// Review of session 40 (#12): a clause judging the warned party's conduct is criticism; one naming strikes to come is not.
describe('warned party: conduct judged versus strikes to come', () => {
  const kiev = (verb: string, lemma: string, rest: string) => `
    The the DET DT 2 det
    Kremlin Kremlin PROPN NNP 3 nsubj
    warned warn VERB VBD 0 root
    Kiev Kiev PROPN NNP 3 iobj
    it it PRON PRP 7 nsubj
    was be AUX VBD 7 aux
    ${verb} ${lemma} VERB VBG 3 ccomp
    ${rest}`;

  it('"The Kremlin warned Kiev it was playing with fire" is ACCUSE', () => {
    expect(match(kiev('playing', 'play', `with with ADP IN 9 case
    fire fire NOUN NN 7 obl`), 2, [1, 3])?.code).toBe('111');
  });

  it('"The Kremlin warned Kiev it was preparing new strikes" stays a threat: strikes to come are no judgement', () => {
    expect(match(kiev('preparing', 'prepare', `new new ADJ JJ 9 amod
    strikes strike NOUN NNS 7 obj`), 2, [1, 3])?.code).not.toBe('111');
  });
});
