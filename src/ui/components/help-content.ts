/**
 * 使用说明 (Help): what each button does, the log sheet, what the colours mean, where the data stays.
 * Plain data in both languages, so a test can read every sentence (test/taskpane/help.test.tsx)
 * and no sentence promises what the pane does not have.
 */
import type { Lang } from "../../core";
import type { AfterScore } from "../i18n";

export interface HelpSection {
  heading: string;
  paragraphs?: string[];
  items?: string[];
  /** A small table (the log sheet's layout): header, then rows. */
  table?: { caption: string; head: string[]; rows: string[][] };
}

export function helpContent(lang: Lang, afterScore: AfterScore): { title: string; sections: HelpSection[] } {
  return lang === "en" ? en(afterScore) : zh(afterScore);
}

function zh(afterScore: AfterScore): { title: string; sections: HelpSection[] } {
  return {
    title: "使用说明",
    sections: [
      {
        heading: "按钮",
        items: [
          "校验：检查项目绩效目标表的格式和内容（指标名称、指标性质、指标值、度量单位、评（扣）分标准、分值合计等），在有问题的单元格上做标记，并在下方列出问题。点击一条问题即可定位到它的单元格。",
          "评分：先校验，再根据完成情况台账算出每个指标的实际完成值和得分。得分写在「评（扣）分标准」单元格的最后一行（如「得分：10」），原文不变；没有「实际完成值」列时会在表格右侧新增一列；并生成「绩效自评表」工作表，附得分合计和等级（优 90–100，良 80–89，中 60–79，差 60 以下）。",
          "清除标记：去掉「校验」做的标记，单元格格式完全恢复原样。",
          "清除评分：去掉「评分」写入的全部内容（得分行、得分合计、填入的实际完成值和生成的工作表）；您在评分后自己填写或修改的内容会保留。",
          afterScore === "download"
            ? "下载：评分后把带得分的工作簿保存到本机（文件名后加「-评分」），原文件不会被改动。"
            : "评分结果直接写在当前工作簿中，检查后按平常方式保存即可。",
          "新建台账：新建一张「完成情况台账」工作表：三级指标从下拉列表中选择（与目标表的写法一致），日期限在项目年度内，汇总方式也可下拉选择。已有台账时只更新三级指标的下拉列表，已记录的内容不变。",
          "监控：选择监控日（默认今天），统计台账中截至该日的记录，按已过天数预计全年完成值，给出完成目标可能性（确定能 / 有可能 / 完全不可能，分别为绿灯 / 黄灯 / 红灯）和预算执行进度，并生成「绩效监控表」工作表。点击表中的指标可定位到它在绩效监控表中的行；您填写的偏差原因分析和完成目标的措施在再次监控时保留。",
          "目标表 / 完成情况台账：默认「自动检测」；检测不对时可在这里选择工作表，选择会记在工作簿中。",
          "评分方案：校验、评分和监控按所选方案计算（默认、预算管理一体化系统，或预算执行 20 分的省级示例），选择会记在工作簿中。",
          "评分标准解读：输入一条评分标准、指标值和实际完成值，查看本工具如何理解这条标准以及能得几分。",
        ],
      },
      {
        heading: "完成情况台账",
        paragraphs: [
          "台账是一张记录每项工作完成情况的工作表（名称如「完成情况台账」）。表头一行须有「三级指标」（或「指标名称」）和「完成值」（或「实际值」「数量」「完成数量」）两列；「日期」「备注」（或「佐证材料」）「汇总方式」可选。每完成一项工作或每测量一次记一行；完成值留空按 1 计。",
          "三级指标的名称须与目标表中的写法一致（全角半角、空格、换行不影响匹配）。次数、期数、金额类指标按合计计算；百分比、天数等按最新一条记录；「汇总方式」一列可改为 求和 / 计数 / 最新 / 平均 / 最大 / 最小。",
          "没有台账时，也可以直接在目标表的「实际完成值」列中填写。",
        ],
        table: {
          caption: "台账示例",
          head: ["日期", "三级指标", "完成值", "备注"],
          rows: [
            ["2024-03-31", "编撰网络舆情分析研判报告期数", "1", "第一季度"],
            ["2024-06-30", "编撰网络舆情分析研判报告期数", "1", ""],
            ["2024-12-31", "服务对象满意度", "96%", "问卷"],
          ],
        },
      },
      {
        heading: "颜色的含义",
        items: [
          "红色：错误，必须修改，否则评分可能不准确。",
          "黄色：警告，建议检查（例如两行内容完全相同）。",
          "蓝色：提示，供参考（例如按默认规则计分）。",
          "问题列表左侧的色条与单元格标记的颜色一致；每条问题都写明了类别（错误 / 警告 / 提示）和代码，不依赖颜色也能分辨。",
        ],
      },
      {
        heading: "数据在哪里",
        paragraphs: [
          afterScore === "download"
            ? "工作簿只在您这台电脑的浏览器中读取和计算，不会上传到任何服务器，网页也不连接其他网站。关闭网页后，未下载的评分结果不会保留。"
            : "工作簿只在您这台电脑的 Excel 中读取和计算，内容不会发送到任何服务器。",
        ],
      },
    ],
  };
}

