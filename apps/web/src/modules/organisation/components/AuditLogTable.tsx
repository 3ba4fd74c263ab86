import { Button } from '@attune/ui/Button';
import { EmptyState, ErrorState, LoadingState } from '@attune/ui/PageState';
import { useState } from 'react';
import { useI18n } from '../../../app/i18n/I18nProvider';
import type { OrganisationMessages } from '../../../app/i18n/messages/en/organisation';
import type { WellbeingMessages } from '../../../app/i18n/messages/en/wellbeing';
import { errorText } from '../../../app/result';
import { useTimeFormat, type TimeFormat } from '../../../app/time';
import { useAuditLog, type AuditEntry } from '../hooks/useAuditLog';
import { useWellbeingTexts } from '../../wellbeing/texts';
import { useOrganisationTexts } from '../texts';

const PAGE_SIZE = 20;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The details of an entry in words, where we know the action; otherwise its facts as key: value. */
export function describeDetails(
  a: OrganisationMessages['audit'],
  granularities: WellbeingMessages['granularities'],
  time: TimeFormat,
  entry: Pick<AuditEntry, 'action' | 'details'>,
): string {
  let details: Json;
  try {
    const parsed: unknown = JSON.parse(entry.details);
    details = isObject(parsed) ? parsed : {};
  } catch {
    return '';
  }
  if (entry.action === 'TEAM_WELLBEING_VIEWED') {
    const g = details.granularity;
    const granularity = g === 'WEEK' || g === 'MONTH' || g === 'QUARTER' ? granularities[g] : String(g ?? '');
    const from = typeof details.from === 'string' ? details.from : null;
    const to = typeof details.to === 'string' ? details.to : null;
    const range = from && to ? `${time.dateTime(from)} – ${time.dateTime(to)}` : '';
    return a.viewed(granularity, range, num(details.buckets) ?? 0);
  }
  if (entry.action === 'ORGANISATION_SETTINGS_UPDATED') {
    const parts: string[] = [];
    const k = details.anonymityThreshold;
    if (isObject(k) && num(k.from) !== null && num(k.to) !== null) parts.push(a.thresholdChanged(num(k.from) ?? 0, num(k.to) ?? 0));
    const s = details.supportResources;
    if (isObject(s) && num(s.from) !== null && num(s.to) !== null) parts.push(a.resourcesChanged(num(s.from) ?? 0, num(s.to) ?? 0));
    return parts.join('; ');
  }
  if (Array.isArray(details.sections)) return a.sections(details.sections.map(String).join(', '));
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

/** The organisation's audit log, newest first, a page at a time. */
export function AuditLogTable() {
  const { t } = useI18n();
  const tWellbeing = useWellbeingTexts();
  const tOrganisation = useOrganisationTexts();
  const a = tOrganisation.audit;
  const time = useTimeFormat();
  // Cursors of the pages seen so far: [null] is the newest page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const before = cursors[cursors.length - 1] ?? null;
  const { entries, hasOlder, loading, error, refetch } = useAuditLog(PAGE_SIZE, before);

  if (!entries) {
    return loading ? (
      <LoadingState label={a.loading} />
    ) : (
      <ErrorState title={a.loadFailed} message={error ? errorText(t, error) : undefined} retryLabel={t.common.retry} onRetry={refetch} />
    );
  }
  if (entries.length === 0 && cursors.length === 1) return <EmptyState title={a.empty} />;

  const actionName = (action: string): string => (action in a.actions ? a.actions[action as keyof typeof a.actions] : action);
  const last = entries[entries.length - 1];
  return (
    <div className="at-stack">
      <div className="app-table-scroll">
        <table className="at-table">
          <caption className="at-visually-hidden">
            {a.caption} · {a.page(cursors.length)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{a.when}</th>
              <th scope="col">{a.who}</th>
              <th scope="col">{a.what}</th>
              <th scope="col">{a.team}</th>
              <th scope="col">{a.details}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.occurredAt}>{time.dateTime(e.occurredAt)}</time>
                </td>
                <td>{e.actorName ?? <span className="at-muted">{a.deletedAccount}</span>}</td>
                <td>{actionName(e.action)}</td>
                <td>{e.teamName ?? ''}</td>
                <td>{describeDetails(a, tWellbeing.granularities, time, e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="at-form__actions">
        <Button variant="secondary" isDisabled={cursors.length === 1} onPress={() => setCursors((c) => c.slice(0, -1))}>
          {a.newer}
        </Button>
        <Button variant="secondary" isDisabled={!hasOlder || !last} onPress={() => last && setCursors((c) => [...c, last.id])}>
          {a.older}
        </Button>
        <span className="at-muted" aria-live="polite">
          {a.page(cursors.length)}
        </span>
      </div>
    </div>
  );
}
