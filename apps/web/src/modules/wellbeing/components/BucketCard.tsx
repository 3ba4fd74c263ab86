import { WELLBEING_METRICS } from '@attune/domain';
import { AnonymityNotice } from '@attune/ui/AnonymityNotice';
import { Badge } from '@attune/ui/Badge';
import { Card } from '@attune/ui/Card';
import { Notice } from '@attune/ui/Notice';
import { useI18n } from '../../../app/i18n/I18nProvider';
import { INTL_LOCALE } from '../../../app/i18n/locale';
import type { DistributionBand, WellbeingMetric } from '../../../generated/graphql';
import type { WellbeingBucket } from '../hooks/useTeamWellbeing';
import { useCheckInTexts } from '../../check-in/texts';
import { useWellbeingTexts } from '../texts';

/**
 * One fixed calendar period. A suppressed period shows why, and no figures at all — not even
 * how many responded. A shown period lists respondents, participation and, per measure, the
 * mean and (when safe) the distribution in bands.
 */
export function BucketCard({ bucket, label }: { bucket: WellbeingBucket; label: string }) {
  const { locale } = useI18n();
  const tCheckIn = useCheckInTexts();
  const tWellbeing = useWellbeingTexts();
  const w = tWellbeing;
  const tag = INTL_LOCALE[locale];
  const mean = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });

  if (bucket.suppressed || !bucket.metrics) {
    const notSettled = bucket.suppressionReason === 'NOT_SETTLED';
    return (
      <Card as="article" title={label} headingLevel={3} aside={<Badge>{notSettled ? w.notEnded : w.notShown}</Badge>}>
        {notSettled ? (
          <Notice tone="info" title={w.notSettled}>
            <p>{w.notSettledBody}</p>
          </Notice>
        ) : (
          <AnonymityNotice title={w.suppressed}>
            {bucket.suppressionReason && bucket.suppressionReason !== 'NOT_SETTLED'
              ? w.suppressedBody[bucket.suppressionReason]
              : w.suppressedBody.TOO_FEW_RESPONDENTS}
          </AnonymityNotice>
        )}
      </Card>
    );
  }

  const metrics = WELLBEING_METRICS.flatMap((m) => bucket.metrics?.find((x) => x.metric === m) ?? []);
  const bandName = (metric: WellbeingMetric, band: DistributionBand): string =>
    metric === 'WHO5'
      ? w.who5Bands[band as keyof typeof w.who5Bands] ?? band
      : w.scaleBands[band as keyof typeof w.scaleBands] ?? band;

  return (
    <Card as="article" title={label} headingLevel={3}>
      <dl className="app-dl app-bucket__facts">
        <dt>{w.respondents}</dt>
        <dd>{w.respondentsValue(bucket.respondents, bucket.members)}</dd>
        <dt>{w.participation}</dt>
        <dd>{bucket.participationRate === null ? '–' : percent.format(bucket.participationRate)}</dd>
        {bucket.responses !== null ? (
          <>
            <dt>{w.responses}</dt>
            <dd>{bucket.responses}</dd>
          </>
        ) : null}
      </dl>
      <div className="app-table-scroll">
        <table className="at-table app-bucket__table">
          <caption className="at-visually-hidden">{w.caption(label)}</caption>
          <thead>
            <tr>
              <th scope="col">{w.measure}</th>
              <th scope="col">{w.average}</th>
              <th scope="col">{w.distribution}</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.metric}>
                <th scope="row">{tCheckIn.scaleNames[m.metric]}</th>
                <td>{mean.format(m.mean)}</td>
                <td>
                  {m.bands ? (
                    <>
                      <span className="app-bands" aria-hidden="true">
                        {m.bands.map((b, i) =>
                          b.count > 0 ? <span key={b.band} className={`app-bands__part app-bands__part--${i + 1}`} style={{ flexGrow: b.count }} /> : null,
                        )}
                      </span>
                      <span className="app-bands__text">
                        {m.bands.map((b) => w.bandCount(bandName(m.metric, b.band), b.count, percent.format(b.share))).join(' · ')}
                      </span>
                    </>
                  ) : (
                    <span className="at-muted">{w.bandsWithheld}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
