import { Month } from '../domain/dates/month';
import { formatMonthId } from '../domain/dates/formatId';
import { SheetSpec } from '../sheets/spec';
import { templateSpecs } from '../sheets/template/templateSpecs';
import { Rename } from '../sheets/writePlan';
import { ActionOutcome, PaneAction, PickedLastYear, ScheduleChoice, SchemeChoice } from './actions';
import type { ReadMergeInput } from '../app/mergeRun';
import { LAST_YEAR_INPUT } from '../domain/quality/lastYear';
import { SCHEDULE_KEYS, SCHEDULES } from '../domain/rules/schedules';
import { kartuList } from './kartuList';
import { h } from './dom';
import { findingItem, FindingView, registerFindingView } from './findingsList';
import { explainError } from './explainError';
import { OnProgress, Progress, WorkbookHost } from '../app/workbookHost';
import type { MergeOutcome, PickedFile } from './mergeAction';
import { earlierDataPeriod, MONTHS } from './period';
import { DEFAULT_ZONE } from '../domain/dates/zoneClock';
import { defaultReportPeriod } from '../domain/reports/period';
import { privateMergeRefusal, privateSheets } from './privateSheets';

/** A workbook opened from disk (file mode), with a result to download once changed. */
export interface OpenedFile extends WorkbookHost {
  readonly fileName: string;
  readonly changed: boolean;
  result(): { name: string; bytes: Uint8Array };
}

export type PaneMode =
  | { mode: 'excel'; host: WorkbookHost }
  | {
      mode: 'file';
      openFile: (name: string, bytes: Uint8Array) => OpenedFile;
      download: (name: string, bytes: Uint8Array) => void;
      /** Downloads sheets as a new workbook (the district report when no file is open). */
      saveNew: (name: string, specs: readonly SheetSpec[]) => Promise<void>;
    };

export type MergeRunner = (files: readonly PickedFile[], period: Month & { now: Date }, host: WorkbookHost | null, onProgress: OnProgress, lastYear?: readonly PickedFile[]) => Promise<MergeOutcome>;

export interface PaneOptions {
  actions: readonly PaneAction[];
  /** "Gabung laporan puskesmas" (Dinkes), loaded on first use. */
  merge: MergeRunner;
  /** The clock; read when a button is pressed. */
  now: () => Date;
  /** The reader of report files for last year's report, loaded on first use (with the merge's chunk). */
  reportReader?: () => Promise<ReadMergeInput>;
}

const NO_LAST_YEAR = 'Belum dipilih: Kualitas Data tidak membandingkan dengan tahun lalu.';
const NO_LAST_YEAR_MERGE = 'Belum dipilih: Kualitas Data Kabupaten tidak membandingkan dengan tahun lalu.';

/** Findings shown at once; more would make the pane slow and nobody reads them all. */
const FINDINGS_SHOWN = 200;

const SCHEMES: { value: SchemeChoice; label: string }[] = [
  { value: 'sheet', label: 'Sesuai sheet Puskesmas' },
  { value: 'td', label: 'Td terkini' },
  { value: 'tt2005', label: '2005 (TT)' },
];

const SCHEDULE_CHOICES: { value: ScheduleChoice; label: string }[] = [
  { value: 'sheet', label: 'Sesuai sheet Puskesmas' },
  ...SCHEDULE_KEYS.map((key) => ({ value: key, label: SCHEDULES[key].name })),
];

/**
 * Builds the pane into `root` and wires its buttons to the actions. The pane only knows the
 * WorkbookHost it is given (the workbook open in Excel, or a file opened in file mode).
 */
