/**
 * A differencing attacker for tests: it knows every published figure as a linear equation over
 * atom sums (the additive model the suppression rule is built on) and asks whether a target —
 * say a suppressed month — lies in their span, i.e. can be worked out exactly.
 *
 * Arithmetic is modulo a prime: whatever is derivable over the rationals is derivable modulo p,
 * so "not derivable mod p" is a sound answer.
 */
const P = 1_000_003;

function mod(a: number): number {
  const r = a % P;
  return r < 0 ? r + P : r;
}

function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

export class Span {
  private readonly rows: { pivot: number; row: number[] }[] = [];
  constructor(private readonly size: number) {}

  private reduce(vector: readonly number[]): number[] {
    const v = vector.map(mod);
    for (const { pivot, row } of this.rows) {
      const f = v[pivot] ?? 0;
      if (f === 0) continue;
      for (let i = 0; i < this.size; i++) v[i] = mod((v[i] ?? 0) - f * (row[i] ?? 0));
    }
    return v;
  }

  add(vector: readonly number[]): void {
    const v = this.reduce(vector);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const inv = inverse(v[pivot] ?? 1);
    this.rows.push({ pivot, row: v.map((x) => mod(x * inv)) });
  }

  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((x) => x === 0);
  }
}
