// The main views of a form: Invullen, Logboek, Verzenden (opslaan en verzenden), Kopieën.
import type { ReactNode } from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";

export type MainView = "invullen" | "logboek" | "verzenden" | "kopieen";

const TABS: { id: MainView; label: string }[] = [
  { id: "invullen", label: "Invullen" },
  { id: "logboek", label: "Logboek" },
  { id: "verzenden", label: "Verzenden" },
  { id: "kopieen", label: "Kopieën" },
];

const useStyles = makeStyles({
  // never wider than the pane: the tabs wrap rather than push the pane sideways
  tabs: { flexWrap: "wrap" },
  // four tabs fit in one line of a 350 px pane with a little less padding than Fluent's default
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  panel: { paddingTop: tokens.spacingVerticalM },
});

export interface MainTabsProps {
  current: MainView;
  onSelect: (view: MainView) => void;
  children: ReactNode;
}

export function MainTabs({ current, onSelect, children }: MainTabsProps) {
  const styles = useStyles();
  return (
    <div>
      <TabList
        className={styles.tabs}
        selectedValue={current}
        onTabSelect={(_, d) => onSelect(d.value as MainView)}
        size="small"
        aria-label="Weergave"
      >
        {TABS.map((t) => (
          <Tab key={t.id} id={`tab-${t.id}`} value={t.id} className={styles.tab}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-labelledby={`tab-${current}`} className={styles.panel}>
        {children}
      </div>
    </div>
  );
}
