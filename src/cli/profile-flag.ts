/**
 * `--profile NAME|FILE.json` (DESIGN §6, §10): a built-in profile by name, or a custom one read
 * from a JSON file. The CLI reads and parses the file; the core checks the object. Anything wrong
 * is an InputProblem (exit 2) whose one line names the file and, for a bad profile, each field
 * that is wrong and what it expects.
 */
import { promises as fs } from "node:fs";
import { BUILTIN_PROFILE_NAMES, DEFAULT_PROFILE, builtinProfile, parseProfile, problemText, type ScoringProfile } from "../core";
import { InputProblem } from "./load";

export async function loadProfileFlag(value: string | undefined): Promise<ScoringProfile> {
  if (value === undefined) return DEFAULT_PROFILE;
  const builtin = builtinProfile(value);
  if (builtin) return builtin;
  const names = { zh: BUILTIN_PROFILE_NAMES.join("、"), en: BUILTIN_PROFILE_NAMES.join(", ") };
  let text: string;
  try {
    text = await fs.readFile(value, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && !/[\\/]|\.json$/i.test(value))
      throw new InputProblem({
        "zh-CN": `未知的评分方案「${value}」：内置方案为 ${names.zh}，也可给出评分方案 JSON 文件的路径。`,
        en: `Unknown scoring profile "${value}": the built-in ones are ${names.en}, or give the path of a profile JSON file.`,
      });
    const why = code === "ENOENT" ? { zh: "文件不存在", en: "no such file" } : code === "EISDIR" ? { zh: "这是文件夹", en: "it is a folder" } : { zh: "无法读取", en: "it cannot be read" };
    throw new InputProblem({ "zh-CN": `无法读取评分方案文件 ${value}：${why.zh}。`, en: `Cannot read the scoring profile file ${value}: ${why.en}.` });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new InputProblem({ "zh-CN": `评分方案文件 ${value} 不是有效的 JSON（${detail}）。`, en: `The scoring profile file ${value} is not valid JSON (${detail}).` });
  }
  const parsed = parseProfile(data);
  if (parsed.ok) return parsed.profile;
  throw new InputProblem({
    "zh-CN": `评分方案文件 ${value} 有误：${parsed.problems.map((p) => problemText(p, "zh-CN")).join("；")}。`,
    en: `The scoring profile file ${value} is wrong: ${parsed.problems.map((p) => problemText(p, "en")).join("; ")}.`,
  });
}
