/**
 * The PLOVER ontology as data: the 16 event types, their quad classes and the conflict–cooperation
 * scores per type and mode. Facts from the PLOVER codebook (openeventdata/PLOVER 5e0c24f,
 * `PLOVER_MANUAL.tex`, table "PLOVER conflict–cooperation scores"; CC BY-SA 4.0).
 */

export const PLOVER_EVENTS = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverEvent = (typeof PLOVER_EVENTS)[number];

export const QUAD_CLASSES = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** Quad category per event type (each type's "Quad category" section in the codebook). */
export const QUAD_OF: Readonly<Record<PloverEvent, QuadClass>> = {
  AGREE: 'verbal-cooperation', CONSULT: 'verbal-cooperation', SUPPORT: 'verbal-cooperation', CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation', AID: 'material-cooperation', RETREAT: 'material-cooperation',
  REQUEST: 'verbal-conflict', ACCUSE: 'verbal-conflict', REJECT: 'verbal-conflict', THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict', SANCTION: 'material-conflict', MOBILIZE: 'material-conflict', COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
};

/** The GDELT-style quad code (1 verbal cooperation … 4 material conflict). */
export function quadCode(event: PloverEvent): 1 | 2 | 3 | 4 {
  return (QUAD_CLASSES.indexOf(QUAD_OF[event]) + 1) as 1 | 2 | 3 | 4;
}

/** Scores of the types (key `TYPE`) and of modes that have their own (key `TYPE:mode`). */
const SCORES: Readonly<Record<string, number>> = {
  AGREE: 2.5, CONSULT: 2.5, 'CONSULT:visit': 4, 'CONSULT:third-party': 1, 'CONSULT:multilateral': 4, 'CONSULT:phone': 1.5,
  SUPPORT: 5, CONCEDE: 4.5, COOPERATE: 9.5, AID: 10,
  RETREAT: 6.5, 'RETREAT:withdraw': 8, 'RETREAT:release': 6.5, 'RETREAT:disarm': 10, 'RETREAT:ceasefire': 7.5,
  'RETREAT:access': 6.5, 'RETREAT:resign': 4.5,
  REQUEST: 0, 'REQUEST:assist': 0.5, 'REQUEST:change': -1, 'REQUEST:yield': -1, 'REQUEST:meet': 0,
  // The codebook prints 3 for bare ACCUSE, out of line with its modes (-2 … -3.5): a typo, we use
  // the disapprove score, the mildest of them.
  ACCUSE: -2, 'ACCUSE:disapprove': -2, 'ACCUSE:investigate': -3.5, 'ACCUSE:allege': -3.5,
  REJECT: -2, 'REJECT:assist': -1.5, 'REJECT:change': -2, 'REJECT:yield': -2, 'REJECT:meet': -2,
  THREATEN: -3.5, 'THREATEN:restrict': -3, 'THREATEN:arrest': -3.5, 'THREATEN:relations': -3.5, 'THREATEN:expel': -3.5,
  'THREATEN:territory': -4, 'THREATEN:violence': -3.5,
  PROTEST: -5, 'PROTEST:demo': -5, 'PROTEST:riot': -7, 'PROTEST:strike': -5, 'PROTEST:hunger': -4.5,
  'PROTEST:boycott': -4.5, 'PROTEST:obstruct': -4.5,
  SANCTION: -6, 'SANCTION:convict': -6, 'SANCTION:expel': -5.5, 'SANCTION:withdraw': -6, 'SANCTION:discontinue': -6,
  MOBILIZE: -5.5, 'MOBILIZE:troops': -6.5, 'MOBILIZE:weapons': -6.5, 'MOBILIZE:police': -5.5, 'MOBILIZE:militia': -6,
  COERCE: -7, 'COERCE:seize': -7, 'COERCE:restrict': -7, 'COERCE:censor': -6.5, 'COERCE:curfew': -6.5,
  'COERCE:martial-law': -7.5, 'COERCE:arrest': -7, 'COERCE:deport': -7, 'COERCE:withhold': -7,
  'COERCE:misinformation': -6.5, 'COERCE:cyber': -7,
  ASSAULT: -9, 'ASSAULT:abduct': -8.5, 'ASSAULT:beat': -7.5, 'ASSAULT:torture': -8.5, 'ASSAULT:sexual': -8.5,
  'ASSAULT:targeted': -9.5, 'ASSAULT:destroy': -8.5, 'ASSAULT:primitive': -8, 'ASSAULT:firearms': -9,
  'ASSAULT:explosives': -9, 'ASSAULT:suicide-attack': -9.5, 'ASSAULT:aerial': -9.5, 'ASSAULT:drone': -9.5,
  'ASSAULT:heavy-weapons': -9.5, 'ASSAULT:crowd-control': -7.5, 'ASSAULT:unconventional': -10,
};

/** The PLOVER conflict–cooperation score of a type and (optional) mode, -10 … +10. */
export function ploverScore(event: PloverEvent, mode?: string): number {
  return (mode ? SCORES[`${event}:${mode}`] : undefined) ?? SCORES[event];
}

/** True for a PLOVER event type name. */
export function isPloverEvent(name: string): name is PloverEvent {
  return (PLOVER_EVENTS as readonly string[]).includes(name);
}
