import { detectCapabilities } from '../io/office/capabilities';
import { ACTIONS } from './actions';
import { officeHost } from './officeHost';
import type { MergeRunner } from './pane';
import { mountPane } from './pane';

/** The Dinkes merge and its spreadsheet readers load as a chunk of their own, on first use. */
const loadMerge = () => import(/* webpackChunkName: "merge" */ './mergeAction');
const merge: MergeRunner = async (...args) => (await loadMerge()).runMerge(...args);

/**
 * The pane's composition root. Inside Excel (Office.onReady reports the Excel host) the pane
 * works on the open workbook through Office.js; anywhere else — a normal browser, a page
 * opened from disk, Office.js missing — it starts in file mode, whose code is loaded before
 * the page reports ready.
 */
function start(): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('taskpane.html has no #app');
  // Last year's report is read with the merge's reader (SheetJS), in the same chunk.
  const options = { actions: ACTIONS, merge, now: () => new Date(), reportReader: async () => (await loadMerge()).readMergeInput };
  const fileMode = async () => {
    // Everything file mode can need is loaded before the page reports ready: no request after.
    const [{ openFile, download, saveNew, fileModeReady }] = await Promise.all([import(/* webpackChunkName: "file-mode" */ '../web/fileMode'), loadMerge()]);
    await fileModeReady;
    mountPane(root, { mode: 'file', openFile, download, saveNew }, options);
  };
  // Office loads add-ins only over https; a page opened from disk (file://) is file mode, and
  // there Office.js cannot load its helper script, so its onReady would never answer.
  if (typeof Office === 'undefined' || window.location.protocol === 'file:') {
    void fileMode();
    return;
  }
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      const capabilities = detectCapabilities((name, version) => Office.context.requirements.isSetSupported(name, version));
      mountPane(root, { mode: 'excel', host: officeHost((batch) => Excel.run(batch), capabilities) }, options);
    } else {
      void fileMode();
    }
  });
}

start();
