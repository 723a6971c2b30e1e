/**
 * manifest.xml, checked offline: valid against Microsoft's add-in manifest schemas (kept in
 * ../shared/schemas/office-addin-manifest, since `office-addin-manifest validate` needs an online
 * service), every resource it references defined, the three ribbon buttons labelled in Chinese
 * with English overrides, the shared runtime wired up, and every icon present at its size.
 */
import { execFileSync } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const SCHEMA_DIR = path.resolve(ROOT, "..", "shared", "schemas", "office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const DEV_BASE_URL = "https://localhost:3000/";

// ---- a minimal XML reader (the manifest is schema-checked first, so it is well formed) --------

interface XmlElement {
  name: string; // qualified name as written, e.g. "bt:String"
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()];
  });
}

function parseXml(xml: string): XmlElement {
  const source = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  for (const m of source.matchAll(token)) {
    const [, closing, name, attrText, selfClosing, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      top.text += decode(text);
    } else if (closing) {
      if (top.name !== name) throw new Error(`unbalanced </${name}>`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decode(a[2] ?? a[3]);
      const el: XmlElement = { name, attrs, children: [], text: "" };
      top.children.push(el);
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("not one root element");
  return root.children[0];
}

const local = (el: XmlElement) => el.name.replace(/^.*:/, "");

function all(el: XmlElement, pred: (e: XmlElement) => boolean, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (pred(c)) out.push(c);
    all(c, pred, out);
  }
  return out;
}
const named = (el: XmlElement, name: string) => all(el, (e) => local(e) === name);
const child = (el: XmlElement, name: string) => el.children.find((c) => local(c) === name);

// ---- fixtures -------------------------------------------------------------------------------

const manifestXml = readFileSync(MANIFEST, "utf8");
const doc = parseXml(manifestXml);
const resources = named(doc, "Resources")[0];
const resourceKinds: Record<string, Map<string, XmlElement>> = {};
for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
  const g = child(resources, group);
  resourceKinds[group] = new Map((g?.children ?? []).map((e) => [e.attrs.id, e]));
}
const resource = (id: string) =>
  Object.values(resourceKinds)
    .map((m) => m.get(id))
    .find(Boolean);
const enOverride = (el: XmlElement) => el.children.find((c) => local(c) === "Override" && c.attrs.Locale === "en-US")?.attrs.Value;

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Local file behind a https://localhost:3000/... URL (assets are served from the repo's assets/). */
function localFile(url: string): string {
  expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  return path.join(ROOT, url.slice(DEV_BASE_URL.length));
}

// ---- tests ----------------------------------------------------------------------------------

describe("manifest.xml", () => {
  test("is valid against the add-in manifest schemas (v1.1 with VersionOverrides)", async () => {
    if (!existsSync(path.join(SCHEMA_DIR, MAIN_SCHEMA))) {
      throw new Error(`schemas not found in ${SCHEMA_DIR} (the shared/ folder beside the repository)`);
    }
    const xsd = (fileName: string) => ({ fileName, contents: readFileSync(path.join(SCHEMA_DIR, fileName), "utf8") });
    const others = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
    const result = await validateXML({
      xml: { fileName: "manifest.xml", contents: manifestXml },
      schema: xsd(MAIN_SCHEMA),
      preload: others.map(xsd),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test("is a task pane add-in for Excel with read/write access, Chinese first", () => {
    expect(local(doc)).toBe("OfficeApp");
    expect(doc.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(named(doc, "Host").find((h) => h.attrs.Name)?.attrs.Name).toBe("Workbook");
    expect(child(doc, "Permissions")?.text.trim()).toBe("ReadWriteDocument");
    expect(child(doc, "DefaultLocale")?.text.trim()).toBe("zh-CN");
    for (const name of ["DisplayName", "Description"]) {
      const el = child(doc, name)!;
      expect(el.attrs.DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      expect(enOverride(el)).toMatch(/[A-Za-z]/);
    }
  });

  test("defines every resource it references, in the right resource group", () => {
    const expectedGroup: Record<string, string> = {
      Label: "ShortStrings",
      Title: "ShortStrings",
      Description: "LongStrings",
      Image: "Images",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      Runtime: "Urls",
      LearnMoreUrl: "Urls",
    };
    const refs = all(doc, (e) => e.attrs.resid !== undefined);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const id = ref.attrs.resid;
      expect(id.length).toBeLessThanOrEqual(32); // Office's limit for resid
      const group = expectedGroup[local(ref)];
      expect({ id, group, defined: group ? resourceKinds[group].has(id) : resource(id) !== undefined }).toEqual({
        id,
        group,
        defined: true,
      });
    }
    const ids = Object.values(resourceKinds).flatMap((m) => [...m.keys()]);
    expect(new Set(ids).size).toBe(ids.length); // no id defined twice
  });

  test("has every string in Chinese with an English (en-US) override", () => {
    for (const group of ["ShortStrings", "LongStrings"]) {
      for (const [id, el] of resourceKinds[group]) {
        expect({ id, zh: /[\u4e00-\u9fff]/.test(el.attrs.DefaultValue) }).toEqual({ id, zh: true });
        expect({ id, en: Boolean(enOverride(el)) }).toEqual({ id, en: true });
        expect(el.attrs.DefaultValue.length).toBeLessThanOrEqual(group === "ShortStrings" ? 125 : 250);
        expect(enOverride(el)!.length).toBeLessThanOrEqual(group === "ShortStrings" ? 125 : 250);
      }
    }
  });

  test("puts 校验, 评分, 清除评分, 新建台账 and 绩效面板 in a group on the Home tab", () => {
    const tabs = named(doc, "OfficeTab");
    expect(tabs.map((t) => t.attrs.id)).toEqual(["TabHome"]);
    const controls = named(tabs[0], "Control");
    const described = controls.map((c) => {
      const action = child(c, "Action")!;
      const label = resource(child(c, "Label")!.attrs.resid)!;
      const supertip = child(c, "Supertip")!;
      const tipTitle = resource(child(supertip, "Title")!.attrs.resid)!;
      const tipText = resource(child(supertip, "Description")!.attrs.resid)!;
      return {
        type: c.attrs["xsi:type"],
        action: action.attrs["xsi:type"],
        function: child(action, "FunctionName")?.text.trim(),
        zh: label.attrs.DefaultValue,
        en: enOverride(label),
        supertip: Boolean(tipTitle.attrs.DefaultValue && enOverride(tipTitle) && tipText.attrs.DefaultValue && enOverride(tipText)),
        icons: named(c, "Image").map((i) => i.attrs.size).sort(),
      };
    });
    expect(described).toEqual([
      { type: "Button", action: "ExecuteFunction", function: "validate", zh: "校验", en: "Validate", supertip: true, icons: ["16", "32", "80"] },
      { type: "Button", action: "ExecuteFunction", function: "score", zh: "评分", en: "Score", supertip: true, icons: ["16", "32", "80"] },
      { type: "Button", action: "ExecuteFunction", function: "clearScore", zh: "清除评分", en: "Clear score", supertip: true, icons: ["16", "32", "80"] },
      { type: "Button", action: "ExecuteFunction", function: "logTemplate", zh: "新建台账", en: "New log sheet", supertip: true, icons: ["16", "32", "80"] },
      { type: "Button", action: "ShowTaskpane", function: undefined, zh: "绩效面板", en: "Show task pane", supertip: true, icons: ["16", "32", "80"] },
    ]);
  });

  test("runs the pane and the ribbon functions in one shared runtime (taskpane.html)", () => {
    const runtimes = named(doc, "Runtime");
    expect(runtimes.map((r) => r.attrs)).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
    expect(named(doc, "FunctionFile").map((f) => f.attrs.resid)).toEqual(["Taskpane.Url"]);
    const showPane = named(doc, "Action").find((a) => a.attrs["xsi:type"] === "ShowTaskpane")!;
    expect(child(showPane, "SourceLocation")?.attrs.resid).toBe("Taskpane.Url");
    expect(child(showPane, "TaskpaneId")?.text.trim()).toBeTruthy();
    expect(resourceKinds.Urls.get("Taskpane.Url")?.attrs.DefaultValue).toBe(`${DEV_BASE_URL}taskpane.html`);
    expect(child(doc, "DefaultSettings")?.children[0].attrs.DefaultValue).toBe(`${DEV_BASE_URL}taskpane.html`);
    // No top-level SharedRuntime requirement: Excel 2016/2019 still install the add-in, and the
    // ribbon functions fall back to their own runtime there (src/commands/commands.ts).
    expect(child(doc, "Requirements")).toBeUndefined();
  });

  test("uses only https://localhost:3000/ URLs, so ADDIN_BASE_URL rewrites every one", () => {
    const urls = all(doc, () => true)
      .flatMap((e) => Object.values(e.attrs))
      .filter((v) => /^https?:\/\//.test(v) && !v.startsWith("http://schemas.microsoft.com/") && !v.startsWith("http://www.w3.org/"));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });

  test("points at icon files that exist at the size each reference claims", () => {
    const claims: { url: string; size: number; where: string }[] = [
      { url: child(doc, "IconUrl")!.attrs.DefaultValue, size: 32, where: "IconUrl" },
      { url: child(doc, "HighResolutionIconUrl")!.attrs.DefaultValue, size: 64, where: "HighResolutionIconUrl" },
    ];
    for (const ref of all(doc, (e) => local(e) === "Image" && e.attrs.resid !== undefined)) {
      const image = resourceKinds.Images.get(ref.attrs.resid)!;
      claims.push({ url: image.attrs.DefaultValue, size: Number(ref.attrs.size), where: `Image ${ref.attrs.resid}` });
    }
    expect(claims.length).toBeGreaterThan(3);
    for (const { url, size, where } of claims) {
      const file = localFile(url);
      expect({ where, exists: existsSync(file) }).toEqual({ where, exists: true });
      expect({ where, ...pngSize(file) }).toEqual({ where, width: size, height: size });
    }
  });

  test("ships icons that scripts/make-icons.mjs would draw the same", () => {
    // Throws (non-zero exit) when a committed PNG differs from what the script writes.
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "make-icons.mjs"), "--check"], { stdio: "pipe" });
  });
});
