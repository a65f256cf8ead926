/**
 * PostgreSQL error codes that mean "not now" rather than "wrong": the statement ran out of
 * time (`statement_timeout`, `lock_timeout`), the session was ended by
 * `idle_in_transaction_session_timeout` or an administrator, or the server takes no more
 * connections.
 */
const UNAVAILABLE_CODES = new Set([
  '57014', // query_canceled (statement_timeout)
  '55P03', // lock_not_available (lock_timeout)
  '25P03', // idle_in_transaction_session_timeout
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

/** node-postgres's messages when no connection could be had in `connectionTimeoutMillis`. */
const UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
];

/**
 * Whether `error` says the database cannot serve this request now (pool exhausted, a
 * timeout, the server going away): worth answering 503 with a time to retry, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code === 'ECONNREFUSED')) {
    return true;
  }
  return UNAVAILABLE_MESSAGES.some((message) => error.message.includes(message));
}
