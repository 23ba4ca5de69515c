// The right input for a box's kind, labelled, with its inline messages.
import { useId, type ReactElement } from "react";
import { Field } from "@fluentui/react-components";
import {
  DATE_FORMAT_HINT,
  isPerson,
  picksPeople,
  unhandledKind,
  type PersonValue,
  type PickablePerson,
} from "../../../domain";
import type { BoxSpec, DraftValue } from "../../box-model";
import { DateInput, LongTextInput, TextInput } from "./TextInputs";
import { MultiChoiceInput, SingleChoiceInput, YesNoInput } from "./ChoiceInputs";
import { PersonInput } from "./PersonInput";
import { GroupField } from "./GroupField";
import { PickList } from "./PickList";
import { PICK_HINT, PICK_ORGANISATION_HINT } from "../../../domain/text/meeting";

export interface BoxInputProps {
  spec: BoxSpec;
  value: DraftValue;
  messages: readonly string[];
  onChange: (value: DraftValue) => void;
  /** The people of step 2, offered where the box takes a person (regisseur, who does what). */
  people?: readonly PickablePerson[];
}

const asString = (v: DraftValue): string => (typeof v === "string" ? v : "");
const asList = (v: DraftValue): string[] => (Array.isArray(v) ? v : []);
const asPerson = (v: DraftValue): PersonValue => (isPerson(v) ? v : { name: "", organisation: "" });

export function BoxInput({ spec, value, messages, onChange, people = [] }: BoxInputProps) {
  const listId = useId();
  const label = spec.def.label;
  const required = spec.column ? spec.column.required : spec.field.required;
  const pick = people.length > 0 && picksPeople(spec.field, spec.column) ? people : [];
  // an organisation column (‘Wie (organisatie)’) offers step 2's organisations, as written there;
  // a person box the people as "Naam (Organisatie)"
  const options = spec.column
    ? [...new Set(pick.map((p) => p.organisation).filter((o) => o !== ""))]
    : pick.map((p) => p.label);
  const ownHint = spec.column
    ? spec.def.kind === "date"
      ? DATE_FORMAT_HINT
      : undefined
    : spec.field.hint || undefined;
  // a text box with a pick list says so; a person box says it at its name field
  const hint =
    options.length > 0 && spec.def.kind === "text"
      ? [ownHint, spec.column ? PICK_ORGANISATION_HINT : PICK_HINT].filter(Boolean).join(" ")
      : ownHint;
  const group = (input: ReactElement) => (
    <GroupField label={label} required={required} hint={hint} messages={messages}>
      {input}
    </GroupField>
  );
  // Every kind has its own input: a new kind does not compile until it has one here.
  let control: ReactElement;
  switch (spec.def.kind) {
    case "multiChoice":
      return group(<MultiChoiceInput value={asList(value)} choices={spec.def.choices ?? []} onChange={onChange} />);
    case "person":
      return group(<PersonInput value={asPerson(value)} onChange={onChange} people={pick} />);
    case "text":
      // a table cell amended after agreement holds its stamped line under the text: a one-line input
      // would glue the two together ("vanaf 1 decemberPH 20201205, …"), so it shows lines
      control = asString(value).includes("\n") ? (
        <LongTextInput value={asString(value)} onChange={onChange} rows={asString(value).split("\n").length} />
      ) : (
        <>
          <TextInput value={asString(value)} onChange={onChange} list={options.length > 0 ? listId : undefined} />
          {options.length > 0 && <PickList id={listId} options={options} />}
        </>
      );
      break;
    case "longText":
      control = <LongTextInput value={asString(value)} onChange={onChange} />;
      break;
    case "date":
      control = <DateInput value={asString(value)} onChange={onChange} />;
      break;
    case "yesNo":
      control = <YesNoInput value={typeof value === "boolean" ? value : null} onChange={onChange} />;
      break;
    case "singleChoice":
      control = (
        <SingleChoiceInput
          value={asString(value)}
          choices={spec.def.choices ?? []}
          placeholder={hint ?? "Kies"}
          onChange={onChange}
        />
      );
      break;
    default:
      return unhandledKind(spec.def.kind);
  }
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
