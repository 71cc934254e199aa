/**
 * better-sqlite3 has one connection and synchronous calls, but our repositories are async (for
 * CloudBase). While a transaction awaits, another request must not run statements on the same
 * connection, or they would join the open transaction. Every top-level operation takes this lock.
 */
export class AsyncLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(() => fn());
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
