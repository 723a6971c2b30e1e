#!/usr/bin/env node
// The installed `jixiao` command: runs the CLI bundle built by `npm install` (scripts/build-cli.mjs).
require("../dist/cli.js");
