/**
 * The core, loaded once when the pane first needs it (webpack's chunk "core"), so the first paint
 * shows the buttons and pickers without it; later calls get the same module.
 */
export type CoreActions = typeof import("./core-actions");

let loading: Promise<CoreActions> | null = null;

export function loadCore(): Promise<CoreActions> {
  loading ??= import(/* webpackChunkName: "core" */ "./core-actions").catch((err: unknown) => {
    loading = null; // a failed chunk load (offline, redeployed) may succeed on the next click
    throw err;
  });
  return loading;
}
