import { ValidationSpec } from '../../../sheets/spec';
import { xmlText } from './xmlText';

const ERROR_TITLE = 'Nilai tidak sesuai';

/**
 * The sheet's `<dataValidations>`: one rule per spec over its whole range (one sqref), not one
 * per cell. Prompt titles and texts are cut to what Excel accepts (32 and 255 characters).
 * Date bounds are serials, already in the workbook's date system (sheets/dateSystem.ts).
 */
export function validationsXml(validations: readonly ValidationSpec[] | undefined): string {
  if (!validations?.length) return '';
  return `<dataValidations count="${validations.length}">${validations.map(validationXml).join('')}</dataValidations>`;
}

function validationXml(v: ValidationSpec): string {
  const prompt = v.prompt ? ` showInputMessage="1" promptTitle="${xmlText(v.prompt.title.slice(0, 32))}" prompt="${xmlText(v.prompt.text.slice(0, 255))}"` : '';
  if (v.kind === 'prompt') return `<dataValidation allowBlank="1"${prompt} sqref="${v.range}"/>`;
  const error = (text: string) => ` showErrorMessage="1" errorTitle="${ERROR_TITLE}" error="${xmlText(text)}"`;
  const style = ` errorStyle="${v.strict ? 'stop' : 'warning'}"`;
  if (v.kind === 'list') {
    const formula = (v.source ?? `"${(v.values ?? []).join(',')}"`).replace(/^=/, '');
    return `<dataValidation type="list"${style} allowBlank="1"${prompt}${error('Pilih salah satu nilai dari daftar.')} sqref="${v.range}"><formula1>${xmlText(formula)}</formula1></dataValidation>`;
  }
  const message = v.kind === 'whole' ? `Isi bilangan bulat ${v.min}–${v.max}.` : 'Isi tanggal yang benar (hari-bulan-tahun).';
  return `<dataValidation type="${v.kind}"${style} operator="between" allowBlank="1"${prompt}${error(message)} sqref="${v.range}"><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
}
