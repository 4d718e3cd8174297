import { ConditionalFormatSpec } from '../../../sheets/spec';
import { xmlText } from './xmlText';

/**
 * The sheet's `<conditionalFormatting>` elements, one per spec, in spec order: Excel applies
 * the lowest priority number first. `dxf` gives each rule's differential format index.
 */
export function conditionalFormatsXml(formats: readonly ConditionalFormatSpec[] | undefined, dxf: (cf: ConditionalFormatSpec) => number): string {
  return (formats ?? [])
    .map((cf, i) => {
      const head = `<cfRule type="cellIs" dxfId="${dxf(cf)}" priority="${i + 1}"`;
      const rule =
        cf.rule.kind === 'cellValue'
          ? `${head} operator="${cf.rule.operator}">${cf.rule.values.map((v) => `<formula>${v}</formula>`).join('')}</cfRule>`
          : // A whole-cell match ("Kurang" must not colour "Kurang sekali"), case-insensitive as Excel compares text.
            `${head} operator="equal"><formula>${xmlText(`"${cf.rule.text.replace(/"/g, '""')}"`)}</formula></cfRule>`;
      return `<conditionalFormatting sqref="${cf.range}">${rule}</conditionalFormatting>`;
    })
    .join('');
}
