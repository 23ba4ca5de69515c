// Jest test sequencer: the longest suites start first, so that on two workers no long suite is
// left running alone at the end. Jest's own order uses the durations it cached from an earlier run;
// a clean clone (CI) has none and would fall back to file size, which puts some 60 s suites last.
// KNOWN_SECONDS: wall seconds per suite on a clean-clone CI run (2 workers), for suites of 5 s and
// more; a suite missing here counts as short. Jest's cached durations win when there are any.
const Sequencer = require("@jest/test-sequencer").default;
const { relative } = require("path");

const KNOWN_SECONDS = {
  "test/release/reproducible.test.ts": 89,
  "test/e2e/keyboard-visual.test.ts": 66,
  "test/e2e/meeting.test.ts": 61,
  "test/document/segmented-document.test.ts": 58,
  "test/word/growth.test.ts": 50,
  "test/e2e/journey.test.ts": 46,
  "test/anonymise/real-files.test.ts": 38,
  "test/e2e/copies.test.ts": 32,
  "test/word/profile-input.test.ts": 29,
  "test/taskpane/wizard.test.tsx": 29,
  "test/word/release-matrix.test.ts": 28,
  "test/anonymise/linear-scan.test.ts": 26,
  "test/taskpane/copies.test.tsx": 26,
  "test/e2e/preview.test.ts": 26,
  "test/word/open-tail-body.test.ts": 25,
  "test/taskpane/change-log.test.tsx": 23,
  "test/document/package-opens.test.ts": 22,
  "test/foreign/every-entry-point-3.test.ts": 20,
  "test/word/libreoffice-forms.test.ts": 19,
  "test/word/open-tail.test.ts": 19,
  "test/e2e/selftest.test.ts": 19,
  "test/foreign/every-entry-point-1.test.ts": 19,
  "test/taskpane/unsaved.test.tsx": 18,
  "test/document/render.test.ts": 17,
  "test/taskpane/grid.test.tsx": 16,
  "test/taskpane/amendment.test.tsx": 15,
  "test/document/package-check.test.ts": 14,
  "test/taskpane/send-panel.test.tsx": 14,
  "test/foreign/every-entry-point-2.test.ts": 14,
  "test/word/bad-input.test.ts": 13,
  "test/hostile/hostile-copies.test.ts": 13,
  "test/journey/many-hands.test.ts": 13,
  "test/taskpane/compact-agreed.test.tsx": 13,
  "test/foreign/every-entry-point-0.test.ts": 13,
  "test/word/undo-append.test.ts": 12,
  "test/taskpane/lazy-parts.test.tsx": 12,
  "test/taskpane/focus-after-action.test.tsx": 11,
  "test/tamper/tamper.test.ts": 11,
  "test/taskpane/profile-switch.test.tsx": 10,
  "test/taskpane/pick-people.test.tsx": 10,
  "test/anonymise/every-part.test.ts": 10,
  "test/document/package-check-corpus.test.ts": 10,
  "test/word/versions.test.ts": 9,
  "test/taskpane/document-status.test.tsx": 9,
  "test/word/edits.test.ts": 9,
  "test/taskpane/outside-edits.test.tsx": 9,
  "test/word/upgrade-libreoffice.test.ts": 8,
  "word-host/test/libreoffice.test.ts": 8,
  "test/word/upgrade.test.ts": 8,
  "test/word/scripted-run.test.ts": 8,
  "test/word/action-scale.test.ts": 7,
  "test/word/convert.test.ts": 7,
  "test/taskpane/agreement.test.tsx": 7,
  "test/taskpane/log-sides.test.tsx": 7,
  "test/deploy/nginx.test.ts": 7,
  "test/taskpane/not-restored.test.tsx": 7,
  "test/taskpane/signing.test.tsx": 7,
  "test/compare/merge-copy.test.ts": 6,
  "test/taskpane/selftest.test.tsx": 6,
  "test/taskpane/step-focus.test.tsx": 6,
  "test/taskpane/profile-store.test.tsx": 6,
  "test/taskpane/profile.test.tsx": 6,
  "test/keys/key-admin.test.ts": 5,
};

/** A suite without a cached or listed duration: under 5 s, longer as its file is larger. */
const SHORT_SECONDS_PER_BYTE = 1 / 10000;

class HeavyFirstSequencer extends Sequencer {
  sort(tests) {
    const seconds = (test) => {
      const cached = this.time(test);
      test.duration = cached; // as jest's own sort: its scheduler reads it
      if (cached != null) return cached / 1000;
      const known = KNOWN_SECONDS[relative(test.context.config.rootDir, test.path).split("\\").join("/")];
      if (known != null) return known;
      return Math.min(4.9, (test.context.hasteFS.getSize(test.path) ?? 0) * SHORT_SECONDS_PER_BYTE);
    };
    const keyed = tests.map((test) => ({ test, failed: this.hasFailed(test), seconds: seconds(test) }));
    keyed.sort((a, b) => (a.failed !== b.failed ? (a.failed ? -1 : 1) : b.seconds - a.seconds));
    return keyed.map((k) => k.test);
  }
}

module.exports = HeavyFirstSequencer;
