/** Where the CLI writes, injectable so tests can run commands in-process. */
export interface Output {
  stdout(line: string): void;
  stderr(line: string): void;
}

export const processOutput: Output = {
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
};

export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;
