/** Part names inside an OPC package: one copy, in ./ooxml/rels.ts (kept here for its importers). */
export { dirOf, relsPathOf, resolveTarget } from "./ooxml/rels";
