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
 * Runs one read of fixed text as a prepared statement (planned once per connection), outside any
 * transaction.
 */
export type TimelineRead = <T extends object>(text: string, values: unknown[]) => Promise<T[]>;

/**
 * Where timeline items come from. Each provider answers for one person and one time range with
 * one query of fixed text; it must only ever return that person's own items.
 */
export interface TimelineProvider {
  readonly kind: string;
  load(read: TimelineRead, user: AuthUser, from: Date, to: Date): Promise<TimelineItem[]>;
}

/** The providers of "my integration"'s timeline. Built-ins: timeline-providers.ts. */
@Injectable()
export class TimelineRegistry {
  private readonly providers = new Map<string, TimelineProvider>();

  register(provider: TimelineProvider): void {
    if (this.providers.has(provider.kind)) throw new Error(`Timeline provider "${provider.kind}" is registered twice`);
    this.providers.set(provider.kind, provider);
  }

  all(): TimelineProvider[] {
    return [...this.providers.values()];
  }
}
