import type { DataSource } from 'typeorm';
import { aadFor, encryptedColumns } from './encryption.service';
import type { Keyring } from './keyring';

/**
 * Re-seals every value not under the current key, in batches, each batch in one transaction.
 * Safe to interrupt and run again. Returns how many values were re-encrypted per column.
 */
export async function reencryptAll(ds: DataSource, keyring: Keyring, batchSize = 500): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const prefix = `v1.${keyring.currentKeyId}.`;
  for (const col of encryptedColumns) {
    let total = 0;
    for (;;) {
      const done = await ds.transaction(async (m) => {
        const rows: { id: string; v: string }[] = await m.query(
          `SELECT ${col.idColumn}::text AS id, ${col.column} AS v FROM ${col.table}
            WHERE ${col.column} IS NOT NULL AND left(${col.column}, $1) <> $2
            LIMIT $3 FOR UPDATE SKIP LOCKED`,
          [prefix.length, prefix, batchSize],
        );
        for (const r of rows) {
          const plain = keyring.open(r.v, aadFor(col, r.id));
          await m.query(`UPDATE ${col.table} SET ${col.column} = $1 WHERE ${col.idColumn} = $2`, [keyring.seal(plain, aadFor(col, r.id)), r.id]);
        }
        return rows.length;
      });
      total += done;
      if (done < batchSize) break;
    }
    counts[`${col.table}.${col.column}`] = total;
  }
  return counts;
}
