import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetPath } from '../core/assets.js';
import { DyadError } from '../core/errors.js';
import { isIt, languagePack, packOf, pronounClasses, reasonTemplates } from './pack.js';
import { reason, renderReason, renderReasons } from './reason.js';

const en = languagePack('en');

describe('languagePack', () => {
  it('reads one list per word class from the English pack', () => {
    expect([...en.pronouns]).toEqual(['he', 'she', 'it', 'they', 'we', 'i']);
    expect(en.speechVerbs.has('say')).toBe(true);
    expect(en.speechForms.has('said')).toBe(true);
    expect(en.tellingVerbs.has('tell') && !en.tellingVerbs.has('say')).toBe(true);
    expect(en.modals.obligation.has('must') && en.modals.hypothetical.has('must')).toBe(true);
    expect(en.abbreviations.months.has('sept')).toBe(true);
    expect(en.months[8]).toEqual(['September', 'Sept', 'Sep']);
  });

  it('reads the third-person and relative pronouns by class, so no stage spells an English pronoun (rv-a #11)', () => {
    expect([...en.pronounClasses.thing]).toEqual(['it', 'its', 'which']);
    expect([...en.pronounClasses.plural]).toEqual(['they', 'them', 'their']);
    expect(en.pronounClasses.feminine.has('her') && !en.pronounClasses.feminine.has('his')).toBe(true);
    expect(en.pronounClasses.possessive.has('its') && !en.pronounClasses.possessive.has('it')).toBe(true);
    expect([...en.pronounClasses.relative]).toEqual(['who', 'which']);
  });

  // Session 59's leftovers: the events stage's relative, demonstrative and "it" words and the discourse stage's article,
  // once spelled in roles.ts, thing-clause.ts, opening-it.ts and definite.ts, are the pack's (same words, same order).
  it('reads the restrictive relatives, the demonstratives and the definite article, so no stage spells them', () => {
    expect([...en.pronounClasses.restrictive]).toEqual(['who', 'which', 'that', 'whom']);
    expect([...en.pronounClasses.demonstrative]).toEqual(['that', 'this', 'these', 'those']);
    expect([...en.definiteArticles]).toEqual(['the']);
    expect(isIt(en, 'it') && !isIt(en, 'this') && !isIt(en, 'that')).toBe(true);
  });

  it('reads the determiners of a named set of states, so multinational.ts spells none (session 59)', () => {
    expect([...en.setDeterminers]).toEqual(['two', 'both', 'the', 'these', 'those', 'their', 'our', 'its', 'his', 'her']);
  });

  it('refuses a pronoun of an unknown class, naming the line (E170)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pronouns-'));
    writeFileSync(join(dir, 'pronoun-classes.tsv'), '# comment\nit\tthing\t# why\nthey\tplurals\n');
    expect(() => pronounClasses(join(dir, 'pronoun-classes.tsv'))).toThrow(/^E170: .*line 3.*"plurals" is no pronoun class/);
  });

  // Rv-d #8 of session 58: a second row would silently add classes to the first, and a row with none drop its word.
  it.each([
    ['a word listed twice', 'it\tthing\nit\tperson\n', /^E170: .*line 2.*"it" is listed twice/],
    ['a row with no class', 'it\tthing\nthey\n', /^E170: .*line 2.*"they" has no class/],
  ])('refuses %s, naming the line (E170)', (_, text, error) => {
    const dir = mkdtempSync(join(tmpdir(), 'pronouns-'));
    writeFileSync(join(dir, 'pronoun-classes.tsv'), text);
    expect(() => pronounClasses(join(dir, 'pronoun-classes.tsv'))).toThrow(error);
  });

  // Rv-d #11: "it" is the thing's subject pronoun by its own class, not by being no possessive and no relative.
  it.each([
    ['it\tthing subject\n', 'it', true],
    ['it\tthing\n', 'it', false],
    ['its\tthing possessive\n', 'its', false],
  ])('reads "it" off its classes: %j', (text, word, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'pronouns-'));
    writeFileSync(join(dir, 'pronoun-classes.tsv'), text);
    expect(isIt({ ...en, pronounClasses: pronounClasses(join(dir, 'pronoun-classes.tsv')) }, word)).toBe(expected);
    expect(isIt(en, 'it') && !isIt(en, 'its') && !isIt(en, 'which') && !isIt(en, 'he')).toBe(true);
  });

  it('keeps an attribution-only verb of saying out of the lemmas that report speech', () => {
    expect(en.speechForms.has('continued')).toBe(true);
    expect(en.speechVerbs.has('continue')).toBe(false);
  });

  it.each(['en', 'EN', 'en-GB', undefined])('gives the English pack for %s', (language) => {
    expect(languagePack(language).language).toBe('en');
  });

  it.each(['de', 'xx-YY', '../en'])('rejects %s, which has no pack, with E050', (language) => {
    expect(() => languagePack(language, 'doc-1')).toThrowError(DyadError);
    expect(() => languagePack(language, 'doc-1')).toThrowError(/E050: Document doc-1 is in language/);
  });

  it('selects the pack from the document language', () => {
    const doc = { id: 'd', text: '', meta: { language: 'fr', origin: { location: 'x' } }, layers: {}, diagnostics: [] } as unknown as Parameters<typeof packOf>[0];
    expect(() => packOf(doc)).toThrowError(/"fr"/);
  });
});

describe('reasons', () => {
  it('renders a reason from its template, nested reasons in turn', () => {
    const trigger = reason('events/trigger-verb', { verb: 'meet', block: 'CAMEO block MEET' });
    expect(renderReason(en, reason('events/cameo', { trigger, code: '040', label: 'Consult' }))).toBe('verb "meet" (CAMEO block MEET) → CAMEO 040 (Consult)');
    expect(renderReasons(en, [reason('flags/negated'), reason('flags/modal', { aux: 'could' })])).toBe('negated verb; modal "could"');
  });

  it('has a template for every rule id the source code uses', () => {
    const src = assetPath('src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const rules = new Set(files.flatMap((f) => [...readFileSync(join(src, f), 'utf8').matchAll(/\breason\('([\w/-]+)'/g)].map((m) => m[1])));
    expect(rules.size).toBeGreaterThan(50);
    expect([...rules].filter((rule) => !en.reasons.has(rule))).toEqual([]);
  });

  it('refuses a rule id written twice (E170, with the file and line)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-reasons-'));
    const path = join(dir, 'reasons.tsv');
    writeFileSync(path, '# rule\ttemplate\nflags/negated\tnegated verb\nflags/negated\tnegated\n');
    expect(() => reasonTemplates(path)).toThrow(expect.objectContaining({ code: 'E170', message: expect.stringContaining('line 3') }));
  });
});
