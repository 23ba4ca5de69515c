// jest stand-in for src/browser/name-lists-url.ts (jest's CommonJS has no import.meta): a fixed name.
export const NAME_LISTS_URL = "namenlijsten.json";
