import { gridOf } from "../../../test/helpers/grids";
import { PUBLISHED_TABLES } from "../../../test/fixtures/published/tables";
import type { PublishedTable } from "../../../test/fixtures/published/table-spec";
import { columnIndex } from "../grid";
import { readTable } from "./read-table";
import { filingUnit, readTitleBlock, type TitleBlock } from "./title-block";

describe("readTitleBlock", () => {
  it("reads the national 自评表's label | value rows, 实施单位 (盖章) included", () => {
    // The layout of the national 项目支出绩效自评表: title, then one label and its value per row.
    const grid = gridOf([
      ["项目支出绩效自评表", "", "", ""],
      ["（2022年度）", "", "", ""],
      ["项目名称", "", "区委网信办经费", ""],
      ["主管部门", "", "中共昆明市呈贡区委宣传部", ""],
      ["实施单位（盖章）", "", "区委网信办", ""],
      ["一级指标", "二级指标", "三级指标", "指标值"],
    ]);
    expect(readTitleBlock(grid, 5)).toEqual({ project: "区委网信办经费", department: "中共昆明市呈贡区委宣传部", implementer: "区委网信办" });
  });
  it("reads label and value side by side on one row, and a merged label", () => {
    const grid = gridOf(
      [
        ["项目名称", "", "城乡环境整治", "主管部门", "区城管局"],
        ["一级指标", "二级指标", "三级指标", "指标值", ""],
      ],
      { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] },
    );
    expect(readTitleBlock(grid, 1)).toEqual({ project: "城乡环境整治", department: "区城管局" });
  });
  it("reads label：value in one cell (单位名称：…, 填报单位(盖章)：…)", () => {
    const grid = gridOf([["单位名称：中国共产党昆明市呈贡区委员会宣传部"], ["填报单位(盖章)：区财政局"], ["三级指标"]]);
    const block = readTitleBlock(grid, 2);
    expect(block).toEqual({ unit: "中国共产党昆明市呈贡区委员会宣传部" });
    expect(filingUnit(block)).toBe("中国共产党昆明市呈贡区委员会宣传部");
  });
  it("never reads at or below the header, nor a phrase that only starts like a label", () => {
    const grid = gridOf([["项目名称相关说明见附件", "x"], ["三级指标", "指标值"], ["项目名称", "不是标题"]]);
    expect(readTitleBlock(grid, 1)).toEqual({});
  });
  it("prefers 单位名称, then 主管部门, then 实施单位 for the filing unit", () => {
    expect(filingUnit({ department: "A", implementer: "B" })).toBe("A");
    expect(filingUnit({ implementer: "B" })).toBe("B");
    expect(filingUnit({})).toBe("");
  });
});

/** A published table's grid as its spec lays it out (rows from A1, merges in A1 notation). */
function specGrid(spec: PublishedTable) {
  const merges = (spec.merges ?? []).map((area) => {
    const [a, b = a] = area.split(":");
    const at = (ref: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
    };
    const [from, to] = [at(a), at(b)];
    return { top: from.row, left: from.col, bottom: to.row, right: to.col };
  });
  return gridOf(spec.rows.map((r) => r.map((v) => v ?? "")), { sheet: spec.sheet, merges });
}

describe("readTitleBlock on every layout of the published corpus (test/fixtures/published)", () => {
  // What a reader of each table sees in its block, worked out from the table (tables/<id>.ts).
  const EXPECTED: Record<string, { block: TitleBlock; unit: string }> = {
    // 主管部门(单位)名称: the label's own tail (单位)名称.
    "fujian-xiuyu-shuili-shuihui": { block: { project: "省级第七批水利专项资金", department: "秀屿区水利局" }, unit: "秀屿区水利局" },
    // 主管部门 and 实施单位 left blank: the cell right of 主管部门 is the 实施单位 label, not a value.
    "hubei-ezhou-shiminzhongxin": { block: { project: "市民中心运行维护费" }, unit: "" },
    // The older form's 项目主管部门 / 项目执行单位.
    "hubei-qingshan-bomo-gaizao": {
      block: { project: "农村义务教育薄弱学校改造补助资金", department: "青山区教育局", implementer: "化工区学校" },
      unit: "青山区教育局",
    },
    // 主管部门\n及编码 with the code before the name ([015001]).
    "hubei-qingshan-jiaoyu-jijian": {
      block: { project: "教育系统基础设施建设和设备购置", department: "武汉市青山区教育局", implementer: "武汉市青山区教育局" },
      unit: "武汉市青山区教育局",
    },
    "ningxia-yuanzhou-shuiyuan-hanyanglin": {
      block: { project: "原州区2022年南部水源涵养林建设项目", department: "固原市原州区自然资源局", implementer: "固原市原州区自然资源局" },
      unit: "固原市原州区自然资源局",
    },
    // 专项(项目)名称; 市级主管部门 then 区级主管部门: the district's, which files the table.
    "shaanxi-chencang-shuili-yinshui": { block: { project: "农村饮水安全巩固提升工程专项", department: "陈仓区水利局" }, unit: "陈仓区水利局" },
    // 项目负责人及联系电话 between them is not a label.
    "shaanxi-qingjian-guoyuanlu": {
      block: { project: "2021年交通局寨山石坪、鲍家沟果园路", department: "清涧县交通运输局", implementer: "清涧县交通运输局" },
      unit: "清涧县交通运输局",
    },
    "shanghai-putuo-tiyu-jiesuan": {
      block: { project: "普陀体育中心与委托运营方结算费用", department: "上海市普陀区体育局", implementer: "上海市普陀区体育事业管理中心" },
      unit: "上海市普陀区体育局",
    },
    // The 中央预算内投资 form: 专项名称 and 下达地方或单位.
    "tianjin-baodi-chuqin-fenwu": {
      block: { project: "农业绿色发展专项 (畜禽粪污资源化利用整县推进项目)", implementer: "宝坻区人民政府" },
      unit: "宝坻区人民政府",
    },
  };
  it("has an expectation for every table of the corpus", () => {
    expect(PUBLISHED_TABLES.map((t) => t.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const spec of PUBLISHED_TABLES) {
    it(spec.id, () => {
      const grid = specGrid(spec);
      // Above the table's header where there is one (the xiuyu table has none the reader takes).
      const header = readTable(grid)?.header.top;
      const block = readTitleBlock(grid, header);
      expect(block).toEqual(EXPECTED[spec.id].block);
      expect(filingUnit(block)).toBe(EXPECTED[spec.id].unit);
    });
  }
});
