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

/*
 * Infant antigens, IDL, IBL and imunisasi rutin lengkap: 90% a year, the example of DOMAIN.md (90% → 7.5% a month).
 * TT1 bumil 90%, TT2 bumil 80%, TT SD and BIAS 100% (thesis II.D.1, "Target imunisasi").
 */
const INFANT = 0.9;

export const DEFAULT_TARGETS: ProgrammeTargets = {
  annual: {
    hb0: INFANT, bcg: INFANT, polio1: INFANT, polio2: INFANT, polio3: INFANT, polio4: INFANT,
    dpt1: INFANT, dpt2: INFANT, dpt3: INFANT, ipv: INFANT, pcv1: INFANT, pcv2: INFANT, pcv3: INFANT,
    mr1: INFANT, dpt4: INFANT, mr2: INFANT, idl: INFANT, ibl: INFANT, irl: INFANT,
    bumil_t1: 0.9, bumil_t2plus: 0.8,
    bias_dt_k1: 1, bias_mr_k1: 1, bias_td_k2: 1, bias_td_k3: 1, bias_td_k5: 1, bias_hpv_k5: 1,
  },
  uciThreshold: 0.8,
  dropOutThreshold: 0.05,
};

/** The target line for month M: annual target × M / 12 (DOMAIN.md "PWS"). */
export function targetLine(annual: number, month: number): number {
  return (annual * month) / 12;
}
