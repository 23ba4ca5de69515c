// Read by screen readers, not shown: the usual visually-hidden rule, for makeStyles.
export const SCREEN_READER_ONLY = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
