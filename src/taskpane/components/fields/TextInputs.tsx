// Inputs for text, long text and dates (typed as dd-mm-jjjj: predictable in every Word).
import { Input, Textarea } from "@fluentui/react-components";
import { DATE_FORMAT_HINT } from "../../../domain";

export interface TextInputProps {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
}

/** `list`: the id of a pick list (datalist) the field offers; typing stays free. */
export function TextInput({ value, onChange, list }: TextInputProps & { list?: string }) {
  return (
    <Input value={value} onChange={(_, d) => onChange(d.value)} list={list} autoComplete={list ? "off" : undefined} />
  );
}

export function LongTextInput({ value, onChange, rows = 4 }: TextInputProps & { rows?: number }) {
  return <Textarea value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" rows={rows} />;
}

export function DateInput({ value, onChange }: TextInputProps) {
  return (
    <Input
      value={value}
      onChange={(_, d) => onChange(d.value)}
      placeholder={DATE_FORMAT_HINT}
      inputMode="numeric"
      autoComplete="off"
    />
  );
}
