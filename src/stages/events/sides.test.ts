import { describe, expect, it } from 'vitest';
import { parsedDoc, type ActorSpec } from '../../../test/support/parsed-doc.js';
import { codeEvents } from './code-events.js';
import { loadLexicon } from './lexicon.js';
import { isOtherSide, isRivalBody, parseRivalSectors, type KindOf } from './sides.js';

describe('isOtherSide', () => {
  it('counts different codes as different sides and an uncoded party as no side', () => {
    expect(isOtherSide({ code: 'IRQ', sector: 'GOV' }, { code: 'IRN', sector: 'GOV' })).toBe(true);
    expect(isOtherSide({ code: 'IRQ' }, {})).toBe(false);
    expect(isOtherSide(undefined, { code: 'IRN' })).toBe(false);
  });

  it('counts rival sectors of one country as different sides, both ways ("the Tories accused the government")', () => {
    expect(isOtherSide({ code: 'GBR', sector: 'OPP' }, { code: 'GBR', sector: 'GOV' })).toBe(true);
    expect(isOtherSide({ code: 'GBR', sector: 'GOV' }, { code: 'GBR', sector: 'OPP' })).toBe(true);
    expect(isOtherSide({ code: 'USA', sector: 'GOV' }, { code: 'USA', sector: 'LEG' })).toBe(true);
    expect(isOtherSide({ code: 'COL', sector: 'GOV' }, { code: 'COL', sector: 'REB' })).toBe(true);
    expect(isOtherSide({ code: 'IRQ', sector: 'INS' }, { code: 'IRQ', sector: 'MIL' })).toBe(true);
    expect(isOtherSide({ code: 'PAK', sector: 'GOV' }, { code: 'PAK', sector: 'JUD' })).toBe(true);
  });

  it('keeps one side for the same sector, a sector not paired with it, or a missing sector', () => {
    expect(isOtherSide({ code: 'GBR', sector: 'GOV' }, { code: 'GBR', sector: 'GOV' })).toBe(false);
    expect(isOtherSide({ code: 'RUS', sector: 'GOV' }, { code: 'RUS', sector: 'MIL' })).toBe(false);
    expect(isOtherSide({ code: 'GBR', sector: 'OPP' }, { code: 'GBR' })).toBe(false);
  });
});

