/** The prefix of every API route but the health check. */
export const API_PREFIX = 'api/v1';