function en(afterScore: AfterScore): { title: string; sections: HelpSection[] } {
  return {
    title: "Help",
    sections: [
      {
        heading: "Buttons",
        items: [
          "Validate checks the performance target table (names, operators, targets, units, scoring rules, the points adding up …), marks the cells with issues and lists the issues below. Click an issue to go to its cell.",
          "Score validates, then computes each indicator's actual value from the log sheet and its score. The score goes into the scoring-rule cell as a last line (得分：10), the rule text unchanged; a 实际完成值 column is added at the table's right edge when there is none; and a 绩效自评表 sheet is made with the total and the grade (优 90–100, 良 80–89, 中 60–79, 差 below 60).",
          "Clear marks removes Validate's marks; every cell's format comes back exactly.",
          "Clear score removes everything Score wrote (score lines, the total, the actual values it filled in, the sheet it made); what you typed or changed since is kept.",
          afterScore === "download"
            ? "Download saves the scored workbook on this computer (its name ends in -评分); your original file is not changed."
            : "Score writes into the open workbook: check it, then save as usual.",
          "New log sheet adds a 完成情况台账 sheet: each 三级指标 is picked from a dropdown (spelt as in the target table), dates are held to the project's year, and 汇总方式 has a dropdown too. When a log exists, only the dropdown's list of indicators is updated; what was logged stays.",
          "Monitor takes an as-of date (today by default), counts the log's entries up to it, projects each indicator over the year, judges the likelihood of meeting the target (certain / possible / impossible: a green, amber or red light) and the budget's execution, and makes the 绩效监控表 sheet. Click an indicator in the table to go to its row there; the 偏差原因分析 and 完成目标的措施 you write are kept when you monitor again.",
          "Target sheet / Log sheet: Detect automatically by default; pick a sheet here when detection is wrong. The choice is kept in the workbook.",
          "Scoring profile: Validate, Score and Monitor compute by the chosen profile (default, the national 预算管理一体化 system, or a provincial example with 20 budget points); the choice is kept in the workbook.",
          "Rule explainer: type a scoring rule, a target and an actual to see how the rule is understood and what it scores.",
        ],
      },
      {
        heading: "The log sheet (完成情况台账)",
        paragraphs: [
          "The log is a sheet that records each piece of work done (named e.g. 完成情况台账). Its header row needs an indicator column (三级指标 or 指标名称) and a value column (完成值, 实际值, 数量 or 完成数量); 日期, 备注 (or 佐证材料) and 汇总方式 are optional. One row per piece of work or per measurement; an empty value counts as 1.",
          "Indicator names must match the target table (full- and half-width forms, spaces and line breaks do not matter). Counts and amounts are summed; percentages, days and the like take the latest entry; a 汇总方式 column can say 求和 / 计数 / 最新 / 平均 / 最大 / 最小 instead.",
          "Without a log, type the actual values in the target table's 实际完成值 column.",
        ],
        table: {
          caption: "A log sheet",
          head: ["日期", "三级指标", "完成值", "备注"],
          rows: [
            ["2024-03-31", "编撰网络舆情分析研判报告期数", "1", "第一季度"],
            ["2024-06-30", "编撰网络舆情分析研判报告期数", "1", ""],
            ["2024-12-31", "服务对象满意度", "96%", "问卷"],
          ],
        },
      },
      {
        heading: "What the colours mean",
        items: [
          "Red: an error, to fix, or the score may be wrong.",
          "Amber: a warning, worth checking (e.g. two rows with the same text).",
          "Blue: a note (e.g. a score by the default rule).",
          "The bar beside each issue has the colour of its cell mark; each issue also names its kind (Error / Warning / Info) and code, so colour is never the only sign.",
        ],
      },
      {
        heading: "Where your data stays",
        paragraphs: [
          afterScore === "download"
            ? "The workbook is read and computed in this browser on this computer only: nothing is uploaded, and the page connects to no other site. Scores not downloaded are gone when the page closes."
            : "The workbook is read and computed in Excel on this computer; its content is sent to no server.",
        ],
      },
    ],
  };
}
