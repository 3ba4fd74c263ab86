/**
 * Time-zone arithmetic from the runtime's own IANA database (Intl), without a library:
 * wall-clock parts of an instant in a zone, the zone's UTC offset, and the instants at
 * which that offset changes. The iCalendar writer builds VTIMEZONE components from these.
 */

/** Wall-clock fields (month 1–12). */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** An instant at which a zone's UTC offset changes (offsets in seconds east of UTC). */
export interface ZoneTransition {
  readonly at: Date;
  readonly offsetFrom: number;
  readonly offsetTo: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    // Throws RangeError for a zone the runtime does not know.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time of `at` in `zone` (whole seconds). */
export function wallTimeIn(zone: string, at: Date): WallTime {
  const fields: Record<string, number> = {};
  let bc = false;
  for (const part of formatter(zone).formatToParts(at)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const year = fields.year ?? 1970;
  return {
    year: bc ? 1 - year : year,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** Milliseconds of a wall time read as if it were UTC. */
function wallAsUtcMs(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** The UTC offset of `zone` at `at`, in seconds east of UTC. */
export function offsetSecondsAt(zone: string, at: Date): number {
  const whole = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((wallAsUtcMs(wallTimeIn(zone, new Date(whole))) - whole) / 1000);
}

/** The wall time that is `offsetSeconds` east of UTC at `at` (no zone rules involved). */
export function wallTimeAtOffset(at: Date, offsetSeconds: number): WallTime {
  const d = new Date(Math.floor(at.getTime() / 1000) * 1000 + offsetSeconds * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Every instant at which `zone` shows wall time `w`: none in a gap, two in a repeated hour. */
export function occurrencesOfWallTime(zone: string, w: WallTime): Date[] {
  const asUtc = wallAsUtcMs(w);
  const offsets = new Set<number>();
  for (const dh of [-36, -12, 0, 12, 36]) offsets.add(offsetSecondsAt(zone, new Date(asUtc + dh * 3_600_000)));
  return [...offsets]
    .map((o) => asUtc - o * 1000)
    .filter((t) => offsetSecondsAt(zone, new Date(t)) * 1000 === asUtc - t)
    .sort((a, b) => a - b)
    .map((t) => new Date(t));
}

/**
 * The instant a wall time denotes in `zone` by the iCalendar rule (RFC 5545 §3.3.5): a wall
 * time that occurs twice (the hour repeated when clocks go back) means its first occurrence;
 * a wall time skipped by a forward change is read with the offset from before the change.
 */
export function instantOfWallTime(zone: string, w: WallTime): Date {
  const first = occurrencesOfWallTime(zone, w)[0];
  if (first) return first;
  const asUtc = wallAsUtcMs(w);
  return new Date(asUtc - offsetSecondsAt(zone, new Date(asUtc - 36 * 3_600_000)) * 1000);
}

const DAY_MS = 86_400_000;

/**
 * Every change of UTC offset in `zone` within (from, to]. Found a calendar year (UTC) at a time
 * and remembered per zone and year: a mail's or feed's VTIMEZONE looks two years back, which
 * would otherwise cost hundreds of Intl calls per calendar written.
 */
export function zoneTransitions(zone: string, from: Date, to: Date): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  const start = Math.floor(from.getTime() / 1000) * 1000;
  const end = to.getTime();
  if (end <= start) return out;
  for (let year = new Date(start).getUTCFullYear(); year <= new Date(end).getUTCFullYear(); year += 1) {
    for (const t of transitionsInYear(zone, year)) {
      if (t.at.getTime() > start && t.at.getTime() <= end) out.push(t);
    }
  }
  return out;
}

/** Zone → year → its offset changes; bounded by the zones in use times the years asked for. */
const transitionsByYear = new Map<string, Map<number, readonly ZoneTransition[]>>();

/** The offset changes of `zone` within (1 January `year`, 1 January `year + 1`], UTC. */
function transitionsInYear(zone: string, year: number): readonly ZoneTransition[] {
  let years = transitionsByYear.get(zone);
  if (!years) {
    years = new Map();
    transitionsByYear.set(zone, years);
  }
  let found = years.get(year);
  if (!found) {
    found = scanTransitions(zone, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    years.set(year, found);
  }
  return found;
}

/**
 * The offset changes within (start, end] (whole seconds), found by sampling daily and bisecting
 * to the second. Zones never change offset twice within one day in practice.
 */
function scanTransitions(zone: string, start: number, end: number): ZoneTransition[] {
  const out: ZoneTransition[] = [];
  let t = start;
  let offset = offsetSecondsAt(zone, new Date(t));
  while (t < end) {
    const next = Math.min(t + DAY_MS, end);
    const nextOffset = offsetSecondsAt(zone, new Date(next));
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetSecondsAt(zone, new Date(mid)) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), offsetFrom: offset, offsetTo: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

/** The latest offset change in `zone` at or before `at`, looking back at most `years` years. */
export function lastTransitionBefore(zone: string, at: Date, years = 2): ZoneTransition | undefined {
  const from = new Date(at.getTime() - years * 366 * DAY_MS);
  const found = zoneTransitions(zone, from, at);
  return found[found.length - 1];
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at `at` (e.g. CET, CEST, EDT), or undefined when the runtime only knows "GMT+1". */
export function zoneAbbreviation(zone: string, at: Date): string | undefined {
  for (const locale of ['en-US', 'en-GB']) {
    const key = `${locale} ${zone}`;
    let f = nameFormatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
      nameFormatters.set(key, f);
    }
    const name = f
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)([+-−]|$)/u.test(name)) return name;
  }
  return undefined;
}

export function isKnownTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}
