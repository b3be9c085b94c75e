/**
 * Remaining-time estimates shared by the mappers (pure). Each adapter decides which vendor figures it
 * feeds in (its README's State mapping section says which); a vendor's own remaining time always wins.
 */

/** Seconds left at a steady rate: remaining bytes / bytes per second. null without a positive rate or a byte count. */
export function remainingFromRate(remainingBytes: number | null | undefined, bytesPerSecond: number | null | undefined): number | null {
  if (typeof remainingBytes !== 'number' || !Number.isFinite(remainingBytes) || remainingBytes < 0) return null;
  if (typeof bytesPerSecond !== 'number' || !Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0) return null;
  return Math.round(remainingBytes / bytesPerSecond);
}

/**
 * Seconds left if the rest goes as fast as what is done: elapsed x (100 - percent) / percent. null
 * unless 0 < percent < 100 and some time has elapsed (no estimate from nothing).
 */
export function remainingFromElapsed(percent: number | null | undefined, elapsedSeconds: number | null | undefined): number | null {
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent <= 0 || percent >= 100) return null;
  if (typeof elapsedSeconds !== 'number' || !Number.isFinite(elapsedSeconds) || elapsedSeconds <= 0) return null;
  return Math.round((elapsedSeconds * (100 - percent)) / percent);
}

/** ISO-8601 time `seconds` after `fromMs` (epoch ms); null when either is unknown. */
export function completionAt(fromMs: number | null | undefined, seconds: number | null): string | null {
  if (seconds === null || typeof fromMs !== 'number' || !Number.isFinite(fromMs) || fromMs <= 0) return null;
  return new Date(fromMs + seconds * 1000).toISOString();
}
