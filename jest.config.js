/** One jest run for every test: core and CLI in node, the task pane in jsdom (per-file docblock). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM dependency jest cannot load;
    // the mock only needs its OfficeApp enum (see test/stubs/office-addin-manifest.ts).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts",
  },
  testTimeout: 30000,
};
