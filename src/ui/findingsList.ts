import { Finding } from '../domain/findings';
import { h } from './dom';

/** One line of the findings list: a register finding or a file the merge could not use. */
export interface FindingView {
  severity: 'error' | 'warning';
  where: string;
  message: string;
  /** Where Excel can show it. */
  sheet?: string;
  cell?: string;
}

/** A register finding; without a cell of its own Excel shows the start of its row. */
export function registerFindingView(f: Finding): FindingView {
  return { severity: f.severity, where: [f.sheet, f.row > 0 ? `baris ${f.row}` : null, f.column || null].filter(Boolean).join(' · '), message: f.message, sheet: f.sheet, cell: f.cell ?? `A${Math.max(1, f.row)}` };
}

/** A finding as a list item: a button that shows its cell when Excel can, text otherwise. */
export function findingItem(finding: FindingView, onSelect: (() => void) | null): HTMLLIElement {
  const body = [
    h('span', { class: 'severity' }, finding.severity === 'error' ? 'Error' : 'Peringatan'),
    h('span', { class: 'where' }, finding.where),
    h('span', { class: 'message' }, finding.message),
  ];
  const item = h('li', { class: `finding ${finding.severity}` });
  if (onSelect) {
    const button = h('button', { type: 'button', class: 'finding-target', title: `Pilih sel ${finding.cell ?? ''} di sheet ${finding.sheet ?? ''}` }, ...body);
    button.addEventListener('click', onSelect);
    item.append(button);
  } else {
    item.append(h('div', { class: 'finding-target' }, ...body));
  }
  return item;
}
