// Function file for the ribbon. The button opens the task pane (ShowTaskpane in the
// manifest); this file exists because the platform loads a FunctionFile for the group.
Office.onReady(() => {
  // Nothing to register yet: every ribbon action opens the task pane.
});
