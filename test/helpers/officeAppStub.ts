/**
 * office-addin-mock imports office-addin-manifest for one enum only (which host a mock
 * stands for); that package pulls in ES modules jest cannot load as CommonJS, so jest maps it
 * here (jest.config.js moduleNameMapper). The values are office-addin-manifest's own.
 */
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
