// What the pane says about the stored profile (src/taskpane/profile-state.ts, profile-store.ts).

export const PROFILE_TEXT = {
  damaged: "Het opgeslagen profiel is beschadigd. Vul uw gegevens opnieuw in.",
  noStorage: "Deze browser bewaart geen gegevens.",
} as const;
