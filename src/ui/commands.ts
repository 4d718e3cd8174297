/**
 * The manifest's FunctionFile. The ribbon button only opens the task pane (ShowTaskpane), so
 * this page has nothing to run; Office still loads it and waits for Office.onReady.
 */
void Office.onReady();
