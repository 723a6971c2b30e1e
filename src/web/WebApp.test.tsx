/** @jest-environment jsdom */
/**
 * The page keeps what the user has not saved (DESIGN §8): another file over unsaved scored work
 * asks first (保存 / 放弃 / 取消), leaving the page asks the browser's own question, and a file
 * the page cannot read leaves the open workbook, its results and its unsaved state alone. The
 * real web host on the sample workbook, the pane's own buttons; only the download is a mock.
 */
import "../../test/taskpane/dom-setup";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Lang } from "../core";
import { saveBytes } from "./download";
import { MAX_FILE_BYTES } from "./open-file";
import { WebApp } from "./WebApp";

jest.mock("./download", () => ({ saveBytes: jest.fn() }));
// jsdom has neither; exceljs and the file sniffing use them, as the browser provides them.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const SAMPLE = new Uint8Array(readFileSync(path.join(__dirname, "../../assets/sample.xlsx")));
const CSV = new TextEncoder().encode("三级指标,指标值\n编撰期数,12\n");
const saved = saveBytes as jest.MockedFunction<typeof saveBytes>;

/** A File as the browser hands it over (jsdom's Blob has no arrayBuffer()). */
function fileOf(bytes: Uint8Array, name: string): File {
  return Object.assign(new File([bytes.slice()], name), { arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });
}

function choose(file: File) {
  fireEvent.change(document.querySelector('input[type="file"]') as HTMLInputElement, { target: { files: [file] } });
}

function drop(file: File) {
  fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [file], types: ["Files"] } });
}

async function openSample(name = "sample.xlsx", lang: Lang = "zh-CN") {
  choose(fileOf(SAMPLE, name));
  await screen.findByText(lang === "en" ? `File: ${name}` : `当前文件：${name}`);
}

async function score(lang: Lang = "zh-CN") {
  fireEvent.click(screen.getByRole("button", { name: lang === "en" ? "Score" : "评分" }));
  // The score's summary (a chunk of its own in the browser) shows the total.
  await screen.findByText(lang === "en" ? /^Total \d/ : /^总分 \d/);
}

