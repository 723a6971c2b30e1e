/** XML text as it reads (entities decoded): one decoder for every reader of package XML. */
export { decodeXml } from "./ooxml/escape";
