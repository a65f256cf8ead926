/**
 * A supertest parser that collects a response body as raw bytes (PDF, XLSX, files):
 * supertest only buffers text and JSON by itself. Use as `.buffer(true).parse(binary)`.
 */
export function binary(res: unknown, done: (error: Error | null, body: Buffer) => void): void {
  // in Node, superagent hands parsers the raw response stream
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
