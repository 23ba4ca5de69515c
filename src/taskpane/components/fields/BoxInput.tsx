// The right input for a box's kind, labelled, with its inline messages.
import { Field } from "@fluentui/react-components";
import { isPerson, type PersonValue } from "../../../domain";
import type { BoxSpec, DraftValue } from "../../box-model";
import { DateInput, LongTextInput, TextInput } from "./TextInputs";
import { MultiChoiceInput, SingleChoiceInput, YesNoInput } from "./ChoiceInputs";
import { PersonInput } from "./PersonInput";
import { GroupField } from "./GroupField";

export interface BoxInputProps {
  spec: BoxSpec;
  value: DraftValue;
  messages: readonly string[];
  onChange: (value: DraftValue) => void;
}

const asString = (v: DraftValue): string => (typeof v === "string" ? v : "");
const asList = (v: DraftValue): string[] => (Array.isArray(v) ? v : []);
const asPerson = (v: DraftValue): PersonValue => (isPerson(v) ? v : { name: "", organisation: "" });

export function BoxInput({ spec, value, messages, onChange }: BoxInputProps) {
  const label = spec.def.label;
  const required = spec.column ? spec.column.required : spec.field.required;
  const hint = spec.column ? (spec.def.kind === "date" ? "dd-mm-jjjj" : undefined) : spec.field.hint || undefined;
  if (spec.def.kind === "multiChoice") {
    return (
      <GroupField label={label} required={required} hint={hint} messages={messages}>
        <MultiChoiceInput value={asList(value)} choices={spec.def.choices ?? []} onChange={onChange} />
      </GroupField>
    );
  }
  if (spec.def.kind === "person") {
    return (
      <GroupField label={label} required={required} hint={hint} messages={messages}>
        <PersonInput value={asPerson(value)} onChange={onChange} />
      </GroupField>
    );
  }
  const control = (() => {
    switch (spec.def.kind) {
      case "longText":
        return <LongTextInput value={asString(value)} onChange={onChange} />;
      case "date":
        return <DateInput value={asString(value)} onChange={onChange} />;
      case "yesNo":
        return <YesNoInput value={typeof value === "boolean" ? value : null} onChange={onChange} />;
      case "singleChoice":
        return <SingleChoiceInput value={asString(value)} choices={spec.def.choices ?? []} placeholder={hint ?? "Kies"} onChange={onChange} />;
      default:
        return <TextInput value={asString(value)} onChange={onChange} />;
    }
  })();
  return (
    <Field
      label={{ children: label, weight: "semibold" }}
      required={required}
      hint={hint}
      validationState={messages.length > 0 ? "error" : "none"}
      validationMessage={messages.length > 0 ? messages.join(" ") : undefined}
    >
      {control}
    </Field>
  );
}
