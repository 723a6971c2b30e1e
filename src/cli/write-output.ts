/**
 * Writing a workbook the CLI made (`score --out`, and every other command that writes one) so that
 * nothing is ever lost (DESIGN §6, Files):
 *
 * - the output is never the input, by any path: the same device and inode (a hard link), a
 *   symbolic link, `./` or `..` or, on a case-insensitive disk, another case;
 * - its extension is the one its package kind needs (a macro-enabled workbook stays .xlsm);
 * - the write is atomic: a temporary file in the output's own folder, written, fsynced, then
 *   renamed over the output. On any failure the temporary file is removed, so the output is
 *   either the old file, byte for byte, or the new one — never half of one;
 * - a failure names the output path and says what happened in words (`磁盘已满`), not an errno.
 *
 * Every step that touches the disk goes through `outputFs`, so a test can make any one of them fail
 * (a full disk at fsync, a refused rename) without a real full disk.
 */
import { constants, promises as fs } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { InputProblem, type InputProblemData } from "./problems";
import { extensionOf, type PackageKind } from "./package-kind";

/** A problem with the output: exit 2 with its one line, like an unusable input. */
export class OutputProblem extends InputProblem {
  constructor(problem: InputProblemData) {
    super(problem);
    this.name = "OutputProblem";
  }
}

/** The disk steps of an atomic write, in the order they run. */
export interface OutputFs {
  /** Create the temporary file; it must not exist yet. */
  create(file: string): Promise<FileHandle>;
  write(handle: FileHandle, bytes: Uint8Array): Promise<void>;
  sync(handle: FileHandle): Promise<void>;
  close(handle: FileHandle): Promise<void>;
  chmod(file: string, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Make the rename itself durable (fsync the folder); best effort, Windows cannot. */
  syncFolder(folder: string): Promise<void>;
}

export const outputFs: OutputFs = {
  create: (file) => fs.open(file, "wx", 0o666),
  write: async (handle, bytes) => {
    await handle.writeFile(bytes);
  },
  sync: (handle) => handle.sync(),
  close: (handle) => handle.close(),
  chmod: (file, mode) => fs.chmod(file, mode),
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
  syncFolder: async (folder) => {
    const handle = await fs.open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

// ---- what a failure means, in words (problems.ts: out-write-failed) ---------------------------

const errnoOf = (err: unknown): string => (err as NodeJS.ErrnoException | null)?.code ?? "";

/** The one line for a failed write of `out`; the input and any existing output are untouched. */
export function outputProblem(out: string, err: unknown): OutputProblem {
  if (err instanceof InputProblem) return err instanceof OutputProblem ? err : new OutputProblem(err.problem);
  return new OutputProblem({ code: "out-write-failed", params: { out, errno: errnoOf(err) } });
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

// ---- the output is not the input --------------------------------------------------------------

const caseInsensitive = process.platform === "win32" || process.platform === "darwin";
const samePathText = (a: string, b: string) => (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);

async function realOrNull(file: string): Promise<string | null> {
  try {
    return await fs.realpath(file);
  } catch {
    return null;
  }
}

/** How `out` is `input`, or null when it is another file (or does not exist yet). */
async function sameFile(input: string, out: string): Promise<"same-path" | "link" | "hard-link" | null> {
  let a, b;
  try {
    a = await fs.stat(input, { bigint: true });
    b = await fs.stat(out, { bigint: true });
  } catch {
    return null; // no output yet (fine), or no input (loading says so)
  }
  const [ra, rb] = await Promise.all([realOrNull(input), realOrNull(out)]);
  const sameReal = ra !== null && rb !== null && samePathText(ra, rb);
  // Some file systems report no inode (0): there, the resolved paths decide.
  const sameInode = a.ino !== BigInt(0) && a.dev === b.dev && a.ino === b.ino;
  if (!sameInode && !sameReal) return null;
  if (!sameReal) return "hard-link";
  return samePathText(path.resolve(input), path.resolve(out)) ? "same-path" : "link";
}

/**
 * Before any work: `out` must not be the input by any path, nor a folder. A missing output is
 * fine (a missing folder is reported when the write is tried).
 */
export async function checkOutput(input: string, out: string): Promise<void> {
  const how = await sameFile(input, out);
  if (how) throw new OutputProblem({ code: "out-same-as-input", params: { out, input, how } });
  let stat;
  try {
    stat = await fs.stat(out);
  } catch {
    return;
  }
  if (stat.isDirectory()) throw outputProblem(out, errno("EISDIR"));
}

// ---- the extension fits the package ----------------------------------------------------------

/** `out` with the extension `kind` needs: an Excel extension replaced, anything else kept and added to. */
export function withExtension(out: string, kind: PackageKind): string {
  const ext = extensionOf(kind);
  return /\.(xlsx|xlsm|xltx|xltm|xls|xlsb)$/i.test(out) ? out.replace(/\.[^.]+$/, ext) : out + ext;
}

/** The output keeps the input's package kind, so its extension must be that kind's (any case). */
export function checkOutputKind(out: string, kind: PackageKind | null): void {
  if (!kind) return; // a content type we do not know: nothing to hold the name to
  const ext = extensionOf(kind);
  if (path.extname(out).toLowerCase() === ext) return;
  const suggestion = withExtension(out, kind);
  throw new OutputProblem({ code: "out-kind-mismatch", params: { out, kind, ext, suggestion } });
}

// ---- the atomic write -------------------------------------------------------------------------

/** The file a write of `out` replaces: a symbolic link at `out` is followed, so the link stays. */
async function targetOf(out: string): Promise<string> {
  try {
    if ((await fs.lstat(out)).isSymbolicLink()) return (await realOrNull(out)) ?? out;
  } catch {
    // no file there yet
  }
  return out;
}

/**
 * Write `bytes` to `out` atomically: a temporary file beside it, fsync, rename over it. An existing
 * output keeps its permissions, and one marked read-only is not replaced. Throws an OutputProblem
 * naming `out`; the temporary file is gone then, and `out` is as it was.
 */
export async function writeFileAtomically(out: string, bytes: Uint8Array, io: OutputFs = outputFs): Promise<void> {
  const target = await targetOf(out);
  const folder = path.dirname(target);
  const temp = path.join(folder, `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    let mode: number | undefined;
    const existing = await fs.stat(target).catch(() => null);
    if (existing) {
      if (existing.isDirectory()) throw errno("EISDIR");
      await fs.access(target, constants.W_OK); // a read-only output stays as it is (EACCES)
      mode = existing.mode & 0o7777;
    }
    handle = await io.create(temp);
    created = true;
    await io.write(handle, bytes);
    await io.sync(handle);
    const h = handle;
    handle = undefined;
    await io.close(h);
    if (mode !== undefined) await io.chmod(temp, mode);
    await io.rename(temp, target);
    created = false;
  } catch (err) {
    if (handle) await io.close(handle).catch(() => undefined);
    if (created) await io.unlink(temp).catch(() => undefined);
    throw outputProblem(out, err);
  }
  await io.syncFolder(folder).catch(() => undefined);
}

/**
 * What a command calls to write the workbook it made: the output is not the input (checked again,
 * right before writing), its extension fits `kind`, and the write is atomic.
 */
export async function writeOutput(input: string, out: string, kind: PackageKind | null, bytes: Uint8Array, io: OutputFs = outputFs): Promise<void> {
  await checkOutput(input, out);
  checkOutputKind(out, kind);
  await writeFileAtomically(out, bytes, io);
}
