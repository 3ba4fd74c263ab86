import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions, monthly series and bookings.
 *
 * The booking rules that concurrency could break live here, not only in the service:
 * - capacity: `session.confirmed_count` is kept by a trigger on `booking` in the same statement,
 *   and `CHECK (confirmed_count <= capacity)` refuses the row that would overflow. The trigger's
 *   UPDATE takes the session row lock, so concurrent confirmations queue on that row and each
 *   sees the count the previous one committed.
 * - no overlap: `booking.during` (a copy of the session's time range, kept by trigger) with an
 *   exclusion constraint over (user_id =, during &&) for confirmed bookings (btree_gist).
 * - one confirmed CARE booking per member, team and month: a unique partial index over
 *   (user_id, team_id, care_month); `care_month` is computed by trigger in the team's time zone.
 * - one active booking per member and session: a unique partial index.
 * Copied columns (team_id, kind, during, care_month, waitlist_seq) and the counters are written
 * only by triggers, so no client can forge them to slip past a constraint.
 */
export class SessionsAndBooking1764100000000 implements MigrationInterface {
  name = 'SessionsAndBooking1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE session_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CARE', 'SUPERVISION', 'INTERVISION')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        week_of_month text NOT NULL CHECK (week_of_month IN ('FIRST', 'SECOND', 'THIRD', 'FOURTH', 'LAST')),
        weekday text NOT NULL CHECK (weekday IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
        start_time time NOT NULL,
        end_time time NOT NULL,
        time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        location text CHECK (location IS NULL OR length(location) BETWEEN 1 AND 200),
        video_url text CHECK (video_url IS NULL OR (video_url LIKE 'https://%' AND length(video_url) <= 500)),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
        facilitator_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        min_notice_minutes integer NOT NULL DEFAULT 0 CHECK (min_notice_minutes BETWEEN 0 AND 20160),
        first_month date NOT NULL CHECK (extract(day FROM first_month) = 1),
        months integer NOT NULL CHECK (months BETWEEN 1 AND 24),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_series_ends_after_start CHECK (end_time > start_time)
      )`);
    await q.query(`CREATE INDEX session_series_team_idx ON session_series (team_id)`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        series_id uuid REFERENCES session_series(id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('CARE', 'SUPERVISION', 'INTERVISION')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
        location text CHECK (location IS NULL OR length(location) BETWEEN 1 AND 200),
        video_url text CHECK (video_url IS NULL OR (video_url LIKE 'https://%' AND length(video_url) <= 500)),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
        confirmed_count integer NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0),
        waitlist_count integer NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),
        facilitator_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        min_notice_minutes integer NOT NULL DEFAULT 0 CHECK (min_notice_minutes BETWEEN 0 AND 20160),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        cancelled_at timestamptz,
        cancel_reason text CHECK (cancel_reason IS NULL OR length(cancel_reason) BETWEEN 1 AND 500),
        created_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT session_duration_max CHECK (ends_at - starts_at <= interval '12 hours'),
        CONSTRAINT session_confirmed_within_capacity CHECK (confirmed_count <= capacity),
        CONSTRAINT session_cancel_reason_given CHECK (cancelled_at IS NULL OR cancel_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX session_team_starts_idx ON session (team_id, starts_at)`);
    await q.query(`CREATE INDEX session_facilitator_idx ON session (facilitator_id) WHERE facilitator_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX session_series_occurrence_key ON session (series_id, starts_at) WHERE series_id IS NOT NULL`);

    await q.query(`CREATE SEQUENCE booking_waitlist_seq AS bigint`);
    await q.query(`
      CREATE TABLE booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
        waitlist_seq bigint,
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CARE', 'SUPERVISION', 'INTERVISION')),
        during tstzrange NOT NULL,
        care_month date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        attended boolean,
        attendance_marked_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        attendance_marked_at timestamptz,
        CONSTRAINT booking_cancelled_at_set CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
        CONSTRAINT booking_waitlist_ordered CHECK (status <> 'WAITLISTED' OR waitlist_seq IS NOT NULL),
        CONSTRAINT booking_attendance_confirmed CHECK (attended IS NULL OR status = 'CONFIRMED'),
        CONSTRAINT booking_attendance_marked CHECK ((attended IS NULL) = (attendance_marked_at IS NULL)),
        CONSTRAINT booking_no_overlap EXCLUDE USING gist (user_id WITH =, during WITH &&) WHERE (status = 'CONFIRMED')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX booking_one_active_per_session ON booking (session_id, user_id) WHERE status IN ('CONFIRMED', 'WAITLISTED')`,
    );
    await q.query(
      `CREATE UNIQUE INDEX booking_one_care_per_month ON booking (user_id, team_id, care_month) WHERE status = 'CONFIRMED' AND kind = 'CARE'`,
    );
    await q.query(`CREATE INDEX booking_session_idx ON booking (session_id, status)`);
    await q.query(`CREATE INDEX booking_waitlist_idx ON booking (session_id, waitlist_seq) WHERE status = 'WAITLISTED'`);
    await q.query(`CREATE INDEX booking_user_idx ON booking (user_id, status)`);

    // Counters on session are written only by the booking trigger below (trigger depth ≥ 2).
    await q.query(`
      CREATE FUNCTION session_guard_counters() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.confirmed_count := 0;
          NEW.waitlist_count := 0;
          RETURN NEW;
        END IF;
        IF (NEW.confirmed_count <> OLD.confirmed_count OR NEW.waitlist_count <> OLD.waitlist_count)
           AND pg_trigger_depth() < 2 THEN
          RAISE EXCEPTION 'Seat counts are kept by the database'
            USING ERRCODE = '23514', CONSTRAINT = 'session_counts_maintained';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER session_guard_counters BEFORE INSERT OR UPDATE ON session
        FOR EACH ROW EXECUTE FUNCTION session_guard_counters()`);

    // Copies the session's team, kind, time range and care month (in the team's time zone) into
    // the booking, assigns waitlist order, and refuses moves, reopening and cancelled sessions.
    await q.query(`
      CREATE FUNCTION booking_sync_from_session() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        src record;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.session_id <> OLD.session_id OR NEW.user_id <> OLD.user_id THEN
            RAISE EXCEPTION 'A booking cannot move to another session or person'
              USING ERRCODE = '23514', CONSTRAINT = 'booking_owner_fixed';
          END IF;
          IF OLD.status = 'CANCELLED' AND NEW.status <> 'CANCELLED' THEN
            RAISE EXCEPTION 'A cancelled booking stays cancelled'
              USING ERRCODE = '23514', CONSTRAINT = 'booking_cancel_final';
          END IF;
          IF OLD.status = 'CONFIRMED' AND NEW.status = 'WAITLISTED' THEN
            RAISE EXCEPTION 'A confirmed booking cannot go back to the waitlist'
              USING ERRCODE = '23514', CONSTRAINT = 'booking_no_demotion';
          END IF;
        END IF;

        SELECT s.team_id, s.kind, s.starts_at, s.ends_at, s.cancelled_at, t.time_zone
          INTO src
          FROM session s JOIN team t ON t.id = s.team_id
         WHERE s.id = NEW.session_id;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'Session not found' USING ERRCODE = '23503', CONSTRAINT = 'booking_session_id_fkey';
        END IF;
        IF NEW.status <> 'CANCELLED' AND src.cancelled_at IS NOT NULL
           AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
          RAISE EXCEPTION 'This session has been cancelled'
            USING ERRCODE = '23514', CONSTRAINT = 'booking_session_not_cancelled';
        END IF;

        NEW.team_id := src.team_id;
        NEW.kind := src.kind;
        NEW.during := tstzrange(src.starts_at, src.ends_at, '[)');
        NEW.care_month := date_trunc('month', src.starts_at AT TIME ZONE src.time_zone)::date;

        IF NEW.status = 'WAITLISTED' THEN
          IF TG_OP = 'INSERT' OR OLD.status <> 'WAITLISTED' THEN
            NEW.waitlist_seq := nextval('booking_waitlist_seq');
          ELSE
            NEW.waitlist_seq := OLD.waitlist_seq;
          END IF;
        END IF;
        IF NEW.status = 'CONFIRMED' AND (TG_OP = 'INSERT' OR OLD.status <> 'CONFIRMED') THEN
          NEW.confirmed_at := now();
        END IF;
        IF NEW.status = 'CANCELLED' AND NEW.cancelled_at IS NULL THEN
          NEW.cancelled_at := now();
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_sync_from_session BEFORE INSERT OR UPDATE ON booking
        FOR EACH ROW EXECUTE FUNCTION booking_sync_from_session()`);

    // Keeps session.confirmed_count / waitlist_count; the UPDATE locks the session row and the
    // CHECK (confirmed_count <= capacity) refuses an overflow whatever the concurrency.
    await q.query(`
      CREATE FUNCTION booking_count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        sid uuid;
        dc integer := 0;
        dw integer := 0;
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          dc := dc - (OLD.status = 'CONFIRMED')::int;
          dw := dw - (OLD.status = 'WAITLISTED')::int;
          sid := OLD.session_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          dc := dc + (NEW.status = 'CONFIRMED')::int;
          dw := dw + (NEW.status = 'WAITLISTED')::int;
          sid := NEW.session_id;
        END IF;
        IF dc <> 0 OR dw <> 0 THEN
          UPDATE session SET confirmed_count = confirmed_count + dc, waitlist_count = waitlist_count + dw
           WHERE id = sid;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER booking_count_seats AFTER INSERT OR UPDATE OF status OR DELETE ON booking
        FOR EACH ROW EXECUTE FUNCTION booking_count_seats()`);

    // A session that moves (or changes kind) carries its bookings along, so the exclusion
    // constraint and the monthly CARE index judge the new time; a conflict refuses the move.
    await q.query(`
      CREATE FUNCTION session_sync_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE booking SET during = tstzrange(NEW.starts_at, NEW.ends_at, '[)') WHERE session_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER session_sync_bookings AFTER UPDATE OF starts_at, ends_at, kind, team_id ON session
        FOR EACH ROW
        WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.ends_at IS DISTINCT FROM NEW.ends_at
              OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.team_id IS DISTINCT FROM NEW.team_id)
        EXECUTE FUNCTION session_sync_bookings()`);

    // The care month follows the team's time zone.
    await q.query(`
      CREATE FUNCTION team_sync_care_month() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE booking SET care_month = care_month WHERE team_id = NEW.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER team_sync_care_month AFTER UPDATE OF time_zone ON team
        FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
        EXECUTE FUNCTION team_sync_care_month()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS team_sync_care_month ON team`);
    await q.query(`DROP FUNCTION IF EXISTS team_sync_care_month()`);
    await q.query(`DROP TABLE IF EXISTS booking CASCADE`);
    await q.query(`DROP SEQUENCE IF EXISTS booking_waitlist_seq`);
    await q.query(`DROP TABLE IF EXISTS session CASCADE`);
    await q.query(`DROP TABLE IF EXISTS session_series CASCADE`);
    for (const f of ['session_sync_bookings', 'booking_count_seats', 'booking_sync_from_session', 'session_guard_counters']) {
      await q.query(`DROP FUNCTION IF EXISTS ${f}()`);
    }
  }
}
