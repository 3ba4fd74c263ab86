import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// jsdom has no CSS.escape (React Aria uses it to find items); this follows the CSSOM algorithm.
if (typeof globalThis.CSS === 'undefined' || typeof globalThis.CSS.escape !== 'function') {
  const escape = (value: string): string => {
    const s = String(value);
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0) out += '\uFFFD';
      else if ((c >= 1 && c <= 31) || c === 127 || (i === 0 && c >= 48 && c <= 57) || (i === 1 && c >= 48 && c <= 57 && s.charCodeAt(0) === 45)) {
        out += `\\${c.toString(16)} `;
      } else if (i === 0 && s.length === 1 && c === 45) out += `\\${s.charAt(i)}`;
      else if (c >= 128 || c === 45 || c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        out += s.charAt(i);
      } else out += `\\${s.charAt(i)}`;
    }
    return out;
  };
  Object.defineProperty(globalThis, 'CSS', { value: { ...(globalThis.CSS ?? {}), escape }, configurable: true });
}

afterEach(() => cleanup());

// Each test starts without a remembered language choice and with the browser saying English.
beforeEach(() => {
  localStorage.clear();
  Object.defineProperty(navigator, 'languages', { value: ['en-GB', 'en'], configurable: true });
});

// jsdom does not scroll; react-router's ScrollRestoration calls it.
window.scrollTo = () => {};
