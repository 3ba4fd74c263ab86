import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { onAuthWrite } from '../../database/auth-writes';

/** The channel the auth tables' triggers notify on (migration 1764750000000-auth-change-notify). */
export const AUTH_CHANGED_CHANNEL = 'attune_auth_changed';

/** After this process writes to an auth table, nothing is cached for this long (the change's NOTIFY clears it again on commit). */
const WRITE_PAUSE_MS = 2000;
const MAX_ENTRIES = 20_000;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 5_000;

interface Entry<T> {
  readonly value: T;
  readonly until: number;
}

/**
 * Who is behind a session token, kept for a few seconds so that most requests need no database
 * round trip before their real work (for a small query that round trip was a quarter of the
 * API's time per request). Correctness rests on invalidation, not on the time limit:
 *
 * - Every committed change to sessions, users, memberships or admin rights NOTIFYs
 *   `attune_auth_changed` (a trigger per table, fired on commit, whoever made the change); each
 *   API process LISTENs on its own connection and empties its cache when told.
 * - Before this process writes to one of those tables, it empties the cache and stops filling it
 *   for a moment (auth-writes.ts), so a request running while the change is still uncommitted
 *   cannot cache the old state; the NOTIFY on commit empties it once more.
 * - A load that started before an invalidation is never stored (generation counter).
 * - While the listening connection is down, nothing is cached and every request reads the
 *   database, as it would with ATTUNE_AUTH_CACHE_MS=0.
 * - An entry never outlives its login session, nor `ttlMs`.
 * Unknown tokens are never cached, so guessing tokens cannot fill memory.
 */
@Injectable()
export class SessionCache<T> implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('SessionCache');
  private readonly entries = new Map<string, Entry<T>>();
  private readonly ttlMs: number;
  private gen = 0;
  private pausedUntil = 0;
  private listening = false;
  private closing = false;
  private client: Client | null = null;
  private reconnectDelay = RECONNECT_MIN_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly unsubscribe: () => void;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.ttlMs = config.authCacheMs;
    this.unsubscribe = onAuthWrite(() => this.pause());
  }

  async onModuleInit(): Promise<void> {
    if (this.ttlMs > 0) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.unsubscribe();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.invalidate();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Whether entries are being served (the cache is on and its invalidation channel is up). */
  get active(): boolean {
    return this.listening && this.ttlMs > 0;
  }

  /** The current generation: pass it back to `set`, taken before the load. */
  generation(): number {
    return this.gen;
  }

  get(key: string): T | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores a value loaded since `generation`, valid until `notAfter` (epoch ms) at the latest. */
  set(key: string, value: T, generation: number, notAfter: number): void {
    const now = Date.now();
    if (!this.active || generation !== this.gen || now < this.pausedUntil) return;
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, until: Math.min(now + this.ttlMs, notAfter) });
  }

  /** Forgets everything, and ignores loads that were already under way. */
  invalidate(): void {
    this.gen += 1;
    this.entries.clear();
  }

  private pause(): void {
    this.invalidate();
    this.pausedUntil = Date.now() + WRITE_PAUSE_MS;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'attune-auth-listener', keepAlive: true });
    const lost = (why: unknown): void => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.invalidate();
      void client.end().catch(() => undefined);
      if (!this.closing) {
        this.logger.warn(`Auth change channel lost (${why instanceof Error ? why.message : String(why)}); caching off until it is back`);
        this.scheduleReconnect();
      }
    };
    client.on('error', lost);
    client.on('end', () => lost('connection ended'));
    client.on('notification', () => this.invalidate());
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANGED_CHANNEL}`);
      if (this.client !== client || this.closing) return;
      this.invalidate();
      this.listening = true;
      this.reconnectDelay = RECONNECT_MIN_MS;
    } catch (e) {
      lost(e);
    }
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer || this.closing) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, RECONNECT_MAX_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (!this.closing) void this.listen();
    }, delay);
    this.reconnectTimer.unref();
  }
}
