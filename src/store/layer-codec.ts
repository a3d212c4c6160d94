/**
 * Layers are stored as JSON, with arrays of flat records (tokens, sentences, …) turned into
 * columns so the keys are not repeated for every token: `[{start:0,end:3}, …]` becomes
 * `{"$columns":{"start":[0,…],"end":[3,…]}}`. Decoding gives back the plain layer.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const COLUMNS = '$columns';

export function encodeLayers(layers: object): string {
  const out: Record<string, unknown> = {};
  for (const [name, layer] of Object.entries(layers)) out[name] = toColumns(layer as Json);
  return JSON.stringify(out);
}

export function decodeLayers(json: string): Record<string, unknown> {
  const stored = JSON.parse(json) as Record<string, Json>;
  const out: Record<string, unknown> = {};
  for (const [name, layer] of Object.entries(stored)) out[name] = fromColumns(layer);
  return out;
}

function isFlatRecord(value: Json): value is { [key: string]: Json } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) {
    const v = value[key];
    if (typeof v === 'object' && v !== null) return false;
  }
  return true;
}

function toColumns(layer: Json): Json {
  if (!Array.isArray(layer) || layer.length < 2 || !layer.every(isFlatRecord)) return layer;
  const keys = Object.keys(layer[0]);
  // Columns only when every record has exactly the same keys; optional fields stay as records.
  if (!layer.every((r) => Object.keys(r).length === keys.length && keys.every((k) => k in r))) return layer;
  const columns: Record<string, Json[]> = {};
  for (const key of keys) columns[key] = layer.map((r) => (r as Record<string, Json>)[key]);
  return { [COLUMNS]: columns };
}

function fromColumns(layer: Json): Json {
  if (typeof layer !== 'object' || layer === null || Array.isArray(layer) || !(COLUMNS in layer)) return layer;
  const columns = layer[COLUMNS] as Record<string, Json[]>;
  const keys = Object.keys(columns);
  const length = keys.length ? columns[keys[0]].length : 0;
  const rows = new Array<Json>(length);
  for (let i = 0; i < length; i++) {
    const row: Record<string, Json> = {};
    for (const key of keys) row[key] = columns[key][i];
    rows[i] = row;
  }
  return rows;
}
