import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error the API answers with: an HTTP status and a JSON body `{code, message}`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const badParameter = (name: string, problem: string) => new ApiError(400, 'invalid_parameter', `${name}: ${problem}`);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
