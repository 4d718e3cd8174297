/**
 * `Excel.run`, passed in rather than reached for: the pane's composition root hands over the
 * real one, tests hand over office-addin-mock objects. Nothing else here touches a global.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
