import { EVENT_FILTER_PARAMS, MAX_PAGE } from './params.js';

type Json = Record<string, unknown>;

const query = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({ name, in: 'query', description, schema });
const path = (name: string, description: string): Json => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const paging = [
  query('limit', `Page size, 1–${MAX_PAGE} (default 50)`, { type: 'integer', minimum: 1, maximum: MAX_PAGE }),
  query('offset', 'Rows to skip (the `next` of the previous page)', { type: 'integer', minimum: 0 }),
];
const filters = EVENT_FILTER_PARAMS.map((p) => query(p.name, p.description));
const error = { $ref: '#/components/schemas/Error' };
const ok = (description: string, schema: Json = { type: 'object' }): Json => ({
  200: { description, content: { 'application/json': { schema } } },
  400: { description: 'Invalid parameter', content: { 'application/json': { schema: error } } },
});
const page = (items: Json): Json => ({
  type: 'object',
  properties: { items: { type: 'array', items }, next: { type: ['integer', 'null'], description: 'Offset of the next page, null at the end' } },
});
const get = (summary: string, parameters: Json[], responses: Json): Json => ({ get: { summary, parameters, responses } });

/** The OpenAPI 3.1 description of the API, served at `/openapi.json`. */
export function openApi(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'dyad',
      version: '1',
      description: 'Political events coded from news articles (PLOVER), with the articles and their annotations. Errors are `{code, message}`.',
    },
    paths: {
      '/api/documents': {
        ...get('Documents, newest first, or matching a full-text query', [query('q', 'FTS5 query over title and text'), ...paging], ok('Documents', page({ type: 'object' }))),
        post: {
          summary: 'Ingest an article (needs the server token)',
          security: [{ token: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['text'],
                  properties: Object.fromEntries(['text', 'id', 'title', 'date', 'url', 'source', 'byline', 'language'].map((k) => [k, { type: 'string' }])),
                },
              },
            },
          },
          responses: {
            201: { description: 'Stored' },
            200: { description: 'Already stored' },
            400: { description: 'Invalid body', content: { 'application/json': { schema: error } } },
            401: { description: 'Missing or wrong token', content: { 'application/json': { schema: error } } },
            403: { description: 'The server is read-only', content: { 'application/json': { schema: error } } },
            413: { description: 'Body too large', content: { 'application/json': { schema: error } } },
          },
        },
      },
      '/api/documents/{id}': get('One document with its text and layers', [path('id', 'Content id, unique prefix, or the input’s own id')], ok('The document')),
      '/api/events': get('Coded events, newest first', [...filters, ...paging], ok('Events as PLOVER records', page({ $ref: '#/components/schemas/Event' }))),
      '/api/events/places': get('Event locations with event counts, for a map', [...filters, query('limit', 'At most this many places', { type: 'integer' })], ok('Places')),
      '/api/series': get(
        'Events and summed PLOVER scores per period (cooperation–conflict series); needs a filter such as pair',
        [...filters, query('interval', 'day, week or month (default month)', { enum: ['day', 'week', 'month'] })],
        ok('Series points {period, events, score, quad}'),
      ),
      '/api/stories': get(
        'Stories (articles grouped because they report one event), earliest first',
        [query('minMembers', 'Fewest articles per story (default 2)', { type: 'integer', minimum: 1 }), query('from', 'First date of the story, from: YYYY, YYYY-MM or YYYY-MM-DD'), query('to', 'First date of the story, up to'), ...paging],
        ok('Stories {id, members, firstSeen, lastSeen, sources, events}', page({ $ref: '#/components/schemas/Story' })),
      ),
      '/api/stories/{id}': get(
        'One story with what each source reported, aligned by event (sideBySide.rows: agree, disagree with direction, negation or type, only)',
        [path('id', 'Story id (s-…), or the content id or input id of one of its articles')],
        { ...ok('The story and its side-by-side', { $ref: '#/components/schemas/Story' }), 404: { description: 'No such story', content: { 'application/json': { schema: error } } } },
      ),
      '/api/actors': get('Actors by name prefix or code, most mentioned first', [query('name', 'Name prefix'), query('code', 'Country or organisation code'), ...paging], ok('Actors', page({ type: 'object' }))),
      '/api/actors/top': get('Actors with the most events', [...filters, query('limit', 'How many', { type: 'integer' })], ok('Actors with counts as actor and recipient')),
      '/api/actors/pairs': get('Directed pairs of codes with the most events (who interacts with whom)', [...filters, query('limit', 'How many', { type: 'integer' })], ok('Pairs')),
      '/api/actors/{id}': get('One actor: mentions, documents and events as actor and recipient', [path('id', 'Actor id')], ok('The actor')),
      '/api/actors/{id}/mentions': get('Where an actor is named', [path('id', 'Actor id'), ...paging], ok('Mentions', page({ type: 'object' }))),
      '/api/quotes': get('Quotations and reported statements, newest first', [query('speaker', 'Actor id or name (case-insensitive)'), ...paging], ok('Quotes', page({ type: 'object' }))),
      '/api/places': get('Places named in the articles, most mentioned first', [query('name', 'Place name'), query('country', 'Country code'), ...paging], ok('Places', page({ type: 'object' }))),
    },
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'The token given to `dyad serve --token`' } },
      schemas: {
        Error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
        Story: {
          type: 'object',
          description: 'A group of articles about one real-world event: its members (document, input id, source, date), sources, and merged events with numReports and numSources.',
          properties: {
            id: { type: 'string' },
            members: { type: 'array', items: { type: 'object' } },
            firstSeen: { type: ['string', 'null'] },
            lastSeen: { type: ['string', 'null'] },
            sources: { type: 'array', items: { type: 'string' } },
            events: { type: 'array', items: { type: 'object' } },
            sideBySide: { type: 'object', description: 'Only on /api/stories/{id}: {sides: [{source, documents}], rows: [{kind, disagreement?, cells}]}' },
          },
        },
        Event: {
          type: 'object',
          description: 'A PLOVER record (codebook "Data Fields") with dyad’s additions: flags, evidence, why, and `document` (content id).',
          properties: Object.fromEntries(
            ['id', 'doc_id', 'document', 'date', 'event', 'mode', 'cameo', 'evidence', 'why', 'event_text'].map((k) => [k, { type: ['string', 'null'] }]),
          ),
        },
      },
    },
  };
}
