// `npm run reencrypt`: re-seals every encrypted value under the current (first) key of
// ATTUNE_ENCRYPTION_KEYS. Rotate by putting a new key first and keeping the old one after it,
// run this, then drop the old key.
import '../app.module'; // loads every feature module, which registers its encrypted columns
import { loadConfig } from '../config/config';
import { Keyring } from '../common/encryption/keyring';
import { reencryptAll } from '../common/encryption/reencrypt';
import { createDataSource } from './data-source';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.encryptionKeys) throw new Error('ATTUNE_ENCRYPTION_KEYS is not set');
  const keyring = new Keyring(config.encryptionKeys);
  const ds = createDataSource(config.databaseUrl, 2);
  await ds.initialize();
  try {
    const counts = await reencryptAll(ds, keyring);
    for (const [col, n] of Object.entries(counts)) console.log(`${col}: ${n} value(s) re-encrypted to key "${keyring.currentKeyId}"`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
