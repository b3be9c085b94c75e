/** One benchmark figure, printed next to its target. Targets are ratios or bounds, never timed tests. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "<= 1.10" or ">= 10x". */
  target: string;
  pass: boolean;
  note?: string;
}
