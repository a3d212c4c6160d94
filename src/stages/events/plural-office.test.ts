import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/document.js';
import { defaultPipeline } from '../../pipeline.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import type { EventParticipant } from './types.js';

// Counterparts, advisers and envoys "of" or "from" several countries hold one office each, as the plural titles of
// rule-words `plural-office` do: a meeting or call with them is one with each country (the training readouts gold codes
// one item per country; #12, session 54 ev-parties). Real parses through the default pipeline.
const pipeline = defaultPipeline({ layers: ['events'] });
const lexicon = loadLexicon();

const party = (p: EventParticipant): string => p.code ?? '';

/** The consultations coded on the word `trigger`, each as its sorted parties "A+B". */
function consultedOn(text: string, trigger: string): string[] {
  const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2022-01-04' } })) as Parameters<typeof codeEvents>[0], lexicon);
  return coded.events.filter((e) => e.event === 'CONSULT' && text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => [...e.actors, ...e.recipients].map(party).sort().join('+'));
}

describe('partners named by a plural office other than a title (#12)', () => {
  it.each([
    ['U.S. National Security Advisor Jake Sullivan spoke today with his counterparts from the five Nordic countries.', 'spoke',
      ['DNK+USA', 'FIN+USA', 'ISL+USA', 'NOR+USA', 'SWE+USA']],
    ['U.S. National Security Advisor Jake Sullivan met today with his counterparts from France and Germany.', 'met', ['FRA+USA', 'DEU+USA']],
    ['U.S. National Security Advisor Jake Sullivan met with the national security advisors of Japan and South Korea.', 'met with',
      ['JPN+USA', 'KOR+USA']],
  ])('issue-12: one consultation with each country (%s)', (text, trigger, expected) => {
    expect(consultedOn(text, trigger)).toEqual(expected);
  });

  it('issue-12: a counterpart of one country is one consultation', () => {
    expect(consultedOn('U.S. National Security Advisor Jake Sullivan met today with his counterpart from France.', 'met')).toEqual(['FRA+USA']);
  });
});

/** The consultations coded on the word `trigger`, each as "actors>recipients". */
function directedOn(text: string, trigger: string): string[] {
  const coded = codeEvents(pipeline.run(makeDoc({ text, meta: { date: '2023-08-24' } })) as Parameters<typeof codeEvents>[0], lexicon);
  return coded.events.filter((e) => e.event === 'CONSULT' && text.slice(e.trigger.start, e.trigger.end) === trigger)
    .map((e) => `${e.actors.map(party).join('+')}>${e.recipients.map(party).join('+')}`);
}

describe('a hosting with guests named by a plural office (#12)', () => {
  it('issue-12: one visit with each guest, the host its actor (not merged back as coordinated acts)', () => {
    const text = 'U.S. National Security Advisor Jake Sullivan convened the Quint national security advisors of France, Germany, Italy, and the United Kingdom at the White House today.';
    expect(directedOn(text, 'convened')).toEqual(['USA>FRA', 'USA>DEU', 'USA>ITA', 'USA>GBR']);
  });

  it('issue-12: the advisers of one country are one visit', () => {
    expect(directedOn('U.S. National Security Advisor Jake Sullivan convened the national security advisors of France at the White House today.', 'convened'))
      .toEqual(['USA>FRA']);
  });
});
