import { Client } from 'pg';

/** Connects once to `url`; returns why it failed, or null. */
export async function probeDatabase(url: string, timeoutMs = 5000): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return [e.code, e.message].filter(Boolean).join(' ') || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
