// A stage that throws is reported as "not measured: threw …", never let to stop the bench.

function notMeasured(err: unknown): string {
  return `not measured: threw ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
}

/** `f`'s result, or why it could not be measured. */
export async function safely<T>(f: () => Promise<T>): Promise<T | string> {
  try {
    return await f();
  } catch (err) {
    return notMeasured(err);
  }
}
