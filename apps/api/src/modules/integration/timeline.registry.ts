import { Injectable } from '@nestjs/common';
import type { LocalDate, LocalizedText, SessionKind } from '@attune/domain';
import type { AuthUser } from '../../common/context';

/** One moment on the member's own timeline. */
export interface TimelineItem {
  /** Unique across kinds, e.g. `check-in:<id>`. */
  readonly id: string;
  /** CHECK_IN, GOAL_SET, GOAL_STEP, SESSION_ATTENDED, REFLECTION. */
  readonly kind: string;
  readonly occurredAt: Date;
  /** The day in the member's time zone. */
  readonly date: LocalDate;
  readonly title: LocalizedText;
  readonly detail: LocalizedText | null;
  /** A number worth charting or showing (e.g. the WHO-5 score), when there is one. */
  readonly value: number | null;
  /** The session the item is about, if any. */
  readonly session?: TimelineSessionRef | null;
  /** The ratings of a reflection (never its text). */
  readonly reflection?: TimelineReflectionRef | null;
}

export interface TimelineSessionRef {
  readonly id: string;
  readonly title: string;
  readonly kind: SessionKind;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export interface TimelineReflectionRef {
  readonly id: string;
  readonly attunement: number;
  readonly resonance: number;
  readonly chaosRigidity: number | null;
}

/**
 * Where timeline items come from. Each provider answers for one person and one time range with
 * one SELECT of fixed text, which "my integration" runs as part of its single statement (one
 * round trip whatever the number of providers). The SELECT has one column, a JSON array per item
 * (`json_build_array(...)`), and is bound to `$1` (the caller's user id), `$2` and `$3` (the range
 * [from, to)); it must only ever return that person's own items. JSON gives timestamps as text
 * (`jsonTimestamptz` reads them).
 */
export interface TimelineProvider<Row extends readonly unknown[] = readonly unknown[]> {
  readonly kind: string;
  readonly sql: string;
  /** The items of the rows `sql` gave, in any order. */
  items(rows: readonly Row[], user: AuthUser): TimelineItem[];
}

/** A provider whose rows have a known shape (the registry holds providers of any shape). */
export function timelineProvider<Row extends readonly unknown[]>(provider: TimelineProvider<Row>): TimelineProvider {
  return provider as unknown as TimelineProvider;
}

/** The providers of "my integration"'s timeline. Built-ins: timeline-providers.ts. */
@Injectable()
export class TimelineRegistry {
  private readonly providers = new Map<string, TimelineProvider>();
  private list: readonly TimelineProvider[] = [];

  register(provider: TimelineProvider): void {
    if (this.providers.has(provider.kind)) throw new Error(`Timeline provider "${provider.kind}" is registered twice`);
    this.providers.set(provider.kind, provider);
    this.list = [...this.providers.values()];
  }

  /** The providers in the order they were registered (the same array until the next `register`). */
  all(): readonly TimelineProvider[] {
    return this.list;
  }
}
