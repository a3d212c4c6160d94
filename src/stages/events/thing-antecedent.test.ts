import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// Sentences from the training gold (reuters-20865, reuters-12848) and made-up ones through the real pipeline up to the
// layers events read: the relative pronoun's antecedent is what rolesOf reads (roles.ts, isThingAntecedent).

/** The events coded from `trigger`, as "EVENT actor->recipient". */
const coded = (text: string, trigger: string): string[] => codedAt(text, trigger, '1987-04-01');

describe('"which" or "that" for a thing takes no actor from the thing\'s modifiers', () => {
  it.each([
    ['The legislation was prompted by a growing U.S. trade deficit that hit 156 billion dlrs last year and is still rising.', 'hit'],
    ['The meetings will also assess the success of the Baker debt initiative, which called for new funding to help debtor countries grow out of their problems.', 'called'],
  ])('"%s"', (text, trigger) => {
    expect(coded(text, trigger)).toEqual([]);
  });

  it.each([
    // An owned thing is its owner's doing.
    ["The Soviet Union's proposal, which calls for talks with Washington on missiles, was welcomed in Bonn.", 'calls', 'AGREE SUN->USA'],
    ["Britain's plan, which rejects the French demand for new tariffs, was published on Monday.", 'rejects', 'REJECT GBR->FRA'],
    // An antecedent that is an actor's mention acts itself.
    ['Iraq, which attacked Iranian oil platforms on Monday, said it would continue.', 'attacked', 'ASSAULT IRQ->IRN'],
    ['The Iranian troops which attacked the Qutaiba front were annihilated, the communique said.', 'attacked', 'ASSAULT IRN->'],
  ])('keeps the actor in "%s"', (text, trigger, expected) => {
    expect(coded(text, trigger)).toEqual([expected]);
  });

  // Review b, finding 3: a body named by an agentive common noun ("the militia", "the alliance") acts, though no
  // mention sits on the noun itself; its side comes from the noun's own qualifiers, never from the clause's parties.
  it('a body named by an agentive noun acts through "which": "the Iranian militia, which attacked U.S. troops"', () => {
    expect(coded('Officials blamed the Iranian militia, which attacked U.S. troops in Syria on Monday.', 'attacked')).toEqual(['ASSAULT IRN->USA']);
  });

  it('takes no doer from the relative clause\'s own phrases: "the Western alliance, which accused Russia" is no act of Russia\'s', () => {
    expect(coded('The Western alliance, which accused Russia of aggression, met in Brussels.', 'accused').filter((e) => e.startsWith('ACCUSE RUS'))).toEqual([]);
  });
});