export function mountPane(root: HTMLElement, mode: PaneMode, options: PaneOptions): void {
  // The core decides the month from the instant on the puskesmas's clock (the workbook is not read yet: the default zone).
  const period = defaultReportPeriod(options.now().getTime(), DEFAULT_ZONE);
  let host: WorkbookHost | null = mode.mode === 'excel' ? mode.host : null;
  let opened: OpenedFile | null = null;
  let busy = false;

  const month = h('select', { id: 'bulan' }, ...MONTHS.map((m) => h('option', { value: m.value, selected: m.value === period.month }, m.name)));
  const year = h('input', { id: 'tahun', type: 'number', min: 2000, max: 2100, step: 1, value: period.year, inputmode: 'numeric' });
  const scheme = h('select', { id: 'skema' }, ...SCHEMES.map((s) => h('option', { value: s.value }, s.label)));
  const schedule = h('select', { id: 'jadwal' }, ...SCHEDULE_CHOICES.map((s) => h('option', { value: s.value }, s.label)));
  const kartu = h('input', { id: 'kartu', type: 'text', placeholder: 'NIK atau Kode KK/No Urut, pisahkan dengan koma', autocomplete: 'off' });
  // Last year's report of the same month, for Kualitas Data's comparison over time (the CLI's --tahun-lalu).
  const lastYearInput = h('input', { type: 'file', id: 'tahun-lalu', accept: '.xlsx,.xlsm,.xlsb,.xls,.ods', class: 'visually-hidden' });
  const lastYearName = h('div', { class: 'file-name', id: 'nama-tahun-lalu' }, NO_LAST_YEAR);
  const lastYearClear = h('button', { type: 'button', class: 'link', id: 'hapus-tahun-lalu', hidden: true }, 'Hapus pilihan');
  let lastYear: PickedLastYear | null = null;

  const buttons = options.actions.map((action) =>
    h('button', { type: 'button', class: action.id === 'bulanan' ? 'button primary' : 'button', 'data-action': action.id, title: action.hint }, action.label),
  );

  const stage = h('div', { class: 'stage', id: 'tahap' });
  const bar = h('progress', { id: 'kemajuan', max: 1, value: 0 });
  const progress = h('section', { class: 'progress', hidden: true, 'aria-live': 'polite' }, stage, bar);
  const status = h('section', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const dialog = h('section', { id: 'dialog', class: 'dialog', hidden: true, role: 'alertdialog', 'aria-labelledby': 'dialog-judul' });
  const findingsCount = h('span', { class: 'count' });
  const findingsList = h('ul', { id: 'temuan', class: 'findings' });
  const findings = h('section', { class: 'findings-section', hidden: true }, h('h2', {}, 'Temuan ', findingsCount), findingsList);
  const downloadButton = h('button', { type: 'button', class: 'button primary', id: 'unduh', hidden: true }, 'Unduh buku kerja hasil');
  const fileName = h('div', { class: 'file-name', id: 'nama-file' }, 'Belum ada file yang dibuka.');
  const fileInput = h('input', { type: 'file', id: 'file', accept: '.xlsx,.xls,.ods', class: 'visually-hidden' });

  const mergeInput = h('input', { type: 'file', id: 'file-gabung', accept: '.xlsx,.xlsm,.xlsb,.xls,.ods', multiple: true, class: 'visually-hidden' });
  const mergeCount = h('div', { class: 'file-name', id: 'jumlah-gabung' }, 'Belum ada file laporan dipilih.');
  const mergeButton = h('button', { type: 'button', class: 'button', id: 'gabung', disabled: true }, 'Gabungkan');
  let mergeFiles: PickedFile[] = [];
  // Last year's reports of the same month, for Kualitas Data Kabupaten (gabung --tahun-lalu).
  const mergeLastYearInput = h('input', { type: 'file', id: 'tahun-lalu-gabung', accept: '.xlsx,.xlsm,.xlsb,.xls,.ods', multiple: true, class: 'visually-hidden' });
  const mergeLastYearCount = h('div', { class: 'file-name', id: 'jumlah-tahun-lalu-gabung' }, NO_LAST_YEAR_MERGE);
  let mergeLastYear: PickedFile[] = [];
  const mergeSection = h('details', { class: 'card merge' },
    h('summary', {}, 'Gabung laporan puskesmas (Dinkes)'),
    h('p', { class: 'note' },
      'Pilih file laporan bulanan semua puskesmas untuk bulan di atas (atau buku kerja register puskesmas: dihitung langsung, nama dan NIK tidak disalin). Hasilnya laporan kabupaten/kota dengan kelengkapan dan ketepatan waktu, ',
      mode.mode === 'excel' ? 'ditulis di buku kerja ini bila tidak berisi register (buka buku kerja kosong lebih dulu). ' : 'diunduh sebagai buku kerja baru. ',
      'Daftar puskesmas yang wajib lapor diambil dari sheet "Daftar Puskesmas" bila ada.',
    ),
    h('div', { class: 'row' }, h('label', { for: 'file-gabung', class: 'button' }, 'Pilih file laporan…'), mergeCount),
    mergeInput,
    h('label', { for: 'tahun-lalu-gabung', id: 'label-tahun-lalu-gabung' }, LAST_YEAR_INPUT),
    h('div', { class: 'row' }, h('label', { for: 'tahun-lalu-gabung', class: 'button' }, 'Pilih file tahun lalu…'), mergeLastYearCount),
    mergeLastYearInput,
    h('p', { class: 'note' }, 'Untuk Kualitas Data Kabupaten: laporan bulanan puskesmas untuk bulan yang sama tahun lalu (satu file per puskesmas). File bulan lain tidak dibandingkan dan disebut di daftar temuan.'),
    h('div', { class: 'row' }, mergeButton),
  );

  const templateButton = h('button', { type: 'button', class: 'link', id: 'unduh-templat' }, 'Unduh templat kosong');

  const fileSection =
    mode.mode === 'file'
      ? h('section', { class: 'card' },
          h('h2', {}, 'Buku kerja'),
          h('p', { class: 'note' }, 'Excel Anda tidak dapat memakai add-in? Buka file register di sini (.xlsx, .xls atau .ods). File diolah di komputer ini saja: tidak ada data yang dikirim ke internet.'),
          h('div', { class: 'row' }, h('label', { for: 'file', class: 'button' }, 'Buka file…'), fileName),
          fileInput,
          h('p', { class: 'note' }, 'Belum punya file register? ', templateButton, ' berisi semua sheet register dan master dengan petunjuk pengisian.'),
        )
      : null;

  root.replaceChildren(
    h('header', { class: 'pane-header' }, h('h1', {}, 'Imunisasi'), h('span', { class: 'badge' }, mode.mode === 'excel' ? 'Excel' : 'Mode file')),
    h('main', { class: 'pane-body' },
      fileSection,
      h('section', { class: 'card' },
        h('h2', {}, 'Periode dan aturan'),
        h('div', { class: 'fields' },
          h('div', { class: 'field' }, h('label', { for: 'bulan' }, 'Bulan'), month),
          h('div', { class: 'field narrow' }, h('label', { for: 'tahun' }, 'Tahun'), year),
        ),
        h('div', { class: 'field' }, h('label', { for: 'skema' }, 'Skema status T'), scheme),
        h('div', { class: 'field' }, h('label', { for: 'jadwal' }, 'Jadwal imunisasi bayi'), schedule),
        h('div', { class: 'field' }, h('label', { for: 'kartu' }, 'Kartu TT juga untuk (tidak wajib)'), kartu),
        h('div', { class: 'field' },
          h('label', { for: 'tahun-lalu', id: 'label-tahun-lalu' }, LAST_YEAR_INPUT),
          h('div', { class: 'row' }, h('label', { for: 'tahun-lalu', class: 'button' }, 'Pilih file…'), lastYearName, lastYearClear),
          lastYearInput,
          h('p', { class: 'note' }, 'Untuk Kualitas Data di "Buat laporan bulanan": laporan bulanan puskesmas ini untuk bulan yang sama tahun lalu (file dengan sheet Data Laporan), atau buku kerja register tahun lalu. Angka Januari sampai bulan itu dibandingkan; beda lebih dari ±33% menjadi temuan.'),
        ),
      ),
      h('section', { class: 'actions' }, ...buttons),
      mergeSection,
      progress,
      dialog,
      status,
      downloadButton,
      findings,
    ),
    h('footer', { class: 'pane-footer' },
      mode.mode === 'excel'
        ? 'Sheet yang Anda isi tidak pernah diubah. Laporan ditulis sebagai sheet baru yang ditandai di sel A1.'
        : 'Data tidak meninggalkan komputer ini. Hasil diunduh sebagai file .xlsx baru; file asli tidak diubah.',
    ),
  );

  const setBusy = (value: boolean) => {
    busy = value;
    for (const button of buttons) button.disabled = value || host === null;
    fileInput.disabled = value;
    lastYearInput.disabled = value;
    lastYearClear.disabled = value;
    mergeInput.disabled = value;
    mergeLastYearInput.disabled = value;
    mergeButton.disabled = value || mergeFiles.length === 0;
    progress.hidden = !value;
    document.body.dataset.busy = String(value);
  };

  const showProgress = (p: Progress) => {
    stage.textContent = p.total > 1 ? `${p.stage} (${Math.min(p.done + 1, p.total)}/${p.total})` : p.stage;
    bar.max = Math.max(1, p.total);
    bar.value = p.done;
  };

  const showStatus = (kind: 'success' | 'info' | 'error', message: string, extra: (Node | string)[] = []) => {
    status.className = `status ${kind}`;
    status.replaceChildren(h('p', {}, message), ...extra);
  };

  const confirmRenames = (renames: readonly Rename[]) =>
    new Promise<boolean>((resolve) => {
      const answer = (value: boolean) => {
        dialog.hidden = true;
        dialog.replaceChildren();
        resolve(value);
      };
      const yes = h('button', { type: 'button', class: 'button primary', id: 'dialog-ya' }, 'Lanjutkan dengan nama lain');
      const no = h('button', { type: 'button', class: 'button', id: 'dialog-batal' }, 'Batal');
      yes.addEventListener('click', () => answer(true));
      no.addEventListener('click', () => answer(false));
      dialog.replaceChildren(
        h('h2', { id: 'dialog-judul' }, 'Nama sheet sudah dipakai'),
        h('p', {}, 'Sheet berikut sudah ada dan bukan buatan add-in, jadi tidak akan ditimpa. Laporan akan ditulis dengan nama lain:'),
        h('ul', {}, ...renames.map((r) => h('li', {}, `"${r.wanted}" → "${r.used}"`))),
        h('div', { class: 'row' }, yes, no),
      );
      dialog.hidden = false;
      yes.focus();
    });

  const renderFindings = (list: readonly FindingView[]) => {
    findings.hidden = list.length === 0;
    const errors = list.filter((f) => f.severity === 'error').length;
    findingsCount.textContent = `(${errors} error, ${list.length - errors} peringatan)`;
    const items = list.slice(0, FINDINGS_SHOWN).map((finding) => findingItem(finding, host?.select && finding.sheet ? () => selectFinding(finding) : null));
    if (list.length > FINDINGS_SHOWN) items.push(h('li', { class: 'more' }, `… dan ${list.length - FINDINGS_SHOWN} temuan lain. Perbaiki yang di atas, lalu periksa lagi.`));
    findingsList.replaceChildren(...items);
  };

  const selectFinding = async (finding: FindingView) => {
    if (!host?.select || !finding.sheet || !finding.cell) return;
    try {
      await host.select(finding.sheet, finding.cell);
    } catch (error) {
      showError(error);
    }
  };

  const showError = (error: unknown) => {
    const explained = explainError(error);
    console.error(error);
    showStatus('error', explained.message, explained.detail ? [h('details', {}, h('summary', {}, 'Detail teknis'), h('pre', {}, explained.detail))] : []);
  };

  const run = async (action: PaneAction) => {
    if (busy || !host) return;
    setBusy(true);
    status.replaceChildren();
    status.className = 'status';
    showProgress({ stage: 'Memulai', done: 0, total: 1 });
    try {
      const request = { year: Number(year.value) || period.year, month: Number(month.value), scheme: scheme.value as SchemeChoice, schedule: schedule.value as ScheduleChoice, kartu: kartuList(kartu.value), now: options.now(), ...(lastYear ? { lastYear } : {}) };
      const outcome = await action.run(request, { host, onProgress: showProgress, confirmRenames, reportReader: options.reportReader });
      renderFindings(outcome.findings.map(registerFindingView));
      showOutcome(outcome);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
      downloadButton.hidden = !(opened?.changed ?? false);
    }
  };

  const showOutcome = (outcome: ActionOutcome) => {
    const notices = outcome.write?.notices ?? [];
    const renamed = outcome.write?.renames.length && !outcome.write.cancelled ? [`Nama lain dipakai: ${outcome.write.renames.map((r) => `"${r.wanted}" → "${r.used}"`).join(', ')}.`] : [];
    const lines = [...renamed, ...notices].map((text) => h('li', {}, text));
    const hasErrors = outcome.findings.some((f) => f.severity === 'error');
    showStatus(outcome.write?.cancelled ? 'info' : hasErrors ? 'info' : 'success', outcome.summary, lines.length ? [h('ul', { class: 'notices' }, ...lines)] : []);
  };

  buttons.forEach((button, i) => button.addEventListener('click', () => void run(options.actions[i])));

  lastYearInput.addEventListener('change', () => {
    const file = lastYearInput.files?.[0];
    if (!file) return;
    lastYear = { name: file.name, bytes: async () => new Uint8Array(await file.arrayBuffer()) };
    lastYearName.textContent = file.name;
    lastYearClear.hidden = false;
  });

  lastYearClear.addEventListener('click', () => {
    lastYear = null;
    lastYearInput.value = '';
    lastYearName.textContent = NO_LAST_YEAR;
    lastYearClear.hidden = true;
  });

  mergeInput.addEventListener('change', () => {
    mergeFiles = [...(mergeInput.files ?? [])].map((file) => ({ name: file.name, lastModified: file.lastModified, bytes: async () => new Uint8Array(await file.arrayBuffer()) }));
    mergeCount.textContent = mergeFiles.length ? `${mergeFiles.length} file laporan dipilih.` : 'Belum ada file laporan dipilih.';
    mergeButton.disabled = busy || mergeFiles.length === 0;
  });

  mergeLastYearInput.addEventListener('change', () => {
    mergeLastYear = [...(mergeLastYearInput.files ?? [])].map((file) => ({ name: file.name, lastModified: file.lastModified, bytes: async () => new Uint8Array(await file.arrayBuffer()) }));
    mergeLastYearCount.textContent = mergeLastYear.length ? `${mergeLastYear.length} file laporan tahun lalu dipilih.` : NO_LAST_YEAR_MERGE;
  });

  mergeButton.addEventListener('click', async () => {
    if (busy || mergeFiles.length === 0) return;
    setBusy(true);
    status.replaceChildren();
    status.className = 'status';
    showProgress({ stage: 'Memulai', done: 0, total: 1 });
    try {
      // The district report never shares a workbook with persons' data: in Excel only a
      // workbook without registers takes it; in the browser it is always a new file.
      const personal = mode.mode === 'excel' && host ? privateSheets(await host.sheetNames()) : [];
      if (personal.length) {
        showStatus('error', privateMergeRefusal(personal));
        return;
      }
      const chosen = { year: Number(year.value) || period.year, month: Number(month.value), now: options.now() };
      const merged = await options.merge(mergeFiles, chosen, host, showProgress, mergeLastYear);
      renderFindings([
        ...merged.daftarFindings.map(registerFindingView),
        ...merged.fileFindings.map((f): FindingView => ({ severity: f.severity, where: f.file || 'Daftar Puskesmas', message: f.message })),
        ...merged.qualityNotes.map((message): FindingView => ({ severity: 'warning', where: 'Kualitas Data Kabupaten', message })),
      ]);
      if (mode.mode === 'excel' && host) {
        const write = await host.write(merged.specs, { onProgress: showProgress, confirmRenames });
        showOutcome({ summary: write.cancelled ? 'Dibatalkan: tidak ada sheet yang ditulis.' : `${merged.summary} Sheet: ${write.written.map((w) => w.name).join(', ')}.`, findings: [], write });
      } else if (mode.mode === 'file') {
        const name = `laporan-kabupaten-${chosen.year}-${String(chosen.month).padStart(2, '0')}.xlsx`;
        await mode.saveNew(name, merged.specs);
        showStatus('success', `${merged.summary} Hasil diunduh sebagai ${name}, buku kerja baru yang hanya berisi laporan kabupaten/kota.`);
      }
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
      downloadButton.hidden = !(opened?.changed ?? false);
    }
  });

  if (mode.mode === 'file') {
    fileInput.addEventListener('change', async () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      setBusy(true);
      showProgress({ stage: 'Membuka file', done: 0, total: 1 });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        opened = mode.openFile(file.name, bytes);
        host = opened;
        fileName.textContent = file.name;
        renderFindings([]);
        downloadButton.hidden = true;
        const chosen = { year: Number(year.value) || period.year, month: Number(month.value) };
        const earlier = earlierDataPeriod(await opened.read(() => undefined), options.now(), chosen);
        if (earlier) {
          month.value = String(earlier.month);
          year.value = String(earlier.year);
        }
        const periodNote = earlier ? ` Data terakhir di file ini: ${formatMonthId(earlier.year, earlier.month)}, jadi periode diisi bulan itu.` : '';
        showStatus('success', `File "${file.name}" terbuka (${(await opened.sheetNames()).length} sheet).${periodNote} Pilih tindakan di bawah.`);
      } catch (error) {
        opened = null;
        host = null;
        fileName.textContent = 'Belum ada file yang dibuka.';
        showError(error);
      } finally {
        fileInput.value = '';
        setBusy(false);
      }
    });
    templateButton.addEventListener('click', async () => {
      try {
        // With the Target sheet of the chosen year, filled with the Kemenkes defaults (as templates/ has).
        await mode.saveNew('register-imunisasi.xlsx', templateSpecs({ year: Number(year.value) || period.year }));
      } catch (error) {
        showError(error);
      }
    });
    downloadButton.addEventListener('click', () => {
      if (!opened) return;
      const { name, bytes } = opened.result();
      mode.download(name, bytes);
    });
  }

  setBusy(false);
  document.body.dataset.mode = mode.mode;
  document.body.dataset.ready = 'true';
}
