// pdfmake 0.3 ships no type declarations: the small part Tranche uses.
declare module 'pdfmake' {
  type FontFiles = { normal: string; bold: string; italics: string; bolditalics: string };
  type OutputDocument = { write(path: string): Promise<void> };
  const pdfmake: {
    addFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(doc: Record<string, unknown>): OutputDocument;
  };
  export default pdfmake;
}