describe('isOtherSide between bodies of one sector', () => {
  const tories = { code: 'GBR', sector: 'OPP', actorId: 'conservative-party', name: 'Conservative Party' };
  const libDems = { code: 'GBR', sector: 'OPP', actorId: 'liberal-democrats', name: 'Liberal Democrats' };

  it('counts two different opposition parties of the knowledge base as rivals ("the Tories attacked the Lib Dems\' plans")', () => {
    expect(isOtherSide(tories, libDems)).toBe(true);
    expect(isRivalBody(libDems, tories)).toBe(true);
  });

  it('counts two unions, or two pressure groups, as rivals', () => {
    const unison = { code: 'GBR', sector: 'LAB', actorId: 'unison', name: 'Unison' };
    const nut = { code: 'GBR', sector: 'LAB', actorId: 'national-union-of-teachers', name: 'National Union of Teachers' };
    expect(isOtherSide(unison, nut)).toBe(true);
  });

  it('keeps one side for the same body, a person or a common noun of the sector, and a state\'s own organs', () => {
    expect(isOtherSide(tories, { ...tories })).toBe(false);
    // "Tory leader Michael Howard": a person whose party the participant does not carry.
    expect(isOtherSide({ code: 'GBR', sector: 'OPP', actorId: 'local:1', name: 'Michael Howard' }, libDems)).toBe(false);
    // "the opposition": a sector of the country, no body.
    expect(isOtherSide({ code: 'GBR', sector: 'OPP', actorId: 'GBR-OPP', name: 'United Kingdom (OPP)' }, libDems)).toBe(false);
    const orgs: KindOf = () => 'org';
    expect(isOtherSide({ code: 'USA', sector: 'GOV', actorId: 'a', name: 'A' }, { code: 'USA', sector: 'GOV', actorId: 'b', name: 'B' }, undefined, undefined, orgs)).toBe(false);
  });

  it('compares the parties people speak for, from the document\'s map, and keeps a party\'s own people on its side', () => {
    const howard = { code: 'GBR', sector: 'OPP', actorId: 'local:1', name: 'Michael Howard' };
    const kennedy = { code: 'GBR', sector: 'OPP', actorId: 'local:2', name: 'Charles Kennedy' };
    const bodies = new Map([['local:1', 'conservative-party'], ['local:2', 'liberal-democrats']]);
    expect(isOtherSide(kennedy, howard, bodies)).toBe(true);
    expect(isOtherSide(howard, libDems, bodies)).toBe(true);
    expect(isOtherSide(howard, tories, bodies)).toBe(false);
  });

  it('keeps a party and its own leader one side when the actors stage gave them rival sectors (Labour PTY, its leader OPP)', () => {
    const labour = { code: 'GBR', sector: 'PTY', actorId: 'labour', name: 'Labour' };
    const kinnock = { code: 'GBR', sector: 'OPP', actorId: 'local:3', name: 'Neil Kinnock' };
    const orgs: KindOf = (p) => (p.actorId === 'labour' ? 'org' : undefined);
    expect(isOtherSide(kinnock, labour, new Map([['local:3', 'labour']]), undefined, orgs)).toBe(false);
    expect(isOtherSide(labour, kinnock, new Map([['local:3', 'labour']]), undefined, orgs)).toBe(false);
    // Another party's leader, or one of no known party, stays the rival the sectors say.
    expect(isOtherSide(kinnock, labour, new Map([['local:3', 'social-democratic-party']]), undefined, orgs)).toBe(true);
    expect(isOtherSide(kinnock, labour, new Map(), undefined, orgs)).toBe(true);
  });

  it('reads the kind from the knowledge base by name and id, so a person of the base is no body', () => {
    const people: KindOf = () => 'person';
    expect(isOtherSide(tories, libDems, undefined, undefined, people)).toBe(false);
    const pairs = parseRivalSectors('OPP\tOPP\n', 'rivals.tsv');
    expect(isRivalBody(tories, libDems, undefined, pairs, () => 'org')).toBe(true);
    expect(isRivalBody(tories, libDems, undefined, parseRivalSectors('GOV\tOPP\n', 'rivals.tsv'), () => 'org')).toBe(false);
  });
});

describe('parseRivalSectors', () => {
  it('reads each pair both ways and skips comments', () => {
    const pairs = parseRivalSectors('# rivals\nGOV\tOPP\n', 'rivals.tsv');
    expect([...pairs].sort()).toEqual(['GOV\tOPP', 'OPP\tGOV']);
    expect(isOtherSide({ code: 'GBR', sector: 'OPP' }, { code: 'GBR', sector: 'GOV' }, undefined, pairs)).toBe(true);
  });

  it('refuses a malformed row with E170', () => {
    expect(() => parseRivalSectors('GOV\tgov\n', 'rivals.tsv')).toThrow(expect.objectContaining({ code: 'E170' }));
    expect(() => parseRivalSectors('GOV OPP\n', 'rivals.tsv')).toThrow(expect.objectContaining({ code: 'E170' }));
  });
});

describe('roles: a party acting on another party of its sector', () => {
  const party = (tokens: [number, number], id: string, name: string): ActorSpec => ({ sent: 0, tokens, id, name, code: 'GBR', sector: 'OPP', kind: 'org' });

  it('keeps the other party as recipient ("The Conservatives accused the Liberal Democrats of scaremongering")', () => {
    const doc = parsedDoc([`
      The the DET DT 2 det
      Conservatives Conservatives PROPN NNPS 3 nsubj
      accused accuse VERB VBD 0 root
      the the DET DT 6 det
      Liberal Liberal PROPN NNP 6 compound
      Democrats Democrats PROPN NNPS 3 obj
      of of SCONJ IN 8 mark
      scaremongering scaremonger VERB VBG 3 advcl
      . . PUNCT . 3 punct`], { actors: [party([0, 2], 'conservative-party', 'Conservative Party'), party([3, 6], 'liberal-democrats', 'Liberal Democrats')] });
    const [event] = codeEvents(doc, loadLexicon()).events;
    expect(event.event).toBe('ACCUSE');
    expect(event.recipients.map((r) => r.actorId)).toEqual(['liberal-democrats']);
  });
});
