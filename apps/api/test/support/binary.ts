/** supertest parser that keeps a binary body as one Buffer (downloads, .xlsx, .pdf). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- superagent's response type is not exported usefully
export function binary(res: any, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
