// The XML namespaces Word reads: ECMA-376 transitional and ISO Strict, the package and property
// vocabularies, VML, and the Microsoft extensions Office 2007–2021 and Microsoft 365 write
// themselves. Used by the strict package check (package-check.ts).
import { O_NS, R_NS, W_NS } from "./ooxml";

export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** ISO/IEC 29500 Strict: the same vocabularies as transitional under http://purl.oclc.org/ooxml/ (Part 1, A.1). */
const STRICT = "http://purl.oclc.org/ooxml/";
export const W_STRICT_NS = `${STRICT}wordprocessingml/main`;
export const R_STRICT_NS = `${STRICT}officeDocument/relationships`;
export const WP_STRICT_NS = `${STRICT}drawingml/wordprocessingDrawing`;
const A_STRICT_NS = `${STRICT}drawingml/main`;
const C_STRICT_NS = `${STRICT}drawingml/chart`;

const STRICT_NAMESPACES = [
  W_STRICT_NS,
  R_STRICT_NS,
  WP_STRICT_NS,
  A_STRICT_NS,
  C_STRICT_NS,
  `${STRICT}drawingml/chartDrawing`,
  `${STRICT}drawingml/diagram`,
  `${STRICT}drawingml/picture`,
  `${STRICT}drawingml/lockedCanvas`,
  `${STRICT}drawingml/compatibility`,
  `${STRICT}officeDocument/math`,
  `${STRICT}officeDocument/bibliography`,
  `${STRICT}officeDocument/customXml`,
  `${STRICT}officeDocument/extendedProperties`,
  `${STRICT}officeDocument/customProperties`,
  `${STRICT}officeDocument/docPropsVTypes`,
  `${STRICT}officeDocument/sharedTypes`,
];

/** WordprocessingML, its drawing anchors and relationship references, in both conformance classes. */
export const W_NAMESPACES: ReadonlySet<string> = new Set([W_NS, W_STRICT_NS]);
export const WP_NAMESPACES: ReadonlySet<string> = new Set([WP_NS, WP_STRICT_NS]);
export const R_NAMESPACES: ReadonlySet<string> = new Set([R_NS, R_STRICT_NS]);

/**
 * DrawingML's extension element (a:ext, c:ext in an extLst) holds markup of any namespace by design
 * (ECMA-376 Part 1: CT_OfficeArtExtension and CT_Extension hold xsd:any); a reader that does not know its uri
 * skips it.
 */
export const isExtension = (namespace: string | null, localName: string | null): boolean =>
  localName === "ext" && [A_NS, C_NS, A_STRICT_NS, C_STRICT_NS].includes(namespace ?? "");

/**
 * Namespaces Word reads without mc:Ignorable: ECMA-376 (transitional and ISO Strict) and the Microsoft
 * extensions Word writes itself ([MS-DOCX] 2.1 "Namespaces", https://learn.microsoft.com/en-us/openspecs/office_standards/ms-docx/),
 * plus the package, property and VML namespaces. Anything else must be declared ignorable.
 */
