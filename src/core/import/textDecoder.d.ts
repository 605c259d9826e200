// The slice of the WHATWG TextDecoder the readers use. Core typechecks with the ES lib only, which
// lacks it; Node 20 and every browser provide it as a global.

export interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

export type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;
