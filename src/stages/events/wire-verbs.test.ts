import { describe, expect, it } from 'vitest';
import { verbMatch as match } from '../../../test/support/verb-match.js';


describe('wire verb senses (#12)', () => {
  it('a preference for one\'s own course backs no one; preferring a thing keeps CAMEO\'s support', () => {
    // "Kohl would have preferred to offer the post"
    const offer = match(`
      Kohl Kohl PROPN NNP 4 nsubj
      would would AUX MD 4 aux
      have have AUX VB 4 aux
      preferred prefer VERB VBN 0 root
      to to PART TO 6 mark
      offer offer VERB VB 4 xcomp
      post post NOUN NN 6 obj`, 3, [0]);
    expect(offer?.code).toBe('---');
    // "he has preferred to be less definite"
    const definite = match(`
      he he PRON PRP 3 nsubj
      has have AUX VBZ 3 aux
      preferred prefer VERB VBN 0 root
      to to PART TO 6 mark
      be be AUX VB 6 cop
      definite definite ADJ JJ 3 advcl`, 2, [0]);
    expect(definite?.code).toBe('---');
    // "investors prefer entering into joint ventures"
    const entering = match(`
      investors investor NOUN NNS 2 nsubj
      prefer prefer VERB VBP 0 root
      entering enter VERB VBG 2 xcomp
      into into ADP IN 5 case
      ventures venture NOUN NNS 3 obl`, 1, [0]);
    expect(entering?.code).toBe('---');
    // "they preferred a free rubber market"
    const market = match(`
      they they PRON PRP 2 nsubj
      preferred prefer VERB VBD 0 root
      market market NOUN NN 2 obj`, 1, [0]);
    expect(market?.code).toBe('051');
  });

  it('workers and unions that strike stop work (PROTEST 143); forces that strike attack', () => {
    // "The United Auto Workers struck General Motors Corp's plants"
    const workers = match(`
      Workers worker NOUN NNS 2 nsubj
      struck strike VERB VBD 0 root
      plants plant NOUN NNS 2 obj`, 1, [0]);
    expect(workers?.code).toBe('143');
    const union = match(`
      union union NOUN NN 2 nsubj
      struck strike VERB VBD 0 root
      CBS CBS PROPN NNP 2 obj`, 1, [0]);
    expect(union?.code).toBe('143');
    // "U.S. forces struck an Iranian oil platform"
    const forces = match(`
      forces force NOUN NNS 2 nsubj
      struck strike VERB VBD 0 root
      platform platform NOUN NN 2 obj`, 1, [0]);
    expect(forces?.code).toMatch(/^19/);
  });

  it('ministers who end their talks have met (CONSULT 040); talks broken off are not that', () => {
    // "EC ministers ended talks this morning"
    const ended = match(`
      ministers minister NOUN NNS 2 nsubj
      ended end VERB VBD 0 root
      talks talk NOUN NNS 2 obj`, 1, [0]);
    expect(ended?.code).toBe('040');
    // "the United States broke off talks with Nicaragua": CAMEO's own break-off codes stay.
    const broke = match(`
      States States PROPN NNP 2 nsubj
      broke break VERB VBD 0 root
      off off ADP RP 2 compound:prt
      talks talk NOUN NNS 2 obj`, 1, [0]);
    expect(broke?.code).not.toBe('040');
  });

  it('a company agreeing to buy or be bought is the market; a country agreeing to act keeps AGREE', () => {
    // "it has agreed to acquire Jefferson Savings and Loan Association"
    const acquire = match(`
      it it PRON PRP 3 nsubj
      has have AUX VBZ 3 aux
      agreed agree VERB VBN 0 root
      to to PART TO 5 mark
      acquire acquire VERB VB 3 xcomp
      Association Association PROPN NNP 5 obj`, 2, [0]);
    expect(acquire?.code).toBe('---');
    // "Japan agreed to amend its laws"
    const amend = match(`
      Japan Japan PROPN NNP 2 nsubj
      agreed agree VERB VBD 0 root
      to to PART TO 4 mark
      amend amend VERB VB 2 xcomp
      laws law NOUN NNS 4 obj`, 1, [0]);
    expect(amend?.code).toBe('030');
  });
});