export const WORD_NAMESPACES: ReadonlySet<string> = new Set([
  // XML itself
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2001/XMLSchema-instance",
  // OPC package
  "http://schemas.openxmlformats.org/package/2006/content-types",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  "http://purl.org/dc/elements/1.1/",
  "http://purl.org/dc/terms/",
  "http://purl.org/dc/dcmitype/",
  // ECMA-376 WordprocessingML, DrawingML, math, properties, markup compatibility
  W_NS,
  R_NS,
  MC_NS,
  WP_NS,
  A_NS,
  "http://schemas.openxmlformats.org/drawingml/2006/picture",
  C_NS,
  "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/diagram",
  "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas",
  "http://schemas.openxmlformats.org/drawingml/2006/compatibility",
  "http://schemas.openxmlformats.org/officeDocument/2006/math",
  "http://schemas.openxmlformats.org/officeDocument/2006/bibliography",
  "http://schemas.openxmlformats.org/officeDocument/2006/customXml",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
  // the same vocabularies in ISO/IEC 29500 Strict, which Word 2010 and later read and write
  ...STRICT_NAMESPACES,
  // package signatures (_xmlsignatures/): OPC digital signatures, XML-DSig, XAdES, Office's signature info
  "http://schemas.openxmlformats.org/package/2006/digital-signature",
  "http://www.w3.org/2000/09/xmldsig#",
  "http://uri.etsi.org/01903/v1.3.2#",
  "http://uri.etsi.org/01903/v1.4.1#",
  "http://schemas.microsoft.com/office/2006/digsig",
  // ActiveX controls (word/activeX/) and the ribbon customisations of macro-enabled documents
  "http://schemas.microsoft.com/office/2006/activeX",
  "http://schemas.microsoft.com/office/2006/01/customui",
  "http://schemas.microsoft.com/office/2009/07/customui",
  // VML (v, o, w10) and its Office extensions
  "urn:schemas-microsoft-com:vml",
  O_NS,
  "urn:schemas-microsoft-com:office:word",
  "urn:schemas-microsoft-com:office:excel",
  "urn:schemas-microsoft-com:office:powerpoint",
  // Microsoft Word extensions (w14, w15, w16*, wne, wps, wpg, wpc, wpi, wp14)
  "http://schemas.microsoft.com/office/word/2006/wordml",
  "http://schemas.microsoft.com/office/word/2010/wordml",
  "http://schemas.microsoft.com/office/word/2012/wordml",
  "http://schemas.microsoft.com/office/word/2015/wordml/symex",
  "http://schemas.microsoft.com/office/word/2016/wordml/cid",
  "http://schemas.microsoft.com/office/word/2018/wordml",
  "http://schemas.microsoft.com/office/word/2018/wordml/cex",
  "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash",
  "http://schemas.microsoft.com/office/word/2023/wordml/word16du",
  "http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingInk",
  "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
  // Microsoft DrawingML extensions (a14, a15, a16, a1611, adec, ahyp, c14, c15, c16, c16r2, c16r3, cs, dsp, dgm14,
  // dgm1611, dgm1612, asvg, aink, am3d, cx…cx8, oel)
  "http://schemas.microsoft.com/office/drawing/2010/main",
  "http://schemas.microsoft.com/office/drawing/2012/main",
  "http://schemas.microsoft.com/office/drawing/2014/main",
  "http://schemas.microsoft.com/office/drawing/2016/11/main",
  "http://schemas.microsoft.com/office/drawing/2017/decorative",
  "http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor",
  "http://schemas.microsoft.com/office/drawing/2007/8/2/chart",
  "http://schemas.microsoft.com/office/drawing/2012/chart",
  "http://schemas.microsoft.com/office/drawing/2014/chart",
  "http://schemas.microsoft.com/office/drawing/2015/06/chart",
  "http://schemas.microsoft.com/office/drawing/2017/03/chart",
  // chart styles and colours (word/charts/style1.xml, colors1.xml)
  "http://schemas.microsoft.com/office/drawing/2012/chartStyle",
  "http://schemas.microsoft.com/office/drawing/2016/11/diagram",
  "http://schemas.microsoft.com/office/drawing/2016/12/diagram",
  "http://schemas.microsoft.com/office/2019/extlst",
  "http://schemas.microsoft.com/office/drawing/2008/diagram",
  "http://schemas.microsoft.com/office/drawing/2010/diagram",
  "http://schemas.microsoft.com/office/drawing/2016/SVG/main",
  "http://schemas.microsoft.com/office/drawing/2016/ink",
  "http://schemas.microsoft.com/office/drawing/2017/model3d",
  "http://schemas.microsoft.com/office/drawing/2014/chartex",
  "http://schemas.microsoft.com/office/drawing/2015/9/8/chartex",
  "http://schemas.microsoft.com/office/drawing/2015/10/21/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/9/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/10/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/11/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/12/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/13/chartex",
  "http://schemas.microsoft.com/office/drawing/2016/5/14/chartex",
  "http://schemas.microsoft.com/office/thememl/2012/main",
  // Office add-ins (web extensions) and sensitivity labels
  "http://schemas.microsoft.com/office/webextensions/webextension/2010/11",
  "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11",
  "http://schemas.microsoft.com/office/2020/mipLabelMetadata",
]);
