import { INDICATOR_DOSES } from './doseIndex';
import { STATUS_INDICATORS } from './statusIndicators';

/**
 * Programme targets and thresholds: defaults that an Aturan sheet may override. Shared by the
 * puskesmas reports and the Dinkes merge so both draw the same target line.
 */
export interface ProgrammeTargets {
  /** Annual coverage target per indicator (fraction of sasaran). */
  annual: Record<string, number>;
  /** UCI desa: IDL coverage at or above this fraction of sasaran bayi (DOMAIN.md; some provinces 0.85). */
  uciThreshold: number;
  /** Drop-out above this fraction is a problem (DOMAIN.md "PWS"). */
  dropOutThreshold: number;
}

/**
 * The defaults: each dose indicator's target from its record (antigenDoses.ts) and the status
 * indicators' (statusIndicators.ts); UCI and drop-out thresholds from DOMAIN.md "PWS".
 */
export const DEFAULT_TARGETS: ProgrammeTargets = {
  annual: Object.fromEntries([
    ...INDICATOR_DOSES.filter((d) => d.sheet === 'bayi').flatMap((d) => (d.indicator.target === undefined ? [] : [[d.indicator.key, d.indicator.target] as const])),
    ...STATUS_INDICATORS.map((i) => [i.key, i.target] as const),
    ...INDICATOR_DOSES.filter((d) => d.sheet !== 'bayi').flatMap((d) => (d.indicator.target === undefined ? [] : [[d.indicator.key, d.indicator.target] as const])),
  ]),
  uciThreshold: 0.8,
  dropOutThreshold: 0.05,
};

/** The target line for month M: annual target × M / 12 (DOMAIN.md "PWS"). */
export function targetLine(annual: number, month: number): number {
  return (annual * month) / 12;
}
