import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { discourse } from './index.js';
import { parseSingleTitles, titledLater } from './titled-later.js';
import { viewOf } from './view.js';

/** "Michael Howard attacked the plans. The Tory leader said he would vote. Mr Howard spoke." */
const SENTENCES = [`
  Michael Michael PROPN NNP 2 compound
  Howard Howard PROPN NNP 3 nsubj
  attacked attack VERB VBD 0 root
  the the DET DT 5 det
  plans plan NOUN NNS 3 obj
  . . PUNCT . 3 punct`, `
  The the DET DT 3 det
  Tory Tory PROPN NNP 3 compound
  leader leader NOUN NN 4 nsubj
  said say VERB VBD 0 root
  he he PRON PRP 7 nsubj
  would would AUX MD 7 aux
  vote vote VERB VB 4 ccomp
  . . PUNCT . 4 punct`, `
  Mr Mr PROPN NNP 2 compound
  Howard Howard PROPN NNP 3 nsubj
  spoke speak VERB VBD 0 root
  . . PUNCT . 3 punct`];

const HOWARD: ActorSpec = { sent: 0, tokens: [0, 2], id: 'local:1', name: 'Michael Howard', kind: 'person' };
const TORY_LEADER: ActorSpec = { sent: 1, tokens: [0, 3], id: 'tory-party', name: 'Conservative Party', code: 'GBR', sector: 'OPP', kind: 'org' };
const MR_HOWARD: ActorSpec = { sent: 2, tokens: [0, 2], id: 'local:1', name: 'Michael Howard', kind: 'person' };

const coded = (actors: readonly ActorSpec[]) => {
  const d = parsedDoc(SENTENCES, { actors });
  return titledLater(viewOf(d), d.layers.actors ?? []).map((m) => [d.text.slice(m.start, m.end), m.code, m.sector]);
};

/** "<A B> <verb> <C D> . The <X> leader said ." with people at [0, 2] and [3, 5] of the first sentence. */
const twoPeople = (first: string, verb: string, second: string, title: string) => [`
  ${first.split(' ')[0]} x PROPN NNP 2 compound
  ${first.split(' ')[1]} x PROPN NNP 3 nsubj
  ${verb} x VERB VBD 0 root
  ${second.split(' ')[0]} x PROPN NNP 5 compound
  ${second.split(' ')[1]} x PROPN NNP 3 obj
  . . PUNCT . 3 punct`, `
  The the DET DT 3 det
  ${title} x PROPN NNP 3 compound
  leader leader NOUN NN 4 nsubj
  said say VERB VBD 0 root
  . . PUNCT . 4 punct`];

const codedIn = (sentences: readonly string[], actors: readonly ActorSpec[]) => {
  const d = parsedDoc(sentences, { actors });
  return titledLater(viewOf(d), d.layers.actors ?? []).map((m) => [d.text.slice(m.start, m.end), m.code, m.sector]);
};

describe('titledLater', () => {
  const first = (name: string, extra: Partial<ActorSpec> = {}): ActorSpec => ({ sent: 0, tokens: [0, 2], id: 'local:1', name, kind: 'person', ...extra });
  const second = (name: string, extra: Partial<ActorSpec> = {}): ActorSpec => ({ sent: 0, tokens: [3, 5], id: 'local:2', name, kind: 'person', ...extra });

  it('leaves a title unread when two people the knowledge base lacks are named before it', () => {
    const title = { ...TORY_LEADER, sent: 1 };
    expect(codedIn(twoPeople('Mahmoud Zahar', 'met', 'Michael Howard', 'Tory'), [first('Mahmoud Zahar'), second('Michael Howard'), title])).toEqual([]);
    expect(codedIn(twoPeople('Charles Kennedy', 'attacked', 'Michael Howard', 'Tory'), [first('Charles Kennedy'), second('Michael Howard'), title])).toEqual([]);
  });

  it('reads a title only from a party or body, not a country ("the Soviet leader")', () => {
    const soviet: ActorSpec = { sent: 1, tokens: [0, 3], id: 'sun', name: 'Soviet Union (GOV)', code: 'SUN', sector: 'GOV', kind: 'country' };
    const sentences = [twoPeople('Farouk Kaddoumi', 'met', 'Michael Howard', 'Soviet')[0] ?? '', twoPeople('', '', '', 'Soviet')[1] ?? ''];
    expect(codedIn(sentences, [first('Farouk Kaddoumi'), soviet])).toEqual([]);
  });

  it('leaves the title to a person of its country named before ("Tony Blair met Michael Howard. The Labour leader")', () => {
    const blair = first('Tony Blair', { id: 'blair', code: 'GBR', sector: 'GOV' });
    const labourLeader: ActorSpec = { ...TORY_LEADER, id: 'labour-party', name: 'Labour Party', sector: 'PTY' };
    expect(codedIn(twoPeople('Tony Blair', 'met', 'Michael Howard', 'Labour'), [blair, second('Michael Howard'), labourLeader])).toEqual([]);
  });

  it('rejects a line of the titles file that is not one lower-case word (E170)', () => {
    expect(() => parseSingleTitles('# titles\nleader\nTory leader\n', 't.txt')).toThrow(/E170|line 3/);
  });

  it('gives a person the knowledge base lacks the code of the title the story calls them by next, on every mention', () => {
    expect(coded([HOWARD, TORY_LEADER, MR_HOWARD])).toEqual([['Michael Howard', 'GBR', 'OPP'], ['Mr Howard', 'GBR', 'OPP']]);
  });

  it('leaves the title to a person named before who holds it already', () => {
    const known: ActorSpec = { ...HOWARD, id: 'local:2', name: 'Tory leader Iain Smith', code: 'GBR', sector: 'OPP' };
    expect(coded([{ ...known, tokens: [3, 4] }, HOWARD, TORY_LEADER, MR_HOWARD])).toEqual([]);
  });

  it('reads only a definite title of one person, not a plural or an indefinite one', () => {
    expect(coded([HOWARD, { ...TORY_LEADER, tokens: [1, 3] }, MR_HOWARD])).toEqual([]);
  });

  it('lets "he" after the title take the code in the discourse stage', () => {
    const d = parsedDoc(SENTENCES, { actors: [HOWARD, TORY_LEADER, MR_HOWARD] });
    const layer = discourse().run({ ...d, layers: { ...d.layers, places: [] } }, { report: () => undefined });
    expect(layer.mentions.find((m) => d.text.slice(m.start, m.end) === 'he')?.code).toBe('GBR');
  });
});
