import type { Client } from 'pg';

/**
 * `COPY … TO STDOUT` / `COPY … FROM STDIN` on a `pg` client, without a dependency: a "submittable" query
 * (the interface `pg` gives custom queries) that hands each CopyData message to `onChunk`, or feeds one
 * from `source`. The socket pauses while the consumer is busy, so a large table never piles up in memory.
 */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.ReadableStream & NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

abstract class CopyQuery {
  protected resolve!: (rows: number) => void;
  protected reject!: (error: Error) => void;
  readonly done: Promise<number>;
  private rows = 0;

  constructor(private readonly text: string) {
    this.done = new Promise<number>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /(\d+)$/.exec(message.text ?? '');
    this.rows = match ? Number(match[1]) : 0;
  }

  /** `pg` forgets the query on an error (no ReadyForQuery follows for it): settle now. */
  handleError(error: Error): void {
    this.reject(error);
  }

  handleReadyForQuery(): void {
    this.resolve(this.rows);
  }

  // Never sent for COPY; present because `pg` calls them on any query.
  handleRowDescription(): void {
    return undefined;
  }
  handleDataRow(): void {
    return undefined;
  }
  handleEmptyQuery(): void {
    return undefined;
  }
  handlePortalSuspended(): void {
    return undefined;
  }

  handleCopyInResponse(connection: PgConnection): void {
    connection.sendCopyFail('unexpected COPY FROM');
  }

  handleCopyData(_message: { chunk: Buffer }, _connection: PgConnection): void {
    return undefined;
  }
}

class CopyOut extends CopyQuery {
  constructor(
    text: string,
    private readonly onChunk: (chunk: Buffer) => boolean | void,
    private readonly waitDrain: () => Promise<void>,
  ) {
    super(text);
  }

  private paused: PgConnection | undefined;

  override handleCopyData(message: { chunk: Buffer }, connection: PgConnection): void {
    if (this.onChunk(message.chunk) === false && !this.paused) {
      this.paused = connection;
      connection.stream.pause();
      void this.waitDrain().then(() => this.resume());
    }
  }

  private resume(): void {
    const connection = this.paused;
    this.paused = undefined;
    connection?.stream.resume();
  }

  /** The whole result may have come in the chunk that paused the socket: never leave it paused after. */
  override handleReadyForQuery(): void {
    this.resume();
    super.handleReadyForQuery();
  }
}

class CopyIn extends CopyQuery {
  constructor(
    text: string,
    private readonly source: AsyncIterable<Buffer>,
  ) {
    super(text);
  }

  override handleCopyInResponse(connection: PgConnection): void {
    void (async () => {
      try {
        for await (const chunk of this.source) {
          connection.sendCopyFromChunk(chunk);
          if (connection.stream.writableNeedDrain)
            await new Promise<void>((done) => connection.stream.once('drain', () => done()));
        }
        connection.endCopyFrom();
      } catch (error) {
        connection.sendCopyFail(error instanceof Error ? error.message : String(error));
      }
    })();
  }
}

/** Runs `COPY (…) TO STDOUT`; `write` returns false to pause until `drained()` resolves. Returns the row count. */
export function copyOut(
  client: Client,
  sql: string,
  write: (chunk: Buffer) => boolean | void,
  drained: () => Promise<void> = () => Promise.resolve(),
): Promise<number> {
  const query = new CopyOut(sql, write, drained);
  void client.query(query as never);
  return query.done;
}

/** Runs `COPY … FROM STDIN`, feeding it `source`. Returns the row count. */
export function copyIn(client: Client, sql: string, source: AsyncIterable<Buffer>): Promise<number> {
  const query = new CopyIn(sql, source);
  void client.query(query as never);
  return query.done;
}
