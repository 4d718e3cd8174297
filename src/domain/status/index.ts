/**
 * The status engine's public API (issue 3), used by the CLI, the pane and the reports:
 * computeStatus → PersonStatus[] (dose history, status T, next dose, pregnancy needs,
 * infant schedule and IDL); dueList → the month's due/overdue list; countTDoses → valid T
 * doses by register, kelurahan, step and month.
 */
export { computeReportStatus, computeStatus } from './computeStatus';
export type { ReportStatusResult, StatusOptions, StatusResult } from './computeStatus';
export { dueList, monthRange } from './dueList';
export type { DueEntry, Month } from './dueList';
export { countTDoses, allTDoses } from './counts';
export type { TDoseCount, TDoseFilter } from './counts';
export { linkPersons } from './link';
export type * from './types';
