import { detectCapabilities } from '../io/office/capabilities';
import { ACTIONS } from './actions';
import { officeHost } from './officeHost';
import { mountPane } from './pane';

/**
 * The pane's composition root. Inside Excel (Office.onReady reports the Excel host) the pane
 * works on the open workbook through Office.js; anywhere else — a normal browser, a page
 * opened from disk, Office.js missing — it starts in file mode, whose code is loaded before
 * the page reports ready.
 */
function start(): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('taskpane.html has no #app');
  const options = { actions: ACTIONS, now: () => new Date() };
  const fileMode = async () => {
    const { openFile, download } = await import(/* webpackChunkName: "file-mode" */ '../web/fileMode');
    mountPane(root, { mode: 'file', openFile, download }, options);
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
