/** The periods "My integration" offers, as a range ending now. */
export const INTEGRATION_PERIODS = ['P3M', 'P1Y', 'P2Y'] as const;
export type IntegrationPeriod = (typeof INTEGRATION_PERIODS)[number];

const MONTHS: Record<IntegrationPeriod, number> = { P3M: 3, P1Y: 12, P2Y: 24 };

/** [now − period, now + 1 minute): the minute keeps a check-in made just now inside the range. */
export function periodRange(period: IntegrationPeriod, now: Date): { from: string; to: string } {
  const from = new Date(now);
  from.setMonth(from.getMonth() - MONTHS[period]);
  return { from: from.toISOString(), to: new Date(now.getTime() + 60_000).toISOString() };
}
