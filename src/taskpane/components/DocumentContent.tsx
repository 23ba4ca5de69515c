// What the pane shows below the notices, by the state of the document: reading, not (yet) a form,
// a form of an older handreiking, or the form itself (outside edits to sign, then the tabs).
import { Button, Spinner } from "@fluentui/react-components";
import { peopleOfForm, type Profile } from "../../domain";
import type { FormGateway } from "../../word/gateway";
import type { FormViewState } from "../hooks/useFormView";
import { AppendedNotice } from "./AppendedNotice";
import { DocumentStatus } from "./DocumentStatus";
import { FormTabs, type FormTabsProps } from "./FormTabs";
import { OutsideEdits } from "./OutsideEdits";
import { TemplateUpgrade } from "./TemplateUpgrade";

export interface DocumentContentProps {
  gateway: FormGateway;
  form: FormViewState;
  profile: Profile;
  /** The tabs of a form, all but the view (null while there is no view). */
  tabs: Omit<FormTabsProps, "view" | "gateway" | "form" | "profile"> | null;
}

export function DocumentContent({ gateway, form, profile, tabs }: DocumentContentProps) {
  const { view, apply, refresh } = form;
  if (!view)
    return form.error ? (
      <div>
        <Button onClick={() => void refresh()}>Opnieuw proberen</Button>
      </div>
    ) : (
      <Spinner size="small" label="Het document wordt gelezen…" />
    );
  if (view.kind !== "form")
    return (
      <DocumentStatus
        view={view}
        busy={form.busy}
        onNew={() => void apply(() => gateway.newDocument(profile))}
        onConvert={() => void apply(() => gateway.convert(profile))}
        onAppend={() => void apply(() => gateway.newDocument(profile, "afterContent"))}
      />
    );
  if (view.templateUpgrade)
    return (
      <TemplateUpgrade
        notice={view.templateUpgrade}
        profile={profile}
        busy={form.busy}
        onUpgrade={() => void apply(() => gateway.upgradeTemplate(profile))}
      />
    );
  return (
    <>
      <AppendedNotice view={view} busy={form.busy} onRemove={() => void apply(() => gateway.removeAppended())} />
      <OutsideEdits
        edits={view.outsideEdits}
        people={peopleOfForm(view.values)}
        profile={profile}
        busy={form.busy}
        onAttribute={(edits) => void apply(() => gateway.attributeOutsideEdits(edits, profile))}
      />
      {tabs && <FormTabs view={view} gateway={gateway} form={form} profile={profile} {...tabs} />}
    </>
  );
}
