// Bulk loading with COPY … FROM STDIN (text format), fed in chunks so memory stays flat.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import copyStreams from 'pg-copy-streams';

/** One value in COPY text format: NULL as \N, and backslash, tab, newline, CR escaped. */
function field(v) {
  if (v === null || v === undefined) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const s = typeof v === 'string' ? v : String(v);
  return /[\\\t\n\r]/u.test(s) ? s.replace(/\\/gu, '\\\\').replace(/\t/gu, '\\t').replace(/\n/gu, '\\n').replace(/\r/gu, '\\r') : s;
}

/**
 * COPYs rows into `table (columns)`. `rows` is any (sync or async) iterable of value arrays.
 * @returns {Promise<number>} rows written
 */
export async function copyRows(client, table, columns, rows) {
  let count = 0;
  async function* lines() {
    let chunk = '';
    for await (const row of rows) {
      chunk += row.map(field).join('\t') + '\n';
      count += 1;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  const sink = client.query(copyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(lines()), sink);
  return count;
}
