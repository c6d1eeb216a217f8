/** A usage or configuration error: the CLI prints its message (no stack trace) and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
