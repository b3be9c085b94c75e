/** Display formats: bytes, speeds, durations, times. */
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  let v = n;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : v < 10 ? 2 : 1)} ${UNITS[i]}`;
}

export const speed = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${bytes(n)}/s`);

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
  return `${Math.floor(s / 86400)}d ${Math.floor((s % 86400) / 3600)}h`;
}

export const percent = (p: number | null | undefined) => (p === null || p === undefined ? '–' : `${p.toFixed(p >= 99.95 || p === 0 ? 0 : 1)}%`);

export function time(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

export const PROVIDER_LABEL: Record<string, string> = {
  HUAWEI_SMS: 'Huawei SMS',
  ALIBABA_SMC: 'Alibaba SMC',
  UCLOUDSTACK_SMC: 'UCloudStack SMC',
};
