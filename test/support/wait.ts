/**
 * How long a wait lasts unless a test says otherwise: long, since a wait that is met returns at
 * once and one that is not fails the test; a busy CI machine may take many seconds to boot a
 * worker or deliver a mail.
 */
export const DEFAULT_WAIT_MS = 45_000;

/**
 * Waits until `condition` holds, checking every `intervalMs`; fails the test when it still does
 * not after `timeoutMs`, so a wait that gives up never lets a test go on as if it had not.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = DEFAULT_WAIT_MS, intervalMs = 50, what = 'condition' } = {},
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Reads until `ok` holds for what `read` returns, and returns that value; fails the test,
 * showing the last value read, when it still does not after `timeoutMs`.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  { timeoutMs = DEFAULT_WAIT_MS, intervalMs = 50, what = 'value' } = {},
): Promise<T> {
  let value = await read();
  try {
    await waitUntil(
      async () => {
        if (ok(value)) return true;
        value = await read();
        return ok(value);
      },
      { timeoutMs, intervalMs, what },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; last read: ${JSON.stringify(value)}`);
  }
  return value;
}
