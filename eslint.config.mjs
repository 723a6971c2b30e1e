// ESLint (flat config): the Office add-in rules of eslint-plugin-office-addins (load before read,
// sync before read, no sync in loops, isNullObject checks …) on TypeScript, React rules on the
// pane. The plugin's own presets also turn on Prettier formatting, which this code does not use.
import js from "@eslint/js";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "bench/out/**", "coverage/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Office.js code only: the rules track Excel proxies by their method names (getCell, load …),
    // which exceljs code elsewhere shares.
    files: ["src/excel/**", "src/commands/**", "src/taskpane/**", "src/app/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
    },
  },
  { files: ["**/*.tsx"], ...react.configs.flat.recommended, settings: { react: { version: "detect" } } },
  { files: ["**/*.tsx"], rules: { "react/react-in-jsx-scope": "off", "react/prop-types": "off" } },
  { files: ["**/*.{js,mjs,cjs}", "bench/**", "scripts/**"], languageOptions: { globals: { ...globals.node } } },
  { files: ["**/*.cjs", "bin/**", "webpack.config.js", "jest.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Tests: modules loaded fresh inside jest.isolateModules, and the Excel simulator's proxies
  // handing `this` to the objects they create.
  { files: ["test/**"], rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-this-alias": "off" } },
);
