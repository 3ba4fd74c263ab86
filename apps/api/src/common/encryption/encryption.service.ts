import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { Keyring, KeyringError } from './keyring';

/** An encrypted column: where it lives and how its AAD is formed (table:column:rowId). */
export interface EncryptedColumn {
  readonly table: string;
  readonly idColumn: string;
  readonly column: string;
}

/** Every encrypted column, for key rotation. Feature modules register theirs at import time. */
export const encryptedColumns: EncryptedColumn[] = [];
export function registerEncryptedColumn(col: EncryptedColumn): void {
  if (!encryptedColumns.some((c) => c.table === col.table && c.column === col.column)) encryptedColumns.push(col);
}

export function aadFor(col: EncryptedColumn, rowId: string): string {
  return `${col.table}:${col.column}:${rowId}`;
}

/**
 * Seals and opens free text at rest. Nulls stay null. The key comes from ATTUNE_ENCRYPTION_KEYS;
 * the API refuses to start in production without it (config), and `npm start` generates a local
 * one into `.data/encryption.key`.
 */
@Injectable()
export class EncryptionService {
  readonly keyring: Keyring;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.encryptionKeys) {
      throw new KeyringError('ATTUNE_ENCRYPTION_KEYS is not set (e.g. "k1:<32 random bytes, base64>"); `npm start` generates one');
    }
    this.keyring = new Keyring(config.encryptionKeys);
  }

  seal(col: EncryptedColumn, rowId: string, plaintext: string | null | undefined): string | null {
    if (plaintext === null || plaintext === undefined) return null;
    return this.keyring.seal(plaintext, aadFor(col, rowId));
  }

  open(col: EncryptedColumn, rowId: string, sealed: string | null | undefined): string | null {
    if (sealed === null || sealed === undefined) return null;
    return this.keyring.open(sealed, aadFor(col, rowId));
  }
}
