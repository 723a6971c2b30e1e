/*
 * PLACEHOLDER ribbon commands, to be replaced by the real ones (src/excel adapter + src/core).
 * The manifest's ExecuteFunction buttons call `validate` and `score`; each must call
 * event.completed() when done. Loaded by taskpane.html (shared runtime) and commands.html.
 */

function validate(event: Office.AddinCommands.Event): void {
  event.completed();
}

function score(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  // Nothing to initialise yet; the functions are associated below, as soon as the file loads.
});

Office.actions.associate("validate", validate);
Office.actions.associate("score", score);
