// The fee a reschedule or cancellation costs now, worked out as the server does from the
// cancellation policy (the rule with the highest notice reached; a percentage rounded down to
// the fen; at least the on-the-way fee once staff are travelling), so the customer sees it
// before confirming. The server's answer (`charge`) is what is recorded and shown after.

export interface CancellationPolicy {
  rules: { hoursBeforeGte: number; feeMinor?: number | null; feePercent?: number | null }[];
  staffEnRouteFeeMinor: number;
}

/** Fen owed for changing a booking of `priceMinor` starting at `start`. */
export function changeFee(policy: CancellationPolicy, priceMinor: number, start: string, staffOnTheWay: boolean, now = new Date()): number {
  const hours = Math.max(0, (Date.parse(start) - now.getTime()) / 3600e3);
  const rule = [...policy.rules].sort((a, b) => b.hoursBeforeGte - a.hoursBeforeGte).find((r) => hours >= r.hoursBeforeGte);
  let fee = 0;
  if (rule) fee = rule.feeMinor ?? Math.floor((Math.max(priceMinor, 0) * (rule.feePercent ?? 0)) / 100);
  return staffOnTheWay ? Math.max(fee, policy.staffEnRouteFeeMinor) : fee;
}
