// The checklist before sending (from the domain's checkReadiness).
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { ReadinessItem } from "../../domain";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "grid", gridTemplateColumns: "20px 1fr", columnGap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorPaletteDarkOrangeForeground1 },
  details: { gridColumnStart: 2, margin: 0, paddingLeft: tokens.spacingHorizontalM },
});

export interface ReadinessProps {
  items: readonly ReadinessItem[];
  /** Items that cannot be checked here; shown as information, not as a failure. */
  informational?: readonly string[];
}

export function Readiness({ items, informational = [] }: ReadinessProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Controle voor verzenden">
      {items.map((item) => {
        const info = !item.ok && (item.advisory === true || informational.includes(item.id));
        const state = item.ok ? "in orde" : info ? "let op" : "nog niet in orde";
        return (
          <li key={item.id} className={styles.item}>
            {item.ok ? (
              <CheckmarkCircle16Filled className={styles.ok} aria-hidden />
            ) : info ? (
              <Info16Regular aria-hidden />
            ) : (
              <Warning16Filled className={styles.todo} aria-hidden />
            )}
            <Text>
              {item.label} <Caption1>({state})</Caption1>
            </Text>
            {!item.ok && item.details.length > 0 && (
              <ul className={styles.details}>
                {item.details.slice(0, 8).map((d) => (
                  <li key={d}>
                    <Caption1>{d}</Caption1>
                  </li>
                ))}
                {item.details.length > 8 && (
                  <li>
                    <Caption1>… en nog {item.details.length - 8}</Caption1>
                  </li>
                )}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
