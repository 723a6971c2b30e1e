/**
 * 评分标准解读: type (or pick) a 评（扣）分标准 text, a target and an actual, and see how the rule is
 * understood and what that actual scores, with the arithmetic. The same core code as `jixiao rule`
 * (src/cli/rule-command.ts): describeRule for the reading, whatIf for the score. A lazy chunk.
 */
import { useId, useMemo, useState } from "react";
import { Dropdown, Option } from "@fluentui/react-combobox";
import { Field } from "@fluentui/react-field";
import { Input } from "@fluentui/react-input";
import { Textarea } from "@fluentui/react-textarea";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { describeRule, parseRule, whatIf } from "../../core/rules";
import { explainerStrings } from "./explainer-strings";
import { formatNumber } from "../i18n";

/** Rule texts as staff write them (DESIGN §5's forms), each with a target that fits it. */
export const RULE_EXAMPLES: readonly { text: string; target: string; actual: string }[] = [
  { text: "每少1期扣1分，扣完为止", target: "≥12期", actual: "10" },
  { text: "满意度达到95%得满分，每降低1个百分点扣1分", target: "≥95%", actual: "92%" },
  { text: "完成率×分值", target: "100%", actual: "90%" },
  { text: "≥90%,计5分;80%(含)-90%,计4分;60%(含)-80%,计2分;低于60%不得分", target: "≥90%", actual: "85%" },
  { text: "质量合格得7分，不合格不得分", target: "合格", actual: "合格" },
  { text: "每发生1起安全事故扣2分，扣完为止", target: "=0起", actual: "1" },
  { text: "与年度计划每偏差5%扣1分", target: "100%", actual: "88%" },
  { text: "充分:3分;一般:1.5分;没有:0分", target: "充分", actual: "一般" },
];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: "0" },
  heading: { margin: "0", fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: "0", color: tokens.colorNeutralForeground2 },
  row: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 9rem), 1fr))", gap: tokens.spacingHorizontalM },
  dropdown: { minWidth: "0", width: "100%" },
  // Fluent's Input keeps a minimum width that overflows a grid column in a narrow pane.
  input: { minWidth: "0", width: "100%" },
  out: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: "anywhere",
  },
  outHeading: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  para: { margin: "0" },
  score: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  working: { margin: "0", paddingInlineStart: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export default function RuleExplainer({ lang }: { lang: Lang }) {
  const styles = useStyles();
  const t = explainerStrings(lang);
  const headingId = useId();
  const [text, setText] = useState(RULE_EXAMPLES[0].text);
  const [target, setTarget] = useState(RULE_EXAMPLES[0].target);
  const [actual, setActual] = useState(RULE_EXAMPLES[0].actual);
  const [full, setFull] = useState("");

  const picked = RULE_EXAMPLES.find((e) => e.text === text);
  const fullPoints = full.trim() === "" ? undefined : Number(full.trim());
  const fullBad = fullPoints !== undefined && !(Number.isFinite(fullPoints) && fullPoints >= 0);
  const reading = useMemo(() => (text.trim() ? describeRule(parseRule(text), lang) : ""), [text, lang]);
  const result = useMemo(
    () => (text.trim() && actual.trim() && !fullBad ? whatIf(text, { target, actual, full: fullPoints }) : null),
    [text, target, actual, fullPoints, fullBad],
  );

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t.heading}
      </h2>
      <p className={styles.intro}>{t.intro}</p>
      <Field label={t.examples}>
        <Dropdown
          className={styles.dropdown}
          placeholder={t.examplesPlaceholder}
          // Shows the example only while the text is still that example's.
          value={picked?.text ?? ""}
          selectedOptions={picked ? [picked.text] : []}
          onOptionSelect={(_, data) => {
            const ex = RULE_EXAMPLES.find((e) => e.text === data.optionValue);
            if (!ex) return;
            setText(ex.text);
            setTarget(ex.target);
            setActual(ex.actual);
            setFull(""); // the example's own points
          }}
        >
          {RULE_EXAMPLES.map((ex) => (
            <Option key={ex.text} value={ex.text}>
              {ex.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.rule} hint={t.ruleHint}>
        <Textarea value={text} resize="vertical" onChange={(_, d) => setText(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={t.target} hint={t.targetHint}>
          <Input className={styles.input} value={target} onChange={(_, d) => setTarget(d.value)} />
        </Field>
        <Field label={t.actual} hint={t.actualHint}>
          <Input className={styles.input} value={actual} onChange={(_, d) => setActual(d.value)} />
        </Field>
        <Field label={t.full} hint={t.fullHint} validationMessage={fullBad ? t.fullBad : undefined}>
          <Input className={styles.input} value={full} inputMode="decimal" onChange={(_, d) => setFull(d.value)} />
        </Field>
      </div>
      <div className={styles.out} aria-live="polite" data-testid="rule-explained">
        <h3 className={styles.outHeading}>{t.reading}</h3>
        <p className={styles.para}>{reading || t.noRule}</p>
        <h3 className={styles.outHeading}>{t.scoreHeading}</h3>
        {result === null ? (
          <p className={styles.para}>{t.needActual}</p>
        ) : result.full === null ? (
          <p className={styles.para}>{t.needFull}</p>
        ) : (
          <>
            <p className={styles.score}>{result.score === null ? t.noScore : t.scored(formatNumber(result.score), formatNumber(result.full))}</p>
            {result.met !== null && <p className={styles.para}>{result.met ? t.met : t.notMet}</p>}
            <ol className={styles.working}>
              {(lang === "en" ? result.working.en : result.working.zh).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </>
        )}
      </div>
    </section>
  );
}
