// webpack inlines the bundled plain handreiking as a data URL (asset/inline).
declare module "*.docx" {
  const dataUrl: string;
  export default dataUrl;
}
