// A part of the pane loaded as its own chunk (Logboek, Verzenden, Kopieën, Zelftest), behind an
// error boundary. When its code cannot be loaded — mostly because a new version was put on the
// server while the pane was open, or the connection dropped — only that part shows
// "Er is een nieuwe versie — herladen"; the rest of the pane and every text typed in it stay.
// "Herladen" reloads the whole pane when nothing typed would be lost, and otherwise loads only
// this part again (a fresh import: webpack asks for the chunk anew), so no draft is lost.
import {
  Component,
  createContext,
  createElement,
  lazy,
  useState,
  type ComponentType,
  type ErrorInfo,
  type LazyExoticComponent,
  type ReactNode,
} from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { countWords } from "../../domain";

/** What "Herladen" needs to know: how many typed texts are not in the document, and how to reload. */
export interface ReloadSupport {
  unsaved: number;
  reload: () => void;
}

export const ReloadContext = createContext<ReloadSupport>({ unsaved: 0, reload: () => window.location.reload() });

/** The part's code could not be loaded (the import was refused), as opposed to a fault while showing it. */
export class PartLoadError extends Error {
  constructor(readonly part: string) {
    super(`Het onderdeel ${part} kon niet worden geladen.`);
    this.name = "PartLoadError";
  }
}

export const NEW_VERSION_TITLE = "Er is een nieuwe versie — herladen";

interface BoundaryProps {
  onRetry: () => void;
  children: ReactNode;
}

class PartBoundary extends Component<BoundaryProps, { error: Error | null }> {
  static override contextType = ReloadContext;
  declare context: ReloadSupport;
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    if (!(error instanceof PartLoadError)) console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!(error instanceof PartLoadError))
      return (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>
            Dit onderdeel liep vast. De rest van het venster werkt nog; sluit het venster en open het opnieuw om het
            weer te gebruiken.
          </MessageBarBody>
        </MessageBar>
      );
    const { unsaved, reload } = this.context;
    return (
      <MessageBar layout="multiline" intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{NEW_VERSION_TITLE}</MessageBarTitle>
          Dit onderdeel kon niet worden geladen, meestal omdat er intussen een nieuwe versie van de invoegtoepassing is
          geplaatst.{" "}
          {unsaved > 0
            ? `U hebt ${countWords(unsaved, "vak", "vakken")} met tekst die nog niet in het document staat; die blijft staan. Herladen laadt daarom alleen dit onderdeel opnieuw. Sla uw tekst op (Invullen) en kies dan nogmaals Herladen om het hele venster te vernieuwen.`
            : "Herladen vernieuwt het venster; er gaat geen getypte tekst verloren."}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={unsaved > 0 ? this.props.onRetry : reload}>Herladen</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** A module whose default export is a function component. */
type PartModule = { default: (props: never) => ReactNode };
type PartProps<M extends PartModule> = Parameters<M["default"]>[0] & object;

/**
 * React.lazy behind an error boundary. A failed load is retried with a fresh import only when
 * the user asks (Herladen with unsaved text); every later mount uses the retried component.
 */
export function lazyPart<M extends PartModule>(part: string, load: () => Promise<M>): ComponentType<PartProps<M>> {
  const fresh = (): LazyExoticComponent<ComponentType<PartProps<M>>> =>
    lazy(() =>
      load().then(
        // a function component of these props (the constraint is written with `never` to accept any props)
        (m) => ({ default: m.default as unknown as ComponentType<PartProps<M>> }),
        () => {
          throw new PartLoadError(part);
        },
      ),
    );
  let current = fresh();
  function LazyPart(props: PartProps<M>) {
    const [attempt, setAttempt] = useState(0);
    return (
      <PartBoundary
        key={attempt}
        onRetry={() => {
          current = fresh();
          setAttempt((n) => n + 1);
        }}
      >
        {createElement(current, props)}
      </PartBoundary>
    );
  }
  LazyPart.displayName = `LazyPart(${part})`;
  return LazyPart;
}