/** Whether leaving the page now would be stopped (the handler prevents the default). */
function leavingAsks(): boolean {
  const e = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

const page = () => document.body.textContent ?? "";
// `hidden`: tabster (Fluent's focus manager) cannot focus into the dialog without layout, so in
// jsdom it may mark the open dialog aria-hidden; the browser tests see it as the user does.
const question = () => screen.queryByRole("alertdialog", { hidden: true });
const asked = () => screen.findByRole("alertdialog", { hidden: true });
const answer = (dialog: HTMLElement, name: string) => fireEvent.click(within(dialog).getByRole("button", { name, hidden: true }));
const choices = (dialog: HTMLElement) => within(dialog).getAllByRole("button", { hidden: true }).map((b) => b.textContent);

beforeEach(() => saved.mockClear());
jest.setTimeout(60_000);

describe("WebApp: nothing lost", () => {
  it("asks before another file replaces unsaved scored work; 取消 keeps the workbook, its results and the question", async () => {
    render(<WebApp lang="zh-CN" />);
    await openSample();
    await score();
    expect(page()).toContain("总分");

    choose(fileOf(SAMPLE, "b.xlsx"));
    const dialog = await asked();
    expect(dialog.textContent).toContain("当前工作簿「sample.xlsx」已评分但尚未下载，打开「b.xlsx」将丢弃这些修改。是否继续？");
    expect(dialog.textContent).toContain("sample-评分.xlsx");
    expect(choices(dialog)).toEqual(["保存", "放弃", "取消"]);

    answer(dialog, "取消");
    await waitFor(() => expect(question()).toBeNull());
    expect(screen.getByText("当前文件：sample.xlsx")).toBeTruthy();
    expect(page()).toContain("总分");
    expect(page()).not.toContain("b.xlsx");
    expect(saved).not.toHaveBeenCalled();
    expect(leavingAsks()).toBe(true);

    // Still unsaved, so a drop asks again.
    drop(fileOf(SAMPLE, "c.xlsx"));
    expect(await asked()).toBeTruthy();
  });

  it("放弃 opens the dropped file without downloading", async () => {
    render(<WebApp lang="zh-CN" />);
    await openSample();
    await score();
    drop(fileOf(SAMPLE, "b.xlsx"));
    answer(await asked(), "放弃");
    await screen.findByText("当前文件：b.xlsx");
    expect(question()).toBeNull();
    expect(page()).not.toContain("评分完成");
    expect(saved).not.toHaveBeenCalled();
    expect(leavingAsks()).toBe(false);
  });

  it("保存 downloads the scored workbook first, then opens the other file", async () => {
    render(<WebApp lang="zh-CN" />);
    await openSample();
    await score();
    choose(fileOf(SAMPLE, "b.xlsx"));
    answer(await asked(), "保存");
    await screen.findByText("当前文件：b.xlsx");
    expect(saved).toHaveBeenCalledTimes(1);
    const [bytes, name] = saved.mock.calls[0];
    expect(name).toBe("sample-评分.xlsx");
    expect(bytes).not.toEqual(SAMPLE); // the scored bytes
    expect(leavingAsks()).toBe(false);
  });

  it("asks nothing when the work is downloaded, or when nothing was written (Validate only)", async () => {
    render(<WebApp lang="zh-CN" />);
    await openSample();
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByText(/content-duplicate/);
    choose(fileOf(SAMPLE, "b.xlsx"));
    await screen.findByText("当前文件：b.xlsx");
    expect(question()).toBeNull();

    await score();
    fireEvent.click(screen.getByRole("button", { name: "下载" }));
    expect(saved).toHaveBeenCalledWith(expect.any(Uint8Array), "b-评分.xlsx");
    expect(screen.getByText("已下载「b-评分.xlsx」。")).toBeTruthy();
    drop(fileOf(SAMPLE, "c.xlsx"));
    await screen.findByText("当前文件：c.xlsx");
    expect(question()).toBeNull();
  });

  it("a file it cannot read keeps the open workbook, its results and its unsaved state", async () => {
    render(<WebApp lang="zh-CN" />);
    await openSample();
    await score();
    choose(fileOf(CSV, "bad.xlsx"));
    answer(await asked(), "放弃");
    const error = await screen.findByTestId("open-error");
    expect(error.textContent).toContain("无法打开文件");
    expect(error.textContent).toContain("「bad.xlsx」是文本（CSV）文件");
    expect(error.textContent).toContain("当前打开的「sample.xlsx」保持不变。");
    expect(screen.getByText("当前文件：sample.xlsx")).toBeTruthy();
    expect(page()).toContain("评分完成：100 分");
    expect(screen.getByText("下载为「sample-评分.xlsx」。")).toBeTruthy();
    expect(leavingAsks()).toBe(true);

    // Too big: refused by its size, its bytes never read; the workbook still there.
    fireEvent.click(screen.getByRole("button", { name: "下载" }));
    const huge = Object.assign(new File([], "huge.xlsx"), {
      arrayBuffer: () => Promise.reject(new Error("read")),
    });
    Object.defineProperty(huge, "size", { value: MAX_FILE_BYTES + 1 });
    drop(huge);
    await waitFor(() => expect(screen.getByTestId("open-error").textContent).toContain("「huge.xlsx」太大"));
    expect(question()).toBeNull(); // downloaded: nothing to ask
    expect(screen.getByText("当前文件：sample.xlsx")).toBeTruthy();
    expect(page()).toContain("评分完成：100 分");
  });

  it("an unreadable first file shows the error and the page's introduction", async () => {
    render(<WebApp lang="zh-CN" />);
    choose(fileOf(new Uint8Array(0), "empty.xlsx"));
    const error = await screen.findByTestId("open-error");
    expect(error.textContent).toContain("是空文件");
    expect(error.textContent).not.toContain("保持不变");
    expect(page()).toContain("打开项目绩效目标表（.xlsx）");
  });

  it("guards leaving the page only while scored work is unsaved", async () => {
    const { unmount } = render(<WebApp lang="zh-CN" />);
    expect(leavingAsks()).toBe(false);
    await openSample();
    expect(leavingAsks()).toBe(false);
    await score();
    expect(leavingAsks()).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "下载" }));
    expect(leavingAsks()).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "评分" })); // scored again: new work to lose
    await waitFor(() => expect(leavingAsks()).toBe(true));
    act(() => unmount());
    expect(leavingAsks()).toBe(false);
  });

  it("asks when Score ran on the open workbook while the next file was still loading", async () => {
    render(<WebApp lang="zh-CN" />);
    await openSample();
    let release!: () => void;
    const slow = Object.assign(new File([], "b.xlsx"), {
      arrayBuffer: () => new Promise<ArrayBuffer>((resolve) => (release = () => resolve(SAMPLE.slice().buffer as ArrayBuffer))),
    });
    choose(slow); // nothing unsaved yet: no question, it starts loading
    await screen.findByText("正在打开「b.xlsx」…");
    expect(question()).toBeNull();
    await score(); // the open workbook stays usable meanwhile
    act(() => release());
    const dialog = await asked();
    expect(dialog.textContent).toContain("打开「b.xlsx」将丢弃这些修改");
    answer(dialog, "取消");
    await waitFor(() => expect(question()).toBeNull());
    expect(screen.getByText("当前文件：sample.xlsx")).toBeTruthy();
    expect(page()).toContain("评分完成");
    expect(leavingAsks()).toBe(true);
  });

  it("asks in English when the page is in English", async () => {
    render(<WebApp lang="en" />);
    await openSample("sample.xlsx", "en");
    await score("en");
    choose(fileOf(SAMPLE, "b.xlsx"));
    const dialog = await asked();
    expect(dialog.textContent).toContain("The scored workbook “sample.xlsx” has not been downloaded; opening “b.xlsx” discards its changes. Continue?");
    expect(choices(dialog)).toEqual(["Save", "Discard", "Cancel"]);
    fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(question()).toBeNull());
    expect(screen.getByText("File: sample.xlsx")).toBeTruthy();
    expect(leavingAsks()).toBe(true);
  });
});
