import { describe, expect, it } from 'vitest';
import { languagePack } from '../../lang/pack.js';
import { tokenize } from '../tokens/tokenize.js';
import { acronymBodies } from './acronym-body.js';
import type { ActorMention } from './types.js';
import { wordsOf } from './words.js';

/**
 * The bodies the reader adds to one sentence's tokens, given the words the tagger calls verbs, the acronyms it calls
 * organisations and a person mention over `person` when given: each as [text, code, sector].
 */
function bodiesOf(text: string, verbs: readonly string[], orgs: readonly string[], person?: string): [string, string | undefined, string | undefined][] {
  const tokens = tokenize(text, [{ start: 0, end: text.length }]);
  const words = wordsOf(text, tokens);
  const texts = tokens.map((t) => text.slice(t.start, t.end));
  const upos = texts.map((w) => (verbs.includes(w) ? 'VERB' : 'NOUN'));
  const org = texts.map((w) => orgs.includes(w));
  const mentions: ActorMention[] = [];
  if (person) {
    const first = texts.indexOf(person.split(' ')[0] ?? '');
    const last = first + person.split(' ').length;
    mentions.push({ start: tokens[first]?.start ?? 0, end: tokens[last - 1]?.end ?? 0, tokens: [first, last], actorId: 'local:1', name: person, kind: 'person', reasons: [], why: '' });
  }
  return acronymBodies(words, tokens, mentions, { upos, org }, languagePack('en'))
    .filter((m) => m.reasons[0]?.rule === 'actors/acronym-used-as-body')
    .map((m) => [text.slice(m.start, m.end), m.code, m.sector]);
}

describe('acronyms used as bodies', () => {
  it('makes a body of an unknown acronym that is a verb\'s subject, with every later use of its letters, no code', () => {
    expect(bodiesOf('The RAC welcomed the decision and motorists told the RAC so.', ['welcomed', 'told'], ['RAC'])).toEqual([
      ['RAC', undefined, undefined],
      ['RAC', undefined, undefined],
    ]);
  });

  it('makes a body of the acronym before an officer\'s title and a person', () => {
    expect(bodiesOf('NUM leader Arthur Scargill criticised the plan.', ['criticised'], ['NUM'], 'Arthur Scargill')).toEqual([['NUM', undefined, undefined]]);
    expect(bodiesOf('NUM leader Arthur Scargill criticised the plan.', ['criticised'], ['NUM'])).toEqual([]);
  });

  it('makes no body of letters that are no subject, that the tagger calls no organisation, dotted, inside a longer name, or called the press', () => {
    expect(bodiesOf('Talks on the RAC report resumed.', ['resumed'], ['RAC'])).toEqual([]);
    expect(bodiesOf('The GDP rose by two percent.', ['rose'], [])).toEqual([]);
    expect(bodiesOf('The U.N. welcomed the decision.', ['welcomed'], ['U.N.'])).toEqual([]);
    expect(bodiesOf('The Ford UAW agreed.', ['agreed'], ['UAW'])).toEqual([]);
    expect(bodiesOf('IRNA said Iran captured the posts, the IRNA news agency added.', ['said', 'captured', 'added'], ['IRNA'])).toEqual([]);
  });
});
