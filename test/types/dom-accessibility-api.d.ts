// The package ships types its "exports" map hides from TypeScript's bundler resolution.
declare module "dom-accessibility-api" {
  export function computeAccessibleName(element: Element): string;
}
