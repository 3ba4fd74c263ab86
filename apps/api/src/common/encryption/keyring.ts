import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for free text at rest. A sealed value is `v1.<keyId>.<nonce>.<ciphertext>.<tag>`
 * (base64url parts): a random 96-bit nonce per value, and the id of the key that sealed it beside
 * it, so keys can be rotated — new values use the current (first) key, old ones stay readable
 * while their key is configured, and `npm run reencrypt` moves them to the current key.
 * Additional authenticated data binds a value to its row and column: a ciphertext copied to
 * another row or field fails to open instead of showing someone else's words.
 */
export class Keyring {
  private readonly keys: ReadonlyMap<string, Buffer>;
  readonly currentKeyId: string;

  constructor(spec: string) {
    const keys = new Map<string, Buffer>();
    let current: string | undefined;
    for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
      const idx = part.indexOf(':');
      const id = idx > 0 ? part.slice(0, idx) : '';
      const key = Buffer.from(part.slice(idx + 1), 'base64');
      if (!/^[A-Za-z0-9_-]{1,32}$/u.test(id)) throw new KeyringError('Encryption key ids must be 1–32 letters, digits, _ or -');
      if (key.length !== 32) throw new KeyringError(`Encryption key "${id}" must be 32 bytes, base64-encoded`);
      if (keys.has(id)) throw new KeyringError(`Encryption key id "${id}" is given twice`);
      keys.set(id, key);
      current ??= id;
    }
    if (!current) throw new KeyringError('No encryption key configured (ATTUNE_ENCRYPTION_KEYS="id:base64key")');
    this.keys = keys;
    this.currentKeyId = current;
  }

  keyIdOf(sealed: string): string | null {
    const parts = sealed.split('.');
    return parts.length === 5 && parts[0] === 'v1' ? (parts[1] ?? null) : null;
  }

  seal(plaintext: string, aad: string): string {
    const key = this.keys.get(this.currentKeyId) as Buffer;
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', this.currentKeyId, nonce.toString('base64url'), ct.toString('base64url'), tag.toString('base64url')].join('.');
  }

  /** Opens a sealed value; a wrong key, a wrong row or a tampered value throws — never garbage. */
  open(sealed: string, aad: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 5 || parts[0] !== 'v1') throw new DecryptionError('Not a sealed value');
    const [, keyId, nonce, ct, tag] = parts as [string, string, string, string, string];
    const key = this.keys.get(keyId);
    if (!key) throw new DecryptionError(`Encryption key "${keyId}" is not configured`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new DecryptionError(`Could not decrypt with key "${keyId}": wrong key or tampered value`);
    }
  }

  static generateKey(): string {
    return randomBytes(32).toString('base64');
  }
}

export class KeyringError extends Error {}
export class DecryptionError extends Error {}
