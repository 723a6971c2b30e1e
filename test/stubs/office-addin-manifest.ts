/**
 * Jest stand-in for the `office-addin-manifest` package (mapped in jest.config.js).
 *
 * office-addin-mock requires office-addin-manifest only for its `OfficeApp` enum, but the real
 * package pulls in an ESM-only dependency that jest's CommonJS runtime cannot load. This stub
 * exports the same enum with the same string values as office-addin-manifest 3.x
 * (node_modules/office-addin-manifest/lib/officeApp.d.ts); keep them in step if it changes.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
