/**
 * CLIs are piped into `head` and `less`; when the reader closes the pipe early, node raises EPIPE on
 * stdout as an unhandled error with a stack trace. Treat it as the reader being done: exit quietly.
 */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
