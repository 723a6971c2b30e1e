/**
 * Builds the Excel add-in pages and the standalone web page.
 *
 *   npx webpack --mode production      dist/addin/ (taskpane, commands, assets, manifest.xml)
 *                                      and dist/web/ (the standalone page, no office.js)
 *   npx webpack --config-name web      one of the two only ("addin" or "web")
 *   npx webpack serve --mode development
 *                                      the add-in on https://localhost:3000/ with the
 *                                      office-addin-dev-certs certificate (the only time one is needed)
 *
 * ADDIN_BASE_URL: where the add-in is deployed, e.g. https://jixiao.example.gov.cn/addin/
 * (https only, as Office requires). In production builds every https://localhost:3000/ in the
 * copied manifest(s) becomes this URL. Unset: the manifest keeps localhost (sideloading against
 * `npm run dev-server`). The source manifest.xml is never changed.
 *
 * Entries are included only when their source file exists, so the build works while the pages
 * are still being written. Both add-in entries go into taskpane.html: its page is the shared
 * runtime (the manifest's FunctionFile), so the ribbon functions must be registered there too;
 * a single runtime chunk makes the two entries share one module registry (one app state).
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { officeJsUrl, withOfficeJs } = require("./scripts/office-js-cdn.cjs");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const root = __dirname;
const exists = (rel) => fs.existsSync(path.join(root, rel));

function addinBaseUrl() {
  const value = (process.env.ADDIN_BASE_URL || "").trim();
  if (!value) return DEV_BASE_URL;
  if (!/^https:\/\/[^\s/]+/i.test(value)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office loads add-ins over https only), got "${value}"`);
  }
  return value.endsWith("/") ? value : `${value}/`;
}

/** Settings both builds share: TypeScript through ts-loader, hashed names in production. */
function common({ production, name, outDir }) {
  return {
    name,
    mode: production ? "production" : "development",
    context: root,
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: "source-map",
    target: "web",
    output: {
      path: path.join(root, "dist", outDir),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig.json targets node (CommonJS) for jest and the CLI; let webpack see ES
              // modules so it can tree-shake and split.
              compilerOptions: { module: "esnext", sourceMap: true },
            },
          },
        },
        // Some ESM packages import without file extensions.
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
        // The core, the pane and the controller run nothing when they load (no registration, no
        // globals): webpack may then skip a module whose exports go unused — the core's index
        // re-exports most of the core, and the ribbon's one import from it (gradeText) must not
        // pull the whole core into the task pane's first load (taskpane_gz_kb).
        { test: /[\\/]src[\\/](core|ui|app)[\\/].*\.tsx?$/, sideEffects: false },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 30,
          },
          // Only what the first paint uses: Fluent components and packages (zod) needed only by a lazy
          // chunk (the core, the results, the explainer) go into async chunks with it, not here.
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|@swc|tabster|keyborg|use-sync-external-store|embla-carousel[^\\/]*)[\\/]/,
            name: "fluent",
            chunks: "initial",
            priority: 20,
          },
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: "vendor",
            chunks: "initial",
            priority: 10,
          },
        },
      },
    },
    performance: {
      // Fluent UI is large by nature; the entry chunks themselves stay small.
      hints: production ? "warning" : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    stats: { preset: "normal", modules: false, children: false },
  };
}

function addinConfig({ production, serving, httpsOptions }) {
  const base = addinBaseUrl();
  const entry = {};
  if (exists("src/commands/commands.ts")) entry.commands = "./src/commands/commands.ts";
  if (exists("src/taskpane/index.tsx")) entry.taskpane = "./src/taskpane/index.tsx";
  if (Object.keys(entry).length === 0) return null;

  const plugins = [];
  if (entry.taskpane && exists("src/taskpane/taskpane.html")) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: Object.keys(entry), // commands first, then the pane: see the header comment
        chunksSortMode: "manual",
      }),
    );
  }
  plugins.push(new OfficeJsCdnPlugin());
  if (entry.commands && exists("src/commands/commands.html")) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
    );
  }
  plugins.push(
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
        {
          from: "manifest*.xml",
          to: "[name][ext]",
          noErrorOnMissing: true,
          transform(content) {
            if (!production || base === DEV_BASE_URL) return content;
            return content.toString("utf8").split(DEV_BASE_URL).join(base);
          },
        },
      ],
    }),
  );

  const config = {
    ...common({ production, name: "addin", outDir: "addin" }),
    entry,
    plugins,
  };
  // Both entries can share one page, so they must share one runtime and module registry.
  config.optimization.runtimeChunk = "single";
  if (serving) {
    config.devServer = {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions },
      static: false,
      client: { overlay: { warnings: false } },
    };
  }
  return config;
}

function webConfig({ production }) {
  if (!exists("src/web/index.tsx")) return null;
  const plugins = [];
  if (exists("src/web/index.html")) {
    plugins.push(
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/index.html", chunks: ["web"] }),
      new NoOfficeJsPlugin(),
    );
  }
  const config = {
    ...common({ production, name: "web", outDir: "web" }),
    entry: { web: "./src/web/index.tsx" },
    plugins,
  };
  // exceljs, jszip and the workbook patcher load with the first file the user opens (an async
  // chunk), not with the page: node_modules only needed there stay out of the initial vendor chunk.
  const groups = config.optimization.splitChunks.cacheGroups;
  groups.workbook = { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: "workbook-vendor", chunks: "async", priority: 15 };
  // Rebuilds (the end-to-end tests build when the page is stale) reuse unchanged modules and
  // minified chunks from node_modules/.cache/webpack.
  config.cache = { type: "filesystem", name: `web-${production ? "production" : "development"}`, buildDependencies: { config: [__filename] } };
  // exceljs ships as one browserified, minified file: nothing in it for webpack to resolve.
  config.module.noParse = /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]exceljs(\.bare)?\.min\.js$/;
  return config;
}

/** Points the add-in pages' office.js at the CDN OFFICE_JS_CDN chooses (global by default, or china). */
class OfficeJsCdnPlugin {
  apply(compiler) {
    const cdn = process.env.OFFICE_JS_CDN;
    officeJsUrl(cdn); // fails the build at once on a value that is neither
    compiler.hooks.compilation.tap("OfficeJsCdnPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap("OfficeJsCdnPlugin", (data) => {
        data.html = withOfficeJs(data.html, cdn);
        return data;
      });
    });
  }
}

/** Fails the web build if its page would load office.js: the standalone page runs without Office. */
class NoOfficeJsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("NoOfficeJsPlugin", (compilation) => {
      HtmlWebpackPlugin.getCompilationHooks(compilation).beforeEmit.tap("NoOfficeJsPlugin", (data) => {
        if (/appsforoffice\.microsoft\.com|office(\.debug)?\.js/i.test(data.html)) {
          compilation.errors.push(new Error(`${data.outputName} must not load office.js (standalone web page)`));
        }
        return data;
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  // `webpack serve` defaults to development, a plain build to production.
  const production = argv.mode ? argv.mode === "production" : !serving;
  // Certificates only for the development server: builds (and CI) never need or create them.
  const httpsOptions = serving && !production
    ? await require("office-addin-dev-certs").getHttpsServerOptions()
    : undefined;
  if (serving && production) {
    throw new Error("webpack serve is for development: run `npm run dev-server` (--mode development)");
  }
  const configs = serving
    ? [addinConfig({ production, serving, httpsOptions })]
    : [addinConfig({ production, serving }), webConfig({ production })];
  const present = configs.filter(Boolean);
  if (present.length === 0) throw new Error("nothing to build: no entry file exists yet");
  return present;
};
