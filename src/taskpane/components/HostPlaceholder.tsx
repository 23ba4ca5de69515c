import { Body1, Caption1, makeStyles, Spinner, Title3, tokens } from "@fluentui/react-components";
import type { HostInfo } from "../../word";
import { BulletList } from "./BulletList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface HostPlaceholderProps {
  /** What Office.js reported; null while Office is still loading. */
  host: HostInfo | null;
}

/** Shown while Office loads, and outside Word (e.g. the page opened in a browser). */
export function HostPlaceholder({ host }: HostPlaceholderProps) {
  const styles = useStyles();
  return (
    <main className={styles.root} aria-labelledby="hr-title">
      <Title3 as="h1" id="hr-title">
        Handreiking Regie
      </Title3>
      <Body1>
        Deze invoegtoepassing is het begeleide formulier voor de Handreiking Regie in 7 samenwerkingsstappen. Het
        formulier werkt in Word: open de handreiking in Word en kies op het tabblad Start de knop Handreiking Regie.
      </Body1>
      {host === null ? (
        <Spinner size="tiny" label="Word wordt geladen…" />
      ) : (
        <section aria-label="Gevonden omgeving">
          <Body1>
            Gevonden: {host.host === "geen" ? "geen Office-programma" : host.host} ({host.platform})
          </Body1>
          {host.supportedSets.length > 0 ? (
            <BulletList caption items={host.supportedSets} />
          ) : (
            <Caption1>Geen Word-API's beschikbaar: open deze pagina vanuit Word.</Caption1>
          )}
        </section>
      )}
    </main>
  );
}
