// My performance: the ranking's figures for me and my ratings by dimension, over the last
// 30 business days (from the analytics the server already has: staffRanking, staffReviews).
import { getTimeZone } from "@dispatchhub/ui";

export const DIMENSIONS = ["attitude", "quality", "speed", "skill"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const LEVEL: Record<string, number> = {
  VERY_SATISFIED: 5, SATISFIED: 4, NEUTRAL: 3, DISSATISFIED: 2, VERY_DISSATISFIED: 1,
};

/** A business date (YYYY-MM-DD) `daysAgo` days before now. */
export function businessDate(daysAgo = 0, now = new Date()): string {
  const moment = new Date(now.getTime() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: getTimeZone() }).format(moment);
}

/** The mean level (1..5) per dimension of these reviews; null for a dimension without any. */
export function meanByDimension(reviews: readonly Record<Dimension, string>[]): Record<Dimension, number | null> {
  const result = {} as Record<Dimension, number | null>;
  for (const dimension of DIMENSIONS) {
    const levels = reviews.map((r) => LEVEL[r[dimension]]).filter((v): v is number => v !== undefined);
    result[dimension] = levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : null;
  }
  return result;
}
