import { describe, expect, it } from 'vitest';
import { codedAt } from '../../../test/support/coded-triggers.js';

// "the mission" after "A technical team from the imf" is the IMF's (training gold reuters-19476): an intergovernmental
// body sends a mission, and news names it after that by its kind alone (discourse/data/description-nouns.tsv).
const IMF_TEAM = "Caracas, june 19 - venezuela may turn to the international monetary fund for credits as part of the country's overall effort to reestablish financial flows from abroad, finance minister manuel azpurua said today.\n\n\"this is no secret. It's just one of the steps the executive has begun taking to reestablish financial flows to the country,\" azpurua told reporters at the finance ministry.\n\nHe did not specify what types of loans venezuela would seek from the fund or the amounts involved.\n\nA technical team from the imf is currently in caracas gathering data for its annual report on the venezuelan economy, the finance minstry said. Members of the mission met today with officials from the ministry's public finance department.";

describe('a mission described by its kind is the intergovernmental body named before', () => {
  it('issue-12: reuters-19476 "Members of the mission met … officials from the ministry" is an IMF meeting with Venezuela', () => {
    expect(codedAt(IMF_TEAM, 'met', '1987-06-19')).toEqual(['CONSULT IGO+VEN->']);
  });

  it('leaves a mission after a state body unread as any body', () => {
    // A trade mission of a country is no IGO's: the description reads only an intergovernmental body.
    const text = 'TAIPEI, March 3 - The Chinese National Federation of Industries sent a buying mission to Washington. '
      + 'The mission met U.S. officials on Monday.';
    expect(codedAt(text, 'met', '1987-03-03', { uncoded: true }).join(' ')).not.toContain('IGO');
  });
});
