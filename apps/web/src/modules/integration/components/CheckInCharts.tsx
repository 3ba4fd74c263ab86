import { QUICK_SCALES, QUICK_SCALE_MAX, WHO5_LOW_BELOW, WHO5_NEEDS_SUPPORT_AT_OR_BELOW } from '@attune/domain';
import { Tabs } from '@attune/ui/Tabs';
import type { MyIntegration } from '../hooks/useMyIntegration';
import { SeriesChart } from './SeriesChart';
import { useCheckInTexts } from '../../check-in/texts';
import { useIntegrationTexts } from '../texts';

/** WHO-5 over time and the six quick scales (one tab each), from my check-ins. */
export function CheckInCharts({ integration }: { integration: MyIntegration }) {
  const tCheckIn = useCheckInTexts();
  const tIntegration = useIntegrationTexts();
  const i = tIntegration;
  return (
    <div className="at-stack">
      <SeriesChart
        title={i.who5.title}
        description={i.who5.description}
        points={integration.who5}
        min={0}
        max={100}
        valueHeader={i.who5.scoreHeader}
        emptyLabel={i.who5.empty}
        thresholds={[
          { value: WHO5_LOW_BELOW, label: i.who5.low },
          { value: WHO5_NEEDS_SUPPORT_AT_OR_BELOW, label: i.who5.support },
        ]}
      />
      <div>
        <h3>{i.scales.heading}</h3>
        <p className="at-muted">{i.scales.description}</p>
        <Tabs
          label={i.scales.heading}
          items={QUICK_SCALES.map((scale) => ({
            id: scale,
            label: tCheckIn.scaleNames[scale],
            content: (
              <SeriesChart
                title={tCheckIn.scaleNames[scale]}
                points={integration.scales.find((s) => s.scale === scale)?.points ?? []}
                min={0}
                max={QUICK_SCALE_MAX}
                emptyLabel={i.scales.empty}
              />
            ),
          }))}
        />
      </div>
    </div>
  );
}
