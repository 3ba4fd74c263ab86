import { DecryptionError, Keyring, KeyringError } from '../keyring';

const k1 = Keyring.generateKey();
const k2 = Keyring.generateKey();

describe('Keyring', () => {
  it('seals with a fresh nonce each time and opens again', () => {
    const ring = new Keyring(`a:${k1}`);
    const one = ring.seal('wat er in mij gebeurde', 'reflection:body:1');
    const two = ring.seal('wat er in mij gebeurde', 'reflection:body:1');
    expect(one).not.toBe(two);
    expect(one).not.toContain('gebeurde');
    expect(ring.keyIdOf(one)).toBe('a');
    expect(ring.open(one, 'reflection:body:1')).toBe('wat er in mij gebeurde');
  });

  it('fails loudly with a wrong key, another row, or a tampered value', () => {
    const sealed = new Keyring(`a:${k1}`).seal('geheim', 'x:y:1');
    expect(() => new Keyring(`a:${k2}`).open(sealed, 'x:y:1')).toThrow(DecryptionError);
    expect(() => new Keyring(`a:${k1}`).open(sealed, 'x:y:2')).toThrow(DecryptionError);
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => new Keyring(`a:${k1}`).open(parts.join('.'), 'x:y:1')).toThrow(DecryptionError);
    expect(() => new Keyring(`b:${k1}`).open(sealed, 'x:y:1')).toThrow(/not configured/u);
  });

  it('rotates: the first key seals, older keys still open', () => {
    const old = new Keyring(`a:${k1}`).seal('oud', 'x:y:1');
    const ring = new Keyring(`b:${k2},a:${k1}`);
    expect(ring.currentKeyId).toBe('b');
    expect(ring.open(old, 'x:y:1')).toBe('oud');
    expect(ring.keyIdOf(ring.seal('nieuw', 'x:y:1'))).toBe('b');
  });

  it('refuses bad key configuration', () => {
    expect(() => new Keyring('')).toThrow(KeyringError);
    expect(() => new Keyring('a:c2hvcnQ=')).toThrow(/32 bytes/u);
    expect(() => new Keyring(`a:${k1},a:${k2}`)).toThrow(/twice/u);
  });
});
