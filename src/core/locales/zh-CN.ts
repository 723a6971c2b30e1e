/** 中文（简体）消息：说明哪里有问题、该怎么改。 */
import { FIELD_LABEL } from "../table/headers";
import type { Field } from "../indicator";
import type { MessageMap } from "./types";
import { QUALITATIVE_LABEL } from "../rules/formulas";
import { formatPoints } from "../score-line";

const label = (f: unknown) => (typeof f === "string" && f in FIELD_LABEL ? FIELD_LABEL[f as Field] : "");

export const zhCN: MessageMap = {
  "table-not-found": (p, i) =>
    p.missing
      ? `工作表「${i.sheet}」第${i.row}行像是绩效指标表的表头，但没有「${p.missing}」列（这一行有：${p.labels}）。请把对应的列标题改为「${p.missing}」${p.spellings ? `（也可写作：${p.spellings}）` : ""}。`
      : `工作表「${i.sheet}」中找不到绩效指标表：需要一行表头至少包含「三级指标」和「指标值」。请检查表头文字，或指定绩效指标表所在的工作表。`,
  "column-missing": (p, i) =>
    i.severity === "error"
      ? `表头缺少「${p.label}」列。请在表头中加上这一列${p.spellings ? `（也可写作：${p.spellings}）` : ""}。`
      : `表头没有「${p.label}」列，指标值中也没有写出，无法核对。建议加上这一列。`,
  "weight-total": (p) =>
    p.partial
      ? `能读出分值的指标已合计 ${p.total} 分，超过应有的 ${p.expected} 分（另有指标的分值读不出）。请调整各指标的分值或评（扣）分标准中的分数。`
      : `各指标分值合计为 ${p.total} 分，应为 ${p.expected} 分。请调整各指标的分值或评（扣）分标准中的分数。`,
  "level-weight-total": (p) =>
    p.partial
      ? `「${p.category}」标明 ${p.stated} 分，其下能读出分值的指标已合计 ${p.total} 分。请调整其下指标的分值，或改正标明的分数。`
      : `「${p.category}」标明 ${p.stated} 分，其下各指标分值合计为 ${p.total} 分。请调整其下指标的分值，或改正标明的分数。`,
  "name-missing": () => `这一行有指标值或评分标准，但没有三级指标名称。请填写指标名称，或删除这一行。`,
  "level1-invalid": (p) =>
    p.value
      ? `一级指标「${p.value}」不在指标体系中。应为：${p.allowed}。`
      : `这一行没有一级指标。请在上方或本行填写一级指标（${p.allowed}）。`,
  "level2-invalid": (p) =>
    `二级指标「${p.value}」不属于一级指标「${p.level1}」。` +
    (p.parents ? `它属于「${p.parents}」，请移到对应的一级指标下。` : `请改为「${p.level1}」下的二级指标。`),
  "operator-invalid": (p) =>
    p.value
      ? `指标性质「${p.value}」无法识别。请填写 =、≥、≤、>、< 之一，定性指标填「定性」。`
      : `定量指标没有填写指标性质。请填写 =、≥、≤、>、< 之一。`,
  "target-missing": (p) =>
    p.value ? `指标值「${p.value}」只有单位，没有数值。请填写年度目标值。` : `没有填写指标值。请填写年度目标值。`,
  "target-not-number": (p) => `定量指标的指标值「${p.value}」不是数字。请填写数字（如 12 或 98%），单位写在度量单位列。`,
  "target-out-of-range": (p) =>
    p.percent
      ? `百分比指标值「${p.value}」超过 100%。请填写 0–100 之间的数。`
      : `指标值「${p.value}」为负数。请填写不小于 0 的数。`,
  "target-suspicious": (p) =>
    p.kind === "full"
      ? `指标值「≥100%」只有正好达到 100% 才算完成。请确认目标，或改为更合理的目标值（如 ≥95%）。`
      : `百分比指标用了「=」，通常应为「≥」（达到即可）。请确认指标性质。`,
  "unit-missing": () => `定量指标没有度量单位。请填写单位（如 期、次、%、万元）。`,
  "unit-mismatch": (p) => `评分标准按「${p.ruleUnit}」计分，但本行的度量单位是「${p.unit}」。请统一单位。`,
  "attribute-invalid": (p) =>
    p.value
      ? `指标属性「${p.value}」无效。请填写「定量指标」或「定性指标」。`
      : `没有填写指标属性。请填写「定量指标」或「定性指标」。`,
  "attribute-mismatch": (p) =>
    p.kind === "quantitative"
      ? `定量指标的指标值「${p.value}」是定性的描述。请改为定性指标，或把指标值改为数字。`
      : `定性指标却用数字比较（${p.value}）。请改为定量指标，或把指标值改为定性描述（如 合格）。`,
  "rule-missing": () => `没有填写评（扣）分标准。请写明分值和计分方法，如「12分，完成1期得1分」。`,
  "rule-unparsed": () => `评（扣）分标准中读不出满分是多少分。请在开头写明分值，如「7分，…」，或增加分值列。`,
  "rule-judgement": (p) =>
    p.kind === "range"
      ? `评分标准给的是分数区间（${p.detail}），评分时在档内按完成程度折算。如需人工评定，请在评分后调整得分。`
      : p.kind === "clauses"
        ? `评分标准按情形分别扣分（${p.detail}），台账备注中未注明情形的按第一种情形计。请在台账备注中注明情形，或在评分后调整得分。`
        : `评分标准要求酌情打分，评分时按财政部自评通用公式计算，结果仅供参考。请在评分后按实际情况调整得分。`,
  "rule-default": (p) =>
    p.kind === "qualitative"
      ? `评分方法不是常见写法，评分时将按财政部自评通用办法计分（定性指标按等级：达成得满分，良/基本达成 80%，中/部分达成 60%，差/未达成不得分）。如需按其他方法计分，请改写评分标准。`
      : `评分方法不是常见写法，评分时将按财政部自评通用公式计算（完成比例×分值）。如需按其他方法计分，请改写评分标准。`,
  "rule-inconsistent": (p) =>
    p.kind === "weight"
      ? `评分标准写的是 ${p.full} 分，分值列是 ${p.weight} 分。请统一。`
      : `按标准每 ${p.step} 个单位得 ${p.points} 分，完成目标值 ${p.target} 只能得 ${p.atTarget} 分，与满分 ${p.full} 分不符。请核对每单位分数或目标值。`,
  "duplicate-indicator": (p, i) => `三级指标「${i.indicator ?? ""}」与第 ${p.firstRow} 行重复。请合并或改名。`,
  "content-duplicate": (p) => `指标内容与第 ${p.firstRow} 行（${p.other}）完全相同，可能是复制后未修改。请写明本指标反映的内容。`,
  "source-missing": () => `没有填写指标值设定依据及数据来源。请写明依据的文件或数据来源。`,
  placeholder: (p, i) =>
    p.kind === "row"
      ? `这一行只有模板文字「${p.value}」，不是指标，不参与校验和评分。不用的行请删除。`
      : p.kind === "prefix"
        ? `三级指标「${p.value}」还带着模板的编号「${p.prefix}」。请删去编号，并确认这一指标确属本项目。`
        : p.kind === "inside"
          ? `三级指标「${p.value}」里还留着模板的占位符「${p.prefix}」。请删去占位符（目标值写在指标值列）。`
      : `「${label(i.field)}」还是模板文字「${p.value}」。请填写实际内容，不用的行请删除。`,
  "formula-uncached": (_p, i) =>
    `这个单元格是公式，但文件中没有保存计算结果（多见于其他程序生成的文件），值未知，${i.field === "log" ? "这条台账记录" : "这一项"}按无法读取处理。请用 Excel 或 WPS 打开并保存一次后再校验。`,
  "score-differs": (p) =>
    `已填写的${p.what === "actual" ? "实际完成值" : "得分"}为 ${p.typed}，按评分标准计算为 ${p.computed}。评分保留已填写的值；如需按计算结果，请清空该单元格后再评分。`,
  "sheet-protected": (p, i) =>
    `工作表「${i.sheet}」受保护，评分没有写入其中 ${p.cells} 个单元格（实际完成值、得分行、得分合计等）；得分见评分报告${p.copy ? "和绩效自评表" : ""}。如需写回该表，请撤销工作表保护（审阅 › 撤销工作表保护）后再评分。`,
  "score-out-of-band": (p) =>
    `填写的得分 ${formatPoints(p.typed)} 不在「${QUALITATIVE_LABEL[p.grade]["zh-CN"]}」的分值区间 ${formatPoints(p.low)}–${formatPoints(p.high)} 分内（评分方案「${p.profile}」只允许在该区间内自选得分）。评分按评分标准计为 ${formatPoints(p.computed)}；请改为区间内的分数，或清空该单元格。`,
  "log-sheet-not-found": (p, i) =>
    i.severity === "error"
      ? `找不到完成情况台账工作表，也没有实际完成值可评分。请添加台账工作表（表头：日期、三级指标、完成值、备注），或在实际完成值列填写数值。`
      : p.typed
        ? `没有找到完成情况台账工作表（表头需含「三级指标」和「完成值」）。评分时将使用实际完成值列中已填写的值。`
        : `没有找到完成情况台账工作表（表头需含「三级指标」和「完成值」）。评分前请新建台账（日期、三级指标、完成值、备注），或在表中加一列「实际完成值」并填写。`,
  "log-column-missing": (p, i) => `台账工作表「${i.sheet}」的表头缺少「${p.labels}」列。请把表头改为：日期、三级指标、完成值、备注。`,
  "log-unknown-indicator": (p) =>
    `台账中的指标「${p.name}」在绩效目标表中找不到。` +
    (p.suggestion ? `是否应为「${p.suggestion}」？请改成与目标表一致的名称。` : `请改成与目标表一致的三级指标名称。`),
  "log-value-invalid": (p, i) => `完成值「${p.value}」不是数字，而指标「${i.indicator ?? ""}」需要数字。请填写数字（空白表示完成 1 次）。`,
  "log-date-invalid": (p) => `日期「${p.value}」无法识别。请写成 2022-03-31 这样的日期。`,
  "log-no-entries": (p, i) => `指标「${i.indicator ?? ""}」在台账「${p.log}」中没有任何记录。请补充完成情况，否则评分按未完成计。`,
  "review-too-few": (p) => `只有 ${p.count} 个三级指标，少于 ${p.min} 个。请补充能反映产出和效益的指标。`,
  "review-category-missing": (p) =>
    p.note
      ? `没有「${p.category}」。项目有服务对象（指标中提到了群众、学生、农户等），原则上应设置服务对象满意度指标（提示，不作硬性要求）。`
      : `没有「${p.category}」。绩效指标应同时包括产出指标和效益指标，请补充。`,
  "review-input-as-output": (_p, i) =>
    `指标「${i.indicator ?? ""}」衡量的是资金或人力物力投入，不是项目的产出。投入数量不能作为绩效目标，请改为项目完成的工作量、质量或时效。`,
  "review-qualitative-share": (p) => `${p.count} 个指标中有 ${p.qualitative} 个是定性指标，超过一半。请尽量改用可量化的定量指标。`,
  "review-cost-standard": (_p, i) => `成本指标「${i.indicator ?? ""}」的设定依据没有写明预算支出标准或计划标准。请在数据来源中写明所依据的标准。`,
  "review-weight-profile": (p) =>
    `「${p.category}」的分值合计 ${p.points} 分，与通常的权重 ${p.expected} 分相差较大。请确认分值设置，或说明调整的理由。`,
};
