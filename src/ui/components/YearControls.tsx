/**
 * The year's controls, one lazy chunk (webpackChunkName "year-controls"): 监控's date field and the
 * 评分方案 picker. Neither is needed for the first paint — the profiles' names come with the core —
 * and the first paint's JavaScript is budgeted (taskpane_gz_kb).
 */
export { default as MonitorBar } from "./MonitorBar";
export { ProfilePicker } from "./ProfilePicker";
