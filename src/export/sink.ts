import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Text is handed to the socket in chunks of about this many characters. */
const FLUSH_AT = 16 * 1024;

/**
 * The response body, written as it is produced. Rows gather into chunks of FLUSH_AT characters;
 * when the socket's buffer is full (`write` returns false) the next chunk waits for 'drain', so
 * a slow client holds at most one chunk in memory, never the file. The status line goes out with
 * the first chunk: an error before it (a database that cannot be read) still answers 500.
 */
export class Sink {
  private buffer = '';

  private gone = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly headers: OutgoingHttpHeaders,
    private readonly flushAt = FLUSH_AT,
  ) {
    res.once('close', () => (this.gone = true));
  }

  /** The client went away (or the response is complete): nothing more is read. */
  get closed(): boolean {
    return this.gone || this.res.destroyed;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.flushAt) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    if (!this.closed) this.res.end();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (this.closed) return;
    if (!this.res.headersSent) this.res.writeHead(200, this.headers);
    if (chunk && !this.res.write(chunk)) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }
}
