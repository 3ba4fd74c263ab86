// Text output shared by the bench and bench:compare.

/** A number with `digits` decimals, or '–' when there is none. */
export const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');

/** A plain-text table: a header, a rule, the rows; columns in `left` are left-aligned, the rest right. */
export function textTable(head, rows, left = [0]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (left.includes(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** BENCH_ONLY=me,sessions,…: whether an operation is asked for (by its name, or its first word). */
export function selected(name) {
  const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
  return !only || only.has(name) || only.has(name.split(' ')[0]);
}
